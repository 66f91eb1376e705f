package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.extract.Extractor;
import dev.techgraph.importer.extract.RuleExtractor;
import dev.techgraph.importer.source.Deadline;
import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.importer.source.Format;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.importer.text.SentenceSplitter;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.vocabulary.Vocabulary;
import dev.techgraph.store.config.TechGraphConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Document in, extraction out: reading, sentence splitting and extraction for one document, within a time
 * budget per document ({@link Deadline}: checked while reading and between stages). Thread-safe: the
 * sentence splitter, which is not, is kept per thread.
 */
public final class Pipeline {

    /** Bytes of a text document read and extracted within one {@link Deadline#DEFAULT} budget. */
    static final long BYTES_PER_BUDGET = 4L << 20;

    private final DocumentReader reader = new DocumentReader();
    private final ThreadLocal<SentenceSplitter> splitter = ThreadLocal.withInitial(SentenceSplitter::new);
    private final Extractor extractor;
    private final Duration budget;

    public Pipeline(Extractor extractor) {
        this(extractor, Deadline.DEFAULT);
    }

    /** @param budget the time one document may take to be read and extracted */
    public Pipeline(Extractor extractor, Duration budget) {
        this.extractor = extractor;
        this.budget = budget;
    }

    /** The pipeline with the rule extractor over the vocabulary the environment configures. */
    public static Pipeline standard() {
        return standard(TechGraphConfig.fromEnvironment().vocabulary());
    }

    /** The pipeline with the rule extractor over {@code vocabulary}, or the bundled vocabulary when null. */
    public static Pipeline standard(Path vocabulary) {
        return new Pipeline(standardExtractor(vocabulary));
    }

    /** The rule extractor over the vocabulary the environment configures (loaded once per call; share it). */
    public static Extractor standardExtractor() {
        return standardExtractor(TechGraphConfig.fromEnvironment().vocabulary());
    }

    /** The rule extractor over {@code vocabulary}, or the bundled one when null (loaded once per call). */
    public static Extractor standardExtractor(Path vocabulary) {
        return new RuleExtractor(Vocabulary.load(vocabulary));
    }

    public DocumentReader reader() {
        return reader;
    }

    public DocumentGraph extract(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 0; // the reader reports the file it cannot read
        }
        Deadline deadline = Deadline.start(budgetFor(budget, bytes,
                Format.ofFileName(file.getFileName().toString()).orElse(Format.TEXT)));
        return extract(reader.read(file, deadline), deadline);
    }

    public DocumentGraph extract(String source, byte[] content, Format format) {
        Deadline deadline = Deadline.start(budgetFor(budget, content.length, format));
        return extract(reader.read(source, content, format, deadline), deadline);
    }

    public DocumentGraph extract(PlainText text) {
        return extract(text, Deadline.start(budgetFor(budget, text.text().length(), Format.TEXT)));
    }

    /**
     * The time a document may take: the budget per started {@link #BYTES_PER_BUDGET} of text, Markdown or
     * HTML, whose text grows with the file (so the documented size limits hold on a busy machine: an 8 MB
     * upload took 110 s to read, extract and write at a load average of 11); a PDF gets the budget once
     * whatever its size, because its text can be a thousand times larger than the file.
     */
    static Duration budgetFor(Duration budget, long bytes, Format format) {
        if (format == Format.PDF || bytes <= BYTES_PER_BUDGET) {
            return budget;
        }
        return budget.multipliedBy((bytes + BYTES_PER_BUDGET - 1) / BYTES_PER_BUDGET);
    }

    private DocumentGraph extract(PlainText text, Deadline deadline) {
        deadline.check(text.source(), "reading");
        var sentences = splitter.get().split(text);
        deadline.check(text.source(), "sentence splitting");
        DocumentGraph graph = extractor.extract(sentences);
        deadline.check(text.source(), "extraction");
        return graph;
    }
}
