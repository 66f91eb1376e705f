package dev.techgraph.importer.source;

import dev.techgraph.importer.ImportException;
import java.time.Duration;

/**
 * The time one document may take to be read and extracted. Readers check it as they go (the PDF reader
 * glyph by glyph), the pipeline between stages; when it is spent the document fails with a message that
 * names it and the budget, and nothing of it is written.
 */
public final class Deadline {

    /** The default budget per document. */
    public static final Duration DEFAULT = Duration.ofSeconds(120);

    private final Duration budget;
    private final long end;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.end = System.nanoTime() + budget.toNanos();
    }

    /** A deadline that starts now. */
    public static Deadline start(Duration budget) {
        return new Deadline(budget);
    }

    /** No limit (for callers that bound time themselves). */
    public static Deadline none() {
        return new Deadline(Duration.ofDays(3650));
    }

    public boolean spent() {
        return System.nanoTime() > end;
    }

    /** Throws when the budget is spent; {@code stage} says what was being done ("reading", "extraction"). */
    public void check(String source, String stage) {
        if (spent()) {
            throw new ImportException(source + ": " + stage + " took longer than the " + budget.toSeconds()
                    + " s a document may take; skipped (split the document, or import it from text)");
        }
    }
}
