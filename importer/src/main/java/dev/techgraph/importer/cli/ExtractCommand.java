package dev.techgraph.importer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.techgraph.importer.ImportException;
import dev.techgraph.importer.export.Export;
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

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        DocumentReader.Found found = pipeline.reader().find(paths);
        found.skipped().forEach(s -> System.err.println("skipped " + s));
        List<DocumentGraph> graphs = new ArrayList<>();
        int failed = found.skipped().size();
        long started = System.nanoTime();
        long characters = 0;
        for (Path file : found.files()) {
            try {
                DocumentGraph graph = pipeline.extract(file);
                graphs.add(graph);
                characters += graph.sentences().stream().mapToLong(s -> s.end() - s.start()).sum();
            } catch (ImportException e) {
                System.err.println("failed " + e.getMessage());
                failed++;
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        Export export = Export.of(graphs);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (output != null) {
            json.writeValue(output.toFile(), export);
        } else {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out.println(json.writeValueAsString(export));
            out.flush();
        }
        if (stats) {
            long sentences = graphs.stream().mapToLong(g -> g.sentences().size()).sum();
            long facts = graphs.stream().mapToLong(g -> g.relations().size()).sum();
            System.err.printf("extract: %d documents, %d sentences, %d facts, %.1f MB of text in %.2f s "
                            + "(%.2f MB/s, %.0f sentences/s)%n", graphs.size(), sentences, facts,
                    characters / 1e6, seconds, characters / 1e6 / seconds, sentences / seconds);
        }
        return failed == 0 ? 0 : 1;
    }
}
