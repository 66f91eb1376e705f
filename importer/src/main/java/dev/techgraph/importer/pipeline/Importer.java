package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.WriteOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Imports documents into the graph: documents are read and extracted in parallel, then written in
 * batches, many documents per bounded transaction; a bad file is reported and skipped and never leaves
 * anything half-written (the writer retries a failed shared transaction document by document). Every
 * write and removal goes through {@link WriteRetry}: one at a time per importer, and a document whose
 * write failed for a transient reason (a deadlock with a writer in another process) is tried again.
 */
public final class Importer {

    /** Documents handed to the writer at once (it bounds each transaction itself). */
    static final int BATCH_DOCUMENTS = 500;
    /** Bytes of input handed to the writer at once. */
    static final long BATCH_BYTES = 16L << 20;

    private final Pipeline pipeline;
    private final GraphWriter writer;
    private final int threads;
    private final WriteRetry writes;

    public Importer(Pipeline pipeline, GraphWriter writer) {
        this(pipeline, writer, ParallelExtraction.defaultThreads());
    }

    /** @param threads how many documents are extracted at once (writes are always one at a time) */
    public Importer(Pipeline pipeline, GraphWriter writer, int threads) {
        this(pipeline, writer, threads, new WriteRetry(WriteRetry.DEFAULT_BUDGET));
    }

    /** @param writes how writes are serialised and retried */
    public Importer(Pipeline pipeline, GraphWriter writer, int threads, WriteRetry writes) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.threads = threads;
        this.writes = writes;
    }

    /** Imports files; {@code progress} hears about each document as it is done. */
    public BatchReport importFiles(List<Path> files, Consumer<Progress> progress) {
        BatchReport report = new BatchReport();
        int[] done = {0};
        Map<String, String> known = writer.fingerprints(files.stream().map(DocumentReader::sourceOf).toList());
        List<ParallelExtraction.Extracted> pending = new ArrayList<>();
        long[] pendingBytes = {0};
        Runnable flush = () -> {
            writePending(pending, report);
            for (var extracted : pending) {
                done[0]++;
                progress.accept(new Progress(done[0], files.size(), report.bytes(), report.sentences(),
                        report.facts(), extracted.file().toString()));
            }
            pending.clear();
            pendingBytes[0] = 0;
        };
        new ParallelExtraction(pipeline, threads).run(files, result -> {
            if (result instanceof ParallelExtraction.Extracted extracted) {
                DocumentGraph graph = extracted.graph();
                String source = graph.document().source();
                if (graph.entities().isEmpty()) {
                    try {
                        // nothing to keep: no empty document, and no earlier version whose facts it no longer states
                        boolean removed = known.containsKey(source) && remove(source).isPresent();
                        report.noTechnology(source, removed, extracted.bytes());
                    } catch (RuntimeException e) {
                        report.fail(result.file() + ": not removed (" + e.getMessage() + ")", result.bytes());
                    }
                } else if (graph.document().sha256().equals(known.get(source))) {
                    report.add(unchanged(graph), extracted.bytes(), graph.relations().size());
                } else {
                    pending.add(extracted);
                    pendingBytes[0] += extracted.bytes();
                    if (pending.size() >= BATCH_DOCUMENTS || pendingBytes[0] >= BATCH_BYTES) {
                        flush.run();
                    }
                    return;
                }
            } else if (result instanceof ParallelExtraction.Failed failed) {
                report.fail(failed.message(), failed.bytes());
            }
            done[0]++;
            progress.accept(new Progress(done[0], files.size(), report.bytes(), report.sentences(), report.facts(),
                    result.file().toString()));
        });
        flush.run();
        return report;
    }

    /**
     * Writes the documents waiting for a transaction; the writer shares transactions between them and
     * reports each document on its own, a failed one without harming the others.
     */
    private void writePending(List<ParallelExtraction.Extracted> pending, BatchReport report) {
        if (pending.isEmpty()) {
            return;
        }
        Map<DocumentGraph, ParallelExtraction.Extracted> byGraph = new IdentityHashMap<>();
        pending.forEach(e -> byGraph.put(e.graph(), e));
        long started = System.nanoTime();
        writeAll(pending.stream().map(ParallelExtraction.Extracted::graph).toList(),
                (graph, outcome) -> report.add(outcome, byGraph.get(graph).bytes(), graph.relations().size()),
                // the transaction rolled back: nothing of this document was written
                (graph, e) -> report.fail(byGraph.get(graph).file() + ": not written (" + e.getMessage() + ")",
                        byGraph.get(graph).bytes()));
        report.addWriteTime(System.nanoTime() - started);
    }

    /**
     * The writer's batched write, alone among this importer's writes; a document whose transaction failed
     * for a transient reason is written again on its own, with {@link WriteRetry}'s backoff.
     */
    private void writeAll(List<DocumentGraph> graphs, BiConsumer<DocumentGraph, WriteOutcome> done,
                          BiConsumer<DocumentGraph, RuntimeException> failed) {
        writes.run("batch of " + graphs.size() + " documents", () -> {
            writer.writeAll(graphs, done, (graph, e) -> {
                if (!WriteRetry.transient_(e)) {
                    failed.accept(graph, e);
                    return;
                }
                try {
                    done.accept(graph, write(graph));
                } catch (RuntimeException again) {
                    failed.accept(graph, again);
                }
            });
            return null;
        });
    }

    /** Known unchanged before the batch began: no transaction needed. */
    private static WriteOutcome unchanged(DocumentGraph graph) {
        return new WriteOutcome(graph.document().id(), graph.document().source(), WriteOutcome.Status.UNCHANGED,
                graph.sentences().size(), 0, 0, 0, 0);
    }

    /** Imports one document given as content (an upload or a bundled article). */
    public WriteOutcome importContent(String source, byte[] content, Format format) {
        return write(pipeline.extract(source, content, format));
    }

    /** Writes a document already extracted (serialised and retried like every write). */
    public WriteOutcome importGraph(DocumentGraph graph) {
        return write(graph);
    }

    /** Imports the bundled sample corpus. */
    public BatchReport importSampleCorpus() {
        BatchReport report = new BatchReport();
        List<DocumentGraph> graphs = new ArrayList<>();
        Map<DocumentGraph, Integer> sizes = new IdentityHashMap<>();
        for (SampleCorpus.Article article : SampleCorpus.articles()) {
            try {
                DocumentGraph graph = pipeline.extract(article.source(), article.content(), article.format());
                graphs.add(graph);
                sizes.put(graph, article.content().length);
            } catch (RuntimeException e) {
                report.fail(article.source() + ": " + e.getMessage(), article.content().length);
            }
        }
        writeAll(graphs, (graph, outcome) -> report.add(outcome, sizes.get(graph), graph.relations().size()),
                (graph, e) -> report.fail(graph.document().source() + ": " + e.getMessage(), sizes.get(graph)));
        return report;
    }

    /** Removes a document and what only it supported; empty when no document has that source or id. */
    public Optional<WriteOutcome> remove(String sourceOrId) {
        return writes.run("remove " + sourceOrId, () -> writer.remove(sourceOrId));
    }

    private WriteOutcome write(DocumentGraph graph) {
        return writes.run(graph.document().source(), () -> writer.write(graph));
    }

    /**
     * Progress of a batch: documents done of total, bytes read, sentences and facts so far, the last file.
     */
    public record Progress(int done, int total, long bytes, long sentences, long facts, String current) {
    }
}
