package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.WriteOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports documents into the graph: documents are read and extracted in parallel, then written one by
 * one, each in its own transaction, so a bad file is reported and skipped and never leaves anything
 * half-written. Every write and removal goes through {@link WriteRetry}: one at a time per importer, and
 * tried again after transient failures (deadlocks with writers in other processes included).
 */
public final class Importer {

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
        new ParallelExtraction(pipeline, threads).run(files, result -> {
            if (result instanceof ParallelExtraction.Extracted extracted) {
                try {
                    DocumentGraph graph = extracted.graph();
                    long started = System.nanoTime();
                    WriteOutcome outcome = graph.document().sha256().equals(known.get(graph.document().source()))
                            ? unchanged(graph)
                            : write(graph);
                    report.addWriteTime(System.nanoTime() - started);
                    report.add(outcome, extracted.bytes(), graph.relations().size());
                } catch (RuntimeException e) {
                    // the transaction rolled back: nothing of this document was written
                    report.fail(result.file() + ": not written (" + e.getMessage() + ")", result.bytes());
                }
            } else if (result instanceof ParallelExtraction.Failed failed) {
                report.fail(failed.message(), failed.bytes());
            }
            done[0]++;
            progress.accept(new Progress(done[0], files.size(), report.bytes(), report.sentences(), report.facts(),
                    result.file().toString()));
        });
        return report;
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
        for (SampleCorpus.Article article : SampleCorpus.articles()) {
            try {
                DocumentGraph graph = pipeline.extract(article.source(), article.content(), article.format());
                report.add(write(graph), article.content().length, graph.relations().size());
            } catch (RuntimeException e) {
                report.fail(article.source() + ": " + e.getMessage(), article.content().length);
            }
        }
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
