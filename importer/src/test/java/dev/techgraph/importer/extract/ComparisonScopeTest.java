package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** What weighs technologies against each other and what only lists them, with invented sentences. */
class ComparisonScopeTest {

    @Test
    void aQuestionOfSeveralOptionsComparesEveryPair() {
        assertThat(facts("Zorblang, Nimbel or Rust? Picking a language for the next service."))
                .contains("Nimbel COMPARED_WITH Zorblang positive", "Nimbel COMPARED_WITH Rust positive",
                        "Rust COMPARED_WITH Zorblang positive");
        assertThat(facts("Should the team pick Sparrow, Falcon or Kestrel for the rewrite?"))
                .contains("Falcon COMPARED_WITH Sparrow positive", "Falcon COMPARED_WITH Kestrel positive",
                        "Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void asWellAsAfterANameListsAndAfterAVerbCompares() {
        assertThat(facts("Kestrel can be called from Zorblang and Nimbel as well as Rust."))
                .noneMatch(f -> f.contains("COMPARED_WITH"));
        assertThat(facts("Under load Sparrow performs almost as well as Falcon."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
    }

    @Test
    void aRelativeWhichIsNoChoice() {
        assertThat(facts("Falcon lets a web team reuse its Sparrow or Kestrel code, which Nimbel cannot."))
                .doesNotContain("Kestrel COMPARED_WITH Sparrow positive");
        assertThat(facts("Which one is better for a small team, Sparrow or Kestrel?"))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void aQuestionWhoseOrJoinsTwoCoursesOfActionWeighsTheirTechnologies() {
        assertThat(facts("Should we keep patching our Tessel scripts, or port them all to Zorblang?"))
                .contains("Tessel COMPARED_WITH Zorblang positive");
        assertThat(facts("Is Kestrel worth adopting this year or should we stay with Sparrow and Falcon?"))
                .contains("Kestrel COMPARED_WITH Sparrow positive", "Falcon COMPARED_WITH Kestrel positive")
                .doesNotContain("Falcon COMPARED_WITH Sparrow positive");
    }

    @Test
    void aStatementWithOrWeighsNothing() {
        assertThat(facts("We keep patching our Tessel scripts, or port small ones to Zorblang."))
                .noneMatch(f -> f.contains("COMPARED_WITH"));
    }

    @Test
    void anOrListIsWeighedOnlyWhenItsOwnClauseNamesTheChoice() {
        assertThat(facts("Nimbel is easy to pick up for anyone who knows Zorblang, Tessel or Rust."))
                .noneMatch(f -> f.contains("COMPARED_WITH"));
        assertThat(facts("Sparrow runs on top of Falcon or Kestrel, so Sparrow code can move between hosts with few changes."))
                .doesNotContain("Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("We would not pick Nimbel for game development over Falcon or Kestrel."))
                .doesNotContain("Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("Should you choose Falcon or Kestrel for game development?"))
                .contains("Falcon COMPARED_WITH Kestrel positive");
    }
}
