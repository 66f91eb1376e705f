package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Each relation rule on sentences written for the test, in both polarities, with invented names. */
class RelationRulesTest {

    @Test
    void writtenInStatedExplicitlyIsPositive() {
        DocumentGraph graph = extract("Quill is a web framework written in Nimbel.");
        assertThat(facts(graph)).contains("Quill WRITTEN_IN Nimbel positive");
        assertThat(graph.entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Quill", Kind.FRAMEWORK));
    }

    @Test
    void writtenInNegatedIsNegativeAndNeverPositive() {
        assertThat(facts("Quill is a web framework. Quill is not written in Nimbel."))
                .contains("Quill WRITTEN_IN Nimbel negative")
                .doesNotContain("Quill WRITTEN_IN Nimbel positive");
    }

    @Test
    void languageFrameworksLikeListDistributes() {
        assertThat(facts("Nimbel frameworks like Quill and Heron keep growing."))
                .contains("Quill WRITTEN_IN Nimbel positive", "Heron WRITTEN_IN Nimbel positive");
    }

    @Test
    void languageRuntimeKindPhraseStatesWhereTheLanguageRuns() {
        assertThat(facts("Quasar is a Zorblang runtime built for speed."))
                .contains("Zorblang RUNS_ON Quasar positive");
    }

    @Test
    void compilesToNamesTargetAndSourceLanguage() {
        assertThat(facts("Transpo compiles Nimbel code into Zorblang."))
                .contains("Transpo COMPILES_TO Zorblang positive", "Transpo WRITTEN_IN Nimbel positive");
        assertThat(facts("Transpo does not compile Nimbel to Zorblang."))
                .contains("Transpo COMPILES_TO Zorblang negative")
                .doesNotContain("Transpo COMPILES_TO Zorblang positive");
    }

    @Test
    void runsOnBothPolaritiesAndTheContrastingLanguage() {
        assertThat(facts("Nimbel runs on Vortex.")).containsExactly("Nimbel RUNS_ON Vortex positive");
        assertThat(facts("Zorblang does not run natively in Vortex like Nimbel."))
                .contains("Zorblang RUNS_ON Vortex negative", "Nimbel RUNS_ON Vortex positive")
                .doesNotContain("Zorblang RUNS_ON Vortex positive");
    }

    @Test
    void suitedForFollowsNegationHedgesAndPseudoNegation() {
        assertThat(facts("Nimbel is ideal for game development."))
                .containsExactly("Nimbel SUITED_FOR game development positive");
        assertThat(facts("Nimbel is rarely used for game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel is not only for game development."))
                .containsExactly("Nimbel SUITED_FOR game development positive");
        assertThat(facts("Nimbel support for game development is limited."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
    }

    @Test
    void questionsAndWhetherClausesStateNothing() {
        assertThat(facts("Is Nimbel good for game development?")).isEmpty();
        assertThat(facts("People ask whether Nimbel is good for game development.")).isEmpty();
    }

    @Test
    void concessiveHedgeDropsThePositiveButKeepsTheMainClause() {
        assertThat(facts("While Nimbel can be used for front end development, it excels at back end development."))
                .contains("Nimbel SUITED_FOR back end development positive")
                .doesNotContain("Nimbel SUITED_FOR front end development positive");
    }

    @Test
    void listsOfUseCasesDistributeAndStatePartOf() {
        assertThat(facts("Nimbel is great for real-time applications like live chat or gaming servers."))
                .contains("Nimbel SUITED_FOR real-time applications positive",
                        "Nimbel SUITED_FOR live chat applications positive",
                        "Nimbel SUITED_FOR gaming servers positive",
                        "live chat applications PART_OF real-time applications positive",
                        "gaming servers PART_OF real-time applications positive");
    }

    @Test
    void comparativeStatesComparisonAndTheOppositeTrait() {
        assertThat(facts("Zorblang is slower than Nimbel."))
                .contains("Zorblang HAS_TRAIT high performance negative", "Nimbel COMPARED_WITH Zorblang positive")
                .doesNotContain("Zorblang HAS_TRAIT high performance positive");
        assertThat(facts("Zorblang is faster than Nimbel."))
                .contains("Zorblang HAS_TRAIT high performance positive")
                .doesNotContain("Nimbel HAS_TRAIT high performance positive");
    }

    @Test
    void versusHeadingComparesAndDistributesTheUseCase() {
        assertThat(facts("Nimbel vs Zorblang for back end development"))
                .contains("Nimbel COMPARED_WITH Zorblang positive", "Nimbel SUITED_FOR back end development positive",
                        "Zorblang SUITED_FOR back end development positive");
    }

    @Test
    void usedWithPairingAndInsteadOf() {
        assertThat(facts("Nimbel combined with Vortex is fast."))
                .contains("Nimbel USED_WITH Vortex positive", "Nimbel HAS_TRAIT high performance positive");
        assertThat(facts("Transpo is a tool. Instead of Vortex it uses Quasar."))
                .contains("Quasar USED_WITH Transpo positive", "Transpo USED_WITH Vortex negative")
                .doesNotContain("Transpo USED_WITH Vortex positive");
    }

    @Test
    void pronounResolvesToTheSingleCurrentSubject() {
        assertThat(facts("Nimbel is a small language. It is known for its simplicity."))
                .contains("Nimbel HAS_TRAIT simplicity positive");
        assertThat(facts("Nimbel and Zorblang are languages.\nIt is known for its simplicity.")).isEmpty();
    }

    @Test
    void vocabularyHintNeedsTheLanguageInTheSentence() {
        assertThat(facts("Sparrow is popular with Nimbel developers.")).contains("Sparrow WRITTEN_IN Nimbel positive");
        assertThat(facts("Sparrow is popular.")).isEmpty();
        assertThat(facts("Sparrow is not popular with Nimbel developers."))
                .doesNotContain("Sparrow WRITTEN_IN Nimbel positive");
    }

    @Test
    void everyRelationHasEvidenceRulesAndKnownEndpoints() {
        DocumentGraph graph = extract("""
                Nimbel vs Zorblang for back end development
                Nimbel frameworks like Quill are fast. Transpo compiles Nimbel to Zorblang, and it is simple.
                Zorblang does not run in Vortex like Nimbel.
                """);
        var refs = graph.entities().stream().map(EntityRecord::ref).toList();
        assertThat(graph.relations()).isNotEmpty().allSatisfy(r -> {
            assertThat(refs).contains(r.source(), r.target());
            assertThat(r.sentences()).isNotEmpty();
            assertThat(r.rules()).isNotEmpty();
        });
    }
}
