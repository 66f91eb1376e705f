package dev.techgraph.importer.cli;

import dev.techgraph.importer.pipeline.BatchReport;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.importer.pipeline.ParallelExtraction;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.store.DiskUsage;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.StoreSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code techgraph import PATH...}: extract documents and store them in the graph. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import documents (.txt, .md, .html, .pdf; folders recursively) into the graph.",
                "Re-importing an unchanged document changes nothing; a changed one replaces its old facts.",
                "Writes to --neo4j-uri or NEO4J_URI when set; else through the service running on TECHGRAPH_DATA",
                "(default ./data), found by the record it keeps there; else opens that store itself. The first",
                "line printed names the graph written to. Documents are extracted in parallel and written one",
                "transaction per document. A document with no technology in it is not imported (and an earlier",
                "version of it is removed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents imported", "1:some documents failed (see stderr)", "2:bad usage",
                "3:the database cannot be reached",
                "4:no failures, but some documents had no technology in them and were not imported"})
public final class ImportCommand implements Callable<Integer> {

    /** Exit code when nothing failed but some documents held no technology and were not imported. */
    static final int NO_TECHNOLOGY = 4;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to import")
    List<Path> paths;

    @Option(names = "--stats", description = "print documents, sentences, facts and throughput at the end")
    boolean stats;

    @Option(names = "--no-progress", description = "no progress bar (it is also off when stderr is not a terminal)")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N",
            description = "documents extracted at once (default: one per core)")
    int threads = ParallelExtraction.defaultThreads();

    @Mixin
    StoreCommand store = new StoreCommand();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        Pipeline pipeline = Pipeline.standard();
        DocumentReader.Found found = pipeline.reader().find(paths);
        try (GraphConnection connection = store.connect(System.err)) {
            found.skipped().forEach(s -> System.err.println("skipped " + s));
            System.err.println("importing " + found.files().size() + " documents");
            Importer importer = new Importer(pipeline, new GraphWriter(connection.driver(), connection.database()),
                    threads);
            long started = System.nanoTime();
            BatchReport report;
            try (ProgressDisplay progress = new ProgressDisplay("import", found.files().size(), !noProgress)) {
                report = importer.importFiles(found.files(),
                        p -> progress.update(p.done(), p.bytes(), p.sentences(), p.facts()));
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            report.failures().forEach(f -> System.err.println("failed " + f));
            report.noTechnology().forEach(f -> System.err.println("no technology found in " + f + ": not imported"));
            System.err.println(report.summary());
            if (stats) {
                int documents = report.outcomes().size() + report.failures().size() + report.noTechnology().size();
                System.err.printf("import: %d documents, %d sentences, %d facts, %.2f MB in %.2f s "
                                + "(%.1f documents/s, %.2f MB/s; %.2f s in database writes, %d extraction threads)%n",
                        documents, report.sentences(), report.facts(), report.bytes() / 1e6, seconds,
                        documents / seconds, report.bytes() / 1e6 / seconds, report.writeNanos() / 1e9, threads);
                StoreSettings settings = StoreSettings.fromEnvironment();
                if (store.uri == null && settings.embedded()) {
                    DiskUsage.of(settings.dataDir())
                            .ifPresent(disk -> System.err.println(disk.summary()));
                }
            }
            if (!report.failures().isEmpty() || !found.skipped().isEmpty()) {
                return 1;
            }
            return report.noTechnology().isEmpty() ? 0 : NO_TECHNOLOGY;
        }
    }
}
