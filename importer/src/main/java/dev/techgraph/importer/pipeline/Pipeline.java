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
import java.nio.file.Path;
import java.time.Duration;

/**
 * Document in, extraction out: reading, sentence splitting and extraction for one document, within a time
 * budget per document ({@link Deadline}: checked while reading and between stages). Thread-safe: the
 * sentence splitter, which is not, is kept per thread.
 */
public final class Pipeline {

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
        Deadline deadline = Deadline.start(budget);
        return extract(reader.read(file, deadline), deadline);
    }

    public DocumentGraph extract(String source, byte[] content, Format format) {
        Deadline deadline = Deadline.start(budget);
        return extract(reader.read(source, content, format, deadline), deadline);
    }

    public DocumentGraph extract(PlainText text) {
        return extract(text, Deadline.start(budget));
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
