package dev.techgraph.importer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.importer.source.Format;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A document's time budget grows with a text document's size, so the documented limits (8 MB through the
 * API, 64 MB from the command line) are not cut short by a budget meant for runaway inputs; a PDF, whose
 * text can be far larger than its file, keeps the fixed budget.
 */
class DocumentBudgetTest {

    private static final Duration BASE = Duration.ofSeconds(120);
    private static final long MB = 1L << 20;

    @Test
    void shouldGiveSmallDocumentsTheBaseBudget() {
        assertThat(Pipeline.budgetFor(BASE, 10_000, Format.MARKDOWN)).isEqualTo(BASE);
        assertThat(Pipeline.budgetFor(BASE, Pipeline.BYTES_PER_BUDGET, Format.TEXT)).isEqualTo(BASE);
    }

    @Test
    void shouldGiveTextDocumentsTheBudgetPerStartedFourMegabytes() {
        assertThat(Pipeline.budgetFor(BASE, 4 * MB + 1, Format.HTML)).isEqualTo(BASE.multipliedBy(2));
        assertThat(Pipeline.budgetFor(BASE, 8 * MB, Format.TEXT)).isEqualTo(BASE.multipliedBy(2));
        assertThat(Pipeline.budgetFor(BASE, 64 * MB, Format.MARKDOWN)).isEqualTo(BASE.multipliedBy(16));
    }

    @Test
    void shouldKeepTheBaseBudgetForAPdfOfAnySize() {
        assertThat(Pipeline.budgetFor(BASE, 6 * MB, Format.PDF)).isEqualTo(BASE);
        assertThat(Pipeline.budgetFor(BASE, 64 * MB, Format.PDF)).isEqualTo(BASE);
    }
}
