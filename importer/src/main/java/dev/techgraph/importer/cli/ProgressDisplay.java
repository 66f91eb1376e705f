package dev.techgraph.importer.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long batch on stderr: a bar with documents, rate and ETA when stderr is a terminal; a plain
 * line every ten seconds otherwise (logs and pipes get no control characters); nothing for one file.
 */
final class ProgressDisplay implements AutoCloseable {

    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final ProgressBar bar;
    private final PrintStream err;
    private final String task;
    private final int total;
    private final long started = System.nanoTime();
    private long lastLine = started;
    private final boolean quiet;

    ProgressDisplay(String task, int total, boolean enabled) {
        this.err = System.err;
        this.task = task;
        this.total = total;
        this.quiet = !enabled || total <= 1;
        this.bar = quiet || !stderrIsTerminal() ? null : new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .showSpeed()
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(err, width()))
                .build();
    }

    /**
     * True when stderr is a terminal. The launcher knows ({@code [ -t 2 ]}) and says so in
     * {@code TECHGRAPH_STDERR_TTY}; without it, a console means the user watches.
     */
    static boolean stderrIsTerminal() {
        String tty = System.getenv("TECHGRAPH_STDERR_TTY");
        if (tty != null && !tty.isBlank()) {
            return "1".equals(tty.strip()) || "true".equalsIgnoreCase(tty.strip());
        }
        return System.console() != null;
    }

    private static int width() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip());
            return Math.max(60, Math.min(columns, 160));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    private static final int MEANINGFUL_RATE_AFTER = 20;

    /** Reports documents done so far and the running totals. */
    void update(int done, long bytes, long sentences, long facts) {
        if (quiet) {
            return;
        }
        String totals = String.format(" %,d sentences, %,d facts, %.1f MB", sentences, facts, bytes / 1e6);
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(totals);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= LINE_EVERY_NANOS) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            double rate = done / Math.max(1e-9, seconds);
            // documents are written in batches: until a few have been, the rate says nothing about the rest
            long eta = rate > 0 && done >= Math.min(total, MEANINGFUL_RATE_AFTER) ? Math.round((total - done) / rate) : -1;
            err.printf("%s: %d/%d docs (%.1f docs/s, ETA %s), %s%n", task, done, total, rate,
                    eta < 0 ? "?" : Duration.ofSeconds(eta).toString().substring(2).toLowerCase(), totals.strip());
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
