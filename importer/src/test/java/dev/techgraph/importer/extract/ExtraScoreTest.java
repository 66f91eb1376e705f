package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression gate on our own annotated articles ({@code eval/extra}, gold written independently of the
 * rules): the bar sits just below what the extractor reaches, so a change that loses ground fails.
 */
class ExtraScoreTest {

    @Test
    void extraArticlesDoNotRegress() throws Exception {
        Path extra = ScoreGate.repositoryRoot().resolve("eval/extra");
        ScoreGate.shared();
        ScoreGate.Score score = ScoreGate.score(extra, extra, "extra");
        assertThat(score.negErrors()).as("negated facts exported as positive").isZero();
        assertThat(score.entityF1()).as("entity F1").isGreaterThanOrEqualTo(0.92);
        assertThat(score.relF1()).as("typed relationship F1").isGreaterThanOrEqualTo(0.79);
        assertThat(score.coreRecall()).as("core recall").isGreaterThanOrEqualTo(0.95);
    }
}
