package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Appositions and predicate nouns that describe a technology, with invented names and sentences. */
class AppositionTest {

    @Test
    void theLanguageModifyingAnAppositionsKindWordIsWhatTheNameIsWrittenIn() {
        assertThat(facts("Pebbleforge, the main Zorblang web framework, keeps request handling simple."))
                .contains("Pebbleforge WRITTEN_IN Zorblang positive");
        assertThat(facts("Quillstack, a compact Nimbel rendering library, draws every frame itself."))
                .contains("Quillstack WRITTEN_IN Nimbel positive");
    }

    @Test
    void aFrameworkModifyingTheKindWordIsUsedWithTheDescribedName() {
        assertThat(facts("Harrier, the Sparrow meta framework, renders pages on the server."))
                .contains("Harrier USED_WITH Sparrow positive");
        assertThat(facts("Kestrel is a Falcon admin library with many widgets."))
                .contains("Falcon USED_WITH Kestrel positive");
    }

    @Test
    void aComparisonWithAKindPhraseIsNoDescription() {
        assertThat(facts("Kestrel is faster than the Sparrow framework.")).doesNotContain("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Falcon is used by more teams than the Kestrel library."))
                .doesNotContain("Falcon USED_WITH Kestrel positive");
    }

    @Test
    void theRelativeClauseOfAPredicateNounIsAboutTheSubject() {
        assertThat(facts("Zorblang is a Nimbel offshoot that runs on Vortex."))
                .contains("Zorblang RUNS_ON Vortex positive")
                .doesNotContain("Nimbel RUNS_ON Vortex positive");
        assertThat(facts("Nimbel is the Zorblang successor which runs on Quasar nowadays."))
                .contains("Nimbel RUNS_ON Quasar positive")
                .doesNotContain("Zorblang RUNS_ON Quasar positive");
    }
}
