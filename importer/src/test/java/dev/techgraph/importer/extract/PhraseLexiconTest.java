package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Relations and concepts stated by phrases from the data files, with invented names and sentences. */
class PhraseLexiconTest {

    @Test
    void frontedUnlikeComparesTheObjectWithTheSubjectAfterTheComma() {
        assertThat(facts("Unlike Sparrow, Falcon keeps its core tiny.")).contains("Falcon COMPARED_WITH Sparrow positive");
        assertThat(facts("Unlike Sparrow with its plugins, Falcon keeps its core tiny."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
    }

    @Test
    void shipsWithAndBuiltOnTopOfAreUsedWithAndNegationApplies() {
        assertThat(facts("Kestrel ships with Falcon out of the box."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("Kestrel no longer integrates with Sparrow."))
                .contains("Kestrel USED_WITH Sparrow negative")
                .doesNotContain("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void phraseWithoutASecondTechnologyStatesNothing() {
        assertThat(facts("Kestrel integrates with whatever the team already runs.")).isEmpty();
    }

    @Test
    void verbPhrasesStateTraits() {
        assertThat(facts("Zorblang programs start instantly and use little memory."))
                .contains("Zorblang HAS_TRAIT fast startup positive");
        assertThat(facts("Zorblang programs do not start instantly."))
                .contains("Zorblang HAS_TRAIT fast startup negative")
                .doesNotContain("Zorblang HAS_TRAIT fast startup positive");
    }

    @Test
    void clausesThatStateTheOppositeOfATraitAreNegativeTraits() {
        assertThat(facts("Nimbel is old and its community has shrunk."))
                .contains("Nimbel HAS_TRAIT large community negative");
        assertThat(facts("Tessel scripts are hard to maintain, and Tessel compiles slowly."))
                .contains("Tessel HAS_TRAIT maintainability negative", "Tessel HAS_TRAIT fast compilation negative")
                .doesNotContain("Tessel HAS_TRAIT maintainability positive");
        assertThat(facts("Zorblang is powerful. The learning curve is steep, though."))
                .contains("Zorblang HAS_TRAIT steep learning curve positive");
        assertThat(facts("Zorblang's learning curve is very steep."))
                .contains("Zorblang HAS_TRAIT steep learning curve positive");
    }

    @Test
    void theComparativeOfAnEasyToOrHardToFormStatesTheSameTrait() {
        assertThat(facts("Zorblang is easier to learn than Nimbel."))
                .contains("Zorblang HAS_TRAIT gentle learning curve positive")
                .doesNotContain("Nimbel HAS_TRAIT gentle learning curve positive");
        assertThat(facts("Tessel programs are harder to maintain, and Tessel itself is harder to learn."))
                .contains("Tessel HAS_TRAIT maintainability negative", "Tessel HAS_TRAIT steep learning curve positive");
    }

    @Test
    void supportForANamedTechnologyIsUsedWith() {
        assertThat(facts("Kestrel's plugin support for Sparrow and Falcon has been stable for years."))
                .contains("Kestrel USED_WITH Sparrow positive", "Falcon USED_WITH Kestrel positive");
        assertThat(facts("Zorblang now supports the Vortex VM, but Tessel does not support Quasar."))
                .contains("Vortex USED_WITH Zorblang positive", "Quasar USED_WITH Tessel negative")
                .doesNotContain("Quasar USED_WITH Tessel positive");
    }

    @Test
    void inTheStyleOfAndComparableToCompare() {
        assertThat(facts("Kestrel borrows a lot: it is a server toolkit in the style of Falcon."))
                .contains("Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("For rendering on the server, Sparrow is a pleasant choice, comparable to Kestrel."))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void aListedVerbPhraseStatesItsConceptWithoutAnEvaluativeWord() {
        assertThat(facts("A Zorblang service compiles to one binary and starts in milliseconds."))
                .contains("Zorblang HAS_TRAIT fast startup positive");
        assertThat(facts("Kestrel apps start in milliseconds, even on small machines."))
                .contains("Kestrel HAS_TRAIT fast startup positive");
    }

    @Test
    void hardToAndItsLikeDenyTheQualityNamedByTheVerb() {
        assertThat(facts("Zorblang is expressive, but old Zorblang code is hard to maintain."))
                .contains("Zorblang HAS_TRAIT maintainability negative")
                .doesNotContain("Zorblang HAS_TRAIT maintainability positive");
        assertThat(facts("Falcon services are difficult to maintain once they grow."))
                .contains("Falcon HAS_TRAIT maintainability negative");
        assertThat(facts("Kestrel handlers are painful to test without a running database."))
                .contains("Kestrel HAS_TRAIT testability negative")
                .doesNotContain("Kestrel HAS_TRAIT testability positive");
        assertThat(facts("Sparrow is easy to test."))
                .contains("Sparrow HAS_TRAIT testability positive");
    }

    @Test
    void complicatedAndMoreComplexDenySimplicity() {
        assertThat(facts("Falcon is more complex than Sparrow for newcomers."))
                .contains("Falcon HAS_TRAIT simplicity negative")
                .doesNotContain("Falcon HAS_TRAIT simplicity positive");
        assertThat(facts("Kestrel is complicated to set up for a small team."))
                .contains("Kestrel HAS_TRAIT simplicity negative");
        assertThat(facts("Sparrow is simple."))
                .contains("Sparrow HAS_TRAIT simplicity positive");
    }
}
