package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
        ScoreGate.meets(score, new ScoreGate.Floors(0, 0.95, 0.85, 0.95));
    }
}
