package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.text.SentenceSplitter;
import dev.techgraph.importer.text.TextDocument;
import dev.techgraph.model.vocabulary.Vocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark, not a test: extraction throughput on the files given (sentence splitting timed apart), after a
 * warm-up round. Prints MB/s; asserts nothing. Run with the test classpath: {@code ExtractBenchmark DIR...}.
 */
public final class ExtractBenchmark {

    private ExtractBenchmark() {
    }

    public static void main(String[] args) {
        var reader = Pipeline.standard().reader();
        List<TextDocument> docs = new ArrayList<>();
        long chars = 0;
        long sentences = 0;
        long splitNanos = System.nanoTime();
        SentenceSplitter splitter = new SentenceSplitter();
        for (String arg : args) {
            for (Path file : reader.find(List.of(Path.of(arg))).files()) {
                TextDocument doc = splitter.split(reader.read(file));
                docs.add(doc);
                chars += doc.plain().text().length();
                sentences += doc.sentences().size();
            }
        }
        splitNanos = System.nanoTime() - splitNanos;
        RuleExtractor extractor = new RuleExtractor(Vocabulary.bundled());
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long facts = 0;
            for (TextDocument doc : docs) {
                facts += extractor.extract(doc).relations().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    - cpuStart) / 1e9;
            System.out.printf("round %d: %d documents, %.2f MB, %d sentences, %d facts, extraction %.2f s wall = "
                    + "%.2f MB/s, %.2f s CPU = %.2f MB/s and %.0f sentences/s per core (reading + sentence splitting "
                    + "took %.2f s)%n", round, docs.size(), chars / 1e6, sentences, facts, seconds,
                    chars / 1e6 / seconds, cpu, chars / 1e6 / cpu, sentences / cpu, splitNanos / 1e9);
        }
    }
}
