package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Which use cases a sentence states, and which it only names in passing; invented technologies. */
class UseCaseScopeTest {

    @Test
    void anEverydayNounForABroaderUseCaseNamedInPassingStatesNothing() {
        assertThat(facts("Sparrow rebuilt all of the games in a single week."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("Kestrel talks to the backend over a plain socket."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
    }

    @Test
    void theSameNounAsAPurposeOrMadeWithTheTechnologyStillCounts() {
        assertThat(facts("Sparrow is mostly used for games.")).contains("Sparrow SUITED_FOR game development positive");
        assertThat(facts("Kestrel is a good fit for the backend.")).contains(
                "Kestrel SUITED_FOR back end development positive");
        assertThat(facts("We rewrote our Falcon backend last spring.")).contains(
                "Falcon SUITED_FOR back end development positive");
    }

    @Test
    void aPhraseOfTimeOrAmountAfterForIsNoUseCase() {
        assertThat(facts("Sparrow was used for nine years at our shop."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("Kestrel is not designed for billions of rows."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("Kestrel is not designed for archive ingestion."))
                .contains("Kestrel SUITED_FOR archive ingestion negative");
    }

    @Test
    void aVerdictNounIsNoUseCase() {
        assertThat(facts("Verdict for my use case: Sparrow.")).noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("Cons of Falcon: a poor fit for sensor dashboards."))
                .noneMatch(f -> f.contains("poor fit"));
        assertThat(facts("My recommendation for your situation: Kestrel.")).noneMatch(f -> f.contains("SUITED_FOR"));
    }

    @Test
    void whatATechnologyIsForIsNamedInTheWritersOwnWords() {
        assertThat(facts("The stack is settled: Sparrow for audit logs, Kestrel for the queue."))
                .contains("Sparrow SUITED_FOR audit logs positive", "Kestrel SUITED_FOR queue positive");
        assertThat(facts("Use Sparrow for small scripts, or Kestrel for datasets and models."))
                .contains("Kestrel SUITED_FOR datasets positive", "Kestrel SUITED_FOR models positive")
                .doesNotContain("Sparrow SUITED_FOR datasets positive", "Sparrow SUITED_FOR models positive");
    }

    @Test
    void aComparedTechnologyOrAPronounAfterForNamesNoUseCase() {
        assertThat(facts("Sparrow is slower than Kestrel for batch reports."))
                .noneMatch(f -> f.startsWith("Kestrel SUITED_FOR"));
        assertThat(facts("Use Sparrow for the large batches and Kestrel for the small ones."))
                .noneMatch(f -> f.contains("SUITED_FOR small"));
    }

    @Test
    void plainWordsOfSuitabilityOpenAUseCase() {
        assertThat(facts("Sparrow is handy for quick audits.")).contains("Sparrow SUITED_FOR quick audits positive");
        assertThat(facts("Kestrel suits small studios with one designer."))
                .contains("Kestrel SUITED_FOR small studios positive");
        assertThat(facts("Falcon is unsuitable for sensor dashboards."))
                .contains("Falcon SUITED_FOR sensor dashboards negative")
                .doesNotContain("Falcon SUITED_FOR sensor dashboards positive");
    }
}
