package dev.techgraph.importer.pipeline;

import dev.techgraph.store.WriteOutcome;
import java.util.ArrayList;
import java.util.List;

/** What a batch import did: per-document outcomes, failures with their messages, and totals. */
public final class BatchReport {

    private final List<WriteOutcome> outcomes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> noTechnology = new ArrayList<>();
    private long sentences;
    private long facts;
    private long bytes;
    private long writeNanos;

    synchronized void add(WriteOutcome outcome, long bytes, long facts) {
        outcomes.add(outcome);
        this.sentences += outcome.sentences();
        this.bytes += bytes;
        this.facts += facts;
    }

    synchronized void addWriteTime(long nanos) {
        writeNanos += nanos;
    }

    /** Time spent in database transactions, in nanoseconds (extraction runs alongside, on other threads). */
    public synchronized long writeNanos() {
        return writeNanos;
    }

    synchronized void fail(String message, long bytes) {
        failures.add(message);
        this.bytes += bytes;
    }

    synchronized void noTechnology(String source, boolean earlierVersionRemoved, long bytes) {
        noTechnology.add(source + (earlierVersionRemoved ? " (its earlier version was removed from the graph)" : ""));
        this.bytes += bytes;
    }

    /**
     * Documents read without error in which no technology was found: not imported (an earlier version of
     * one, whose facts it no longer states, is removed). Each entry names the source.
     */
    public synchronized List<String> noTechnology() {
        return List.copyOf(noTechnology);
    }

    public synchronized List<WriteOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** Sentences of the documents stored or found unchanged. */
    public synchronized long sentences() {
        return sentences;
    }

    /** Facts (relations) extracted from the documents stored or found unchanged. */
    public synchronized long facts() {
        return facts;
    }

    /** Bytes of input read, failed files included. */
    public synchronized long bytes() {
        return bytes;
    }

    public synchronized long count(WriteOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public synchronized long entitiesAdded() {
        return outcomes.stream().mapToLong(WriteOutcome::entitiesAdded).sum();
    }

    public synchronized long entitiesRemoved() {
        return outcomes.stream().mapToLong(WriteOutcome::entitiesRemoved).sum();
    }

    public synchronized long relationsAdded() {
        return outcomes.stream().mapToLong(WriteOutcome::relationsAdded).sum();
    }

    public synchronized long relationsRemoved() {
        return outcomes.stream().mapToLong(WriteOutcome::relationsRemoved).sum();
    }

    /**
     * One line: documents new / changed / unchanged / failed (and without technology, when any); entities and
     * relationships added / removed.
     */
    public synchronized String summary() {
        return String.format("documents: %d new, %d changed, %d unchanged, %d failed%s; entities: +%d -%d; "
                        + "relationships: +%d -%d",
                count(WriteOutcome.Status.NEW), count(WriteOutcome.Status.CHANGED),
                count(WriteOutcome.Status.UNCHANGED), failures.size(),
                noTechnology.isEmpty() ? "" : ", " + noTechnology.size() + " with no technology (not imported)",
                entitiesAdded(), entitiesRemoved(),
                relationsAdded(), relationsRemoved());
    }
}
