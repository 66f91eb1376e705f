package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI gate on the seed essays (read from ../shared at run time, never copied): the extraction must reach the
 * project's bar there. A regression gate, not a target: rules are tuned to how such articles talk.
 */
class SeedScoreTest {

    @Test
    void seedEssaysMeetTheBar() throws Exception {
        Path shared = ScoreGate.shared();
        ScoreGate.Score score = ScoreGate.score(shared.resolve("seeds"), shared.resolve("eval/seeds.gold.json"),
                "seeds");
        assertThat(score.negErrors()).as("negated facts exported as positive").isZero();
        assertThat(score.entityF1()).as("entity F1").isGreaterThanOrEqualTo(0.95);
        assertThat(score.relF1()).as("typed relationship F1").isGreaterThanOrEqualTo(0.85);
        assertThat(score.coreRecall()).as("core recall").isGreaterThanOrEqualTo(0.95);
    }
}
