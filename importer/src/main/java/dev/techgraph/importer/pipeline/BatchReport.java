package dev.techgraph.importer.pipeline;

import dev.techgraph.model.store.WriteOutcome;
import java.util.ArrayList;
import java.util.List;

/** What a batch import did: per-document outcomes, failures with their messages, and totals. */
public final class BatchReport {

    private final List<WriteOutcome> outcomes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private long sentences;
    private long facts;
    private long characters;

    synchronized void add(WriteOutcome outcome, long characters, long facts) {
        outcomes.add(outcome);
        this.sentences += outcome.sentences();
        this.characters += characters;
        this.facts += facts;
    }

    synchronized void fail(String message) {
        failures.add(message);
    }

    public synchronized List<WriteOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized long sentences() {
        return sentences;
    }

    public synchronized long facts() {
        return facts;
    }

    public synchronized long characters() {
        return characters;
    }

    public synchronized long count(WriteOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** One line: documents new / changed / unchanged / failed; entities and relationships added / removed. */
    public synchronized String summary() {
        return String.format("documents: %d new, %d changed, %d unchanged, %d failed; entities: +%d -%d; "
                        + "relationships: +%d -%d",
                count(WriteOutcome.Status.NEW), count(WriteOutcome.Status.CHANGED),
                count(WriteOutcome.Status.UNCHANGED), failures.size(),
                outcomes.stream().mapToInt(WriteOutcome::entitiesAdded).sum(),
                outcomes.stream().mapToInt(WriteOutcome::entitiesRemoved).sum(),
                outcomes.stream().mapToInt(WriteOutcome::relationsAdded).sum(),
                outcomes.stream().mapToInt(WriteOutcome::relationsRemoved).sum());
    }
}
