package dev.techgraph.importer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.techgraph.importer.export.Export;
import dev.techgraph.importer.pipeline.ParallelExtraction;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.model.doc.DocumentGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code techgraph extract PATH...}: the extraction export as JSON on stdout; no database involved. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print what the importer extracts from documents as JSON (the export of graph-model.md).",
                "No database is needed. Folders are read recursively (.txt, .md, .html, .pdf).",
                "Problems with single files are reported on stderr; the other files are still extracted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files extracted", "1:some files failed (see stderr)", "2:bad usage"})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to extract")
    List<Path> paths;

    @Option(names = "--stats", description = "print documents, sentences, facts and throughput on stderr")
    boolean stats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the JSON to FILE instead of stdout")
    Path output;

    @Option(names = "--no-progress", description = "no progress bar (it is also off when stderr is not a terminal)")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N", description = "documents extracted at once (default: one per core)")
    int threads = ParallelExtraction.defaultThreads();

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        Pipeline pipeline = Pipeline.standard();
        DocumentReader.Found found = pipeline.reader().find(paths);
        found.skipped().forEach(s -> System.err.println("skipped " + s));
        List<DocumentGraph> graphs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long[] totals = new long[3]; // bytes, sentences, facts
        long started = System.nanoTime();
        try (ProgressDisplay progress = new ProgressDisplay("extract", found.files().size(), !noProgress)) {
            int[] done = {0};
            new ParallelExtraction(pipeline, threads).run(found.files(), result -> {
                totals[0] += result.bytes();
                if (result instanceof ParallelExtraction.Extracted extracted) {
                    graphs.add(extracted.graph());
                    totals[1] += extracted.graph().sentences().size();
                    totals[2] += extracted.graph().relations().size();
                } else if (result instanceof ParallelExtraction.Failed failed) {
                    failures.add(failed.message());
                }
                progress.update(++done[0], totals[0], totals[1], totals[2]);
            });
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        failures.forEach(f -> System.err.println("failed " + f));
        Export export = Export.of(graphs);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (output != null) {
            json.writeValue(output.toFile(), export);
        } else {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            json.writeValue(out, export);
            out.println();
            out.flush();
        }
        if (stats) {
            double mb = totals[0] / 1e6;
            System.err.printf("extract: %d documents (%d failed), %d sentences, %d facts, %.2f MB in %.2f s "
                            + "(%.2f MB/s with %d threads, %.2f MB/s per thread; %.0f sentences/s)%n",
                    graphs.size() + failures.size(), failures.size(), totals[1], totals[2], mb, seconds,
                    mb / seconds, threads, mb / seconds / Math.min(threads, ParallelExtraction.defaultThreads()),
                    totals[1] / seconds);
        }
        return failures.isEmpty() && found.skipped().isEmpty() ? 0 : 1;
    }
}
