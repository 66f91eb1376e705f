package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts go to the technology a clause is about, not to one named in passing: in a prepositional phrase, as a
 * noun modifier, or next to an adjective that describes some other noun. Invented sentences.
 */
class BystanderTest {

    @Test
    void aTechnologyInAPrepositionalPhraseAfterANounIsNoSubject() {
        assertThat(facts("Zorblang code with many plugins on Kestrel targets game development."))
                .contains("Zorblang SUITED_FOR game development positive")
                .doesNotContain("Kestrel SUITED_FOR game development positive");
        assertThat(facts("Sparrow, like the profiler inside Kestrel, has a large community."))
                .contains("Sparrow HAS_TRAIT large community positive")
                .doesNotContain("Kestrel HAS_TRAIT large community positive");
    }

    @Test
    void aClauseWhoseOnlyTechnologySitsInSuchAPhraseIsStillAboutIt() {
        assertThat(facts("Many plugins on Kestrel target game development."))
                .containsExactly("Kestrel SUITED_FOR game development positive");
        assertThat(facts("The web services on Zorblang are known for high performance."))
                .containsExactly("Zorblang HAS_TRAIT high performance positive");
    }

    @Test
    void aPrepositionalPhraseAfterAVerbStillNamesWhatTheClauseIsAbout() {
        assertThat(facts("Most game development still relies on Zorblang."))
                .contains("Zorblang SUITED_FOR game development positive");
    }

    @Test
    void runtimesNamedAsAPlaceTakeNoFeature() {
        assertThat(facts("Falcon runs on Vortex and Quasar, and this release adds concurrency support on both runtimes."))
                .doesNotContain("Vortex HAS_TRAIT concurrency support positive",
                        "Quasar HAS_TRAIT concurrency support positive");
        assertThat(facts("Sparrow targets Vortex and Quasar; the new version brings faster startup time on all two runtimes."))
                .doesNotContain("Vortex HAS_TRAIT fast startup positive", "Quasar HAS_TRAIT fast startup positive");
    }

    @Test
    void anAdjectiveOnAnotherNounIsNoTraitOfTheTechnology() {
        assertThat(facts("For anything beyond simple endpoints, Falcon needs a real back end."))
                .doesNotContain("Falcon HAS_TRAIT simplicity positive");
        assertThat(facts("Kestrel produced faster pages in our benchmark."))
                .doesNotContain("Kestrel HAS_TRAIT high performance positive");
        assertThat(facts("Teams with simple dashboards tend to pick Sparrow."))
                .doesNotContain("Sparrow HAS_TRAIT simplicity positive");
    }

    @Test
    void anAdjectiveOnTheTechnologysKindOrItsOwnPartsOrPredicatedStillCounts() {
        assertThat(facts("Zorblang is a simple language.")).contains("Zorblang HAS_TRAIT simplicity positive");
        assertThat(facts("Zorblang produces fast binaries.")).contains("Zorblang HAS_TRAIT high performance positive");
        assertThat(facts("Sparrow is simple enough for most teams.")).contains("Sparrow HAS_TRAIT simplicity positive");
    }

    @Test
    void aTechnologyBeforeANounForItsUsersOrTextsIsAModifier() {
        assertThat(facts("Most Falcon tutorials are simple.")).doesNotContain("Falcon HAS_TRAIT simplicity positive");
        assertThat(facts("Our Nimbel engineers were building game servers within a month."))
                .doesNotContain("Nimbel SUITED_FOR gaming servers positive");
        assertThat(facts("Zorblang code is simple.")).contains("Zorblang HAS_TRAIT simplicity positive");
    }

    @Test
    void aPronounSkipsATechnologyThatOnlyModifiesAUserOrTextNoun() {
        assertThat(facts("Sparrow is small. Almost every Falcon tutorial mentions it, and the community is large."))
                .contains("Sparrow HAS_TRAIT large community positive")
                .doesNotContain("Falcon HAS_TRAIT large community positive");
        assertThat(facts("Zorblang has a large community of Kestrel developers."))
                .contains("Zorblang HAS_TRAIT large community positive");
    }

    @Test
    void inAListOfPairsEachUseCaseGoesToTheTechnologyBeforeIt() {
        assertThat(facts("Its plugins cover most needs: Falcon for game development, Sparrow for serverless functions, "
                + "Kestrel for event processing."))
                .contains("Falcon SUITED_FOR game development positive", "Sparrow SUITED_FOR serverless functions positive",
                        "Kestrel SUITED_FOR event processing positive")
                .doesNotContain("Falcon SUITED_FOR serverless functions positive",
                        "Falcon SUITED_FOR event processing positive");
        assertThat(facts("Zorblang and Nimbel cover back end development, Tessel and Falcon cover front end development."))
                .contains("Tessel SUITED_FOR front end development positive")
                .doesNotContain("Zorblang SUITED_FOR front end development positive");
    }

    @Test
    void aNameThatOnlyModifiesANounIsNoAntecedentForALaterPronoun() {
        assertThat(facts("Falcon is the best known Zorblang framework and it shows: the community is large and nearly "
                + "every Zorblang library is tested against it."))
                .contains("Falcon HAS_TRAIT large community positive")
                .doesNotContain("Zorblang HAS_TRAIT large community positive");
        assertThat(facts("Sparrow shipped last year: the community is large and every Nimbel module is tested against it."))
                .contains("Sparrow HAS_TRAIT large community positive")
                .doesNotContain("Nimbel HAS_TRAIT large community positive");
    }
}
