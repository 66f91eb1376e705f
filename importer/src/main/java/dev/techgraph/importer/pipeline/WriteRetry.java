package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.ImportException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the importer writes: one write at a time per importer (API imports, the start-up import and a CLI
 * batch each go through one importer, so their writes never conflict with each other), and a write that
 * fails for a transient reason (a deadlock with a writer in another process, a lost connection, a leader
 * switch) is tried again after a growing, jittered pause until {@link #budget} is spent. A write that
 * failed rolled back: trying again never leaves a half-written document.
 */
public final class WriteRetry {

    /** The default time a write may keep retrying: long enough to outlast a burst of concurrent imports. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(WriteRetry.class);
    private static final long FIRST_PAUSE_MS = 50;
    private static final long LONGEST_PAUSE_MS = 2_000;

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Duration budget;

    public WriteRetry(Duration budget) {
        this.budget = budget;
    }

    /** Runs {@code write} alone among this importer's writes, retrying transient failures. */
    public <T> T run(String what, Supplier<T> write) {
        lock.lock();
        try {
            long deadline = System.nanoTime() + budget.toNanos();
            long pause = FIRST_PAUSE_MS;
            for (int attempt = 1; ; attempt++) {
                try {
                    return write.get();
                } catch (RuntimeException e) {
                    if (!transient_(e) || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                        throw e;
                    }
                    LOG.info("{}: transient failure on attempt {} ({}), trying again in about {} ms", what, attempt,
                            code(e), pause);
                    sleep(pause + ThreadLocalRandom.current().nextLong(pause));
                    pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Transient: the driver says a retry may succeed (deadlocks, timeouts of locks, lost connections). */
    static boolean transient_(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String code = t instanceof Neo4jException n && n.code() != null ? n.code() : "";
            if (code.startsWith("Neo.TransientError.General.MemoryPoolOutOfMemoryError")
                    || code.startsWith("Neo.TransientError.General.TransactionMemoryLimit")) {
                return false; // the same document will not fit the next time either
            }
            if (t instanceof RetryableException || code.startsWith("Neo.TransientError.")) {
                return true;
            }
        }
        return false;
    }

    private static String code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Neo4jException n && n.code() != null) {
                return n.code();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted while waiting to write again", e);
        }
    }
}
