package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.ImportException;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.store.GraphWriter;
import dev.techgraph.model.store.WriteOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports documents into the graph: each document is read, extracted and written in its own
 * transaction, so a bad file is reported and skipped and never leaves anything half-written.
 */
public final class Importer {

    private final Pipeline pipeline;
    private final GraphWriter writer;

    public Importer(Pipeline pipeline, GraphWriter writer) {
        this.pipeline = pipeline;
        this.writer = writer;
    }

    /** Imports files; {@code progress} hears about each document as it is done. */
    public BatchReport importFiles(List<Path> files, Consumer<Progress> progress) {
        BatchReport report = new BatchReport();
        int done = 0;
        for (Path file : files) {
            try {
                DocumentGraph graph = pipeline.extract(file);
                report.add(writer.write(graph), graph.document() == null ? 0 : charactersOf(graph),
                        graph.relations().size());
            } catch (ImportException e) {
                report.fail(e.getMessage());
            } catch (RuntimeException e) {
                report.fail(file + ": " + e.getMessage());
            }
            done++;
            progress.accept(new Progress(done, files.size(), report.sentences(), report.facts(), file.toString()));
        }
        return report;
    }

    /** Imports one document given as content (an upload or a bundled article). */
    public WriteOutcome importContent(String source, byte[] content, Format format) {
        return writer.write(pipeline.extract(source, content, format));
    }

    /** Imports the bundled sample corpus. */
    public BatchReport importSampleCorpus() {
        BatchReport report = new BatchReport();
        for (SampleCorpus.Article article : SampleCorpus.articles()) {
            try {
                DocumentGraph graph = pipeline.extract(article.source(), article.content(), article.format());
                report.add(writer.write(graph), charactersOf(graph), graph.relations().size());
            } catch (RuntimeException e) {
                report.fail(article.source() + ": " + e.getMessage());
            }
        }
        return report;
    }

    /** Removes a document and what only it supported; empty when no document has that source or id. */
    public Optional<WriteOutcome> remove(String sourceOrId) {
        return writer.remove(sourceOrId);
    }

    private static long charactersOf(DocumentGraph graph) {
        return graph.sentences().isEmpty() ? 0 : graph.sentences().get(graph.sentences().size() - 1).end();
    }

    /** Progress of a batch: documents done of total, sentences and facts so far, the current file. */
    public record Progress(int done, int total, long sentences, long facts, String current) {
    }
}
