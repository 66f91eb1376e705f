package dev.techgraph.importer.cli;

import dev.techgraph.importer.pipeline.BatchReport;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.model.store.GraphConnection;
import dev.techgraph.model.store.GraphWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code techgraph import PATH...}: extract documents and store them in the graph. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import documents (.txt, .md, .html, .pdf; folders recursively) into the graph.",
                "Re-importing an unchanged document changes nothing; a changed one replaces its old facts.",
                "Goes to NEO4J_URI when set; else through the running service's Bolt port; else opens the",
                "embedded store in TECHGRAPH_DATA (default ./data) itself."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents imported", "1:some documents failed (see stderr)", "2:bad usage",
                "3:the database cannot be reached"})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to import")
    List<Path> paths;

    @Option(names = "--stats", description = "print documents, sentences, facts and throughput at the end")
    boolean stats;

    @Option(names = "--no-progress", description = "no progress bar (it is also off when stderr is not a terminal)")
    boolean noProgress;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard();
        DocumentReader.Found found = pipeline.reader().find(paths);
        found.skipped().forEach(s -> System.err.println("skipped " + s));
        try (GraphConnection connection = StoreCommand.connect()) {
            System.err.println("importing " + found.files().size() + " documents into " + connection);
            Importer importer = new Importer(pipeline, new GraphWriter(connection.driver(), connection.database()));
            long started = System.nanoTime();
            BatchReport report;
            boolean showBar = !noProgress && System.console() != null && found.files().size() > 1;
            if (showBar) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("import").setInitialMax(found.files().size())
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed()
                        .setUpdateIntervalMillis(250).continuousUpdate().setMaxRenderedLength(110).build()) {
                    report = importer.importFiles(found.files(), p -> {
                        bar.stepTo(p.done());
                        bar.setExtraMessage(p.sentences() + " sentences, " + p.facts() + " facts");
                    });
                }
            } else {
                report = importer.importFiles(found.files(), p -> { });
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            report.failures().forEach(f -> System.err.println("failed " + f));
            System.err.println(report.summary());
            if (stats) {
                double seconds = Math.max(1e-9, took.toNanos() / 1e9);
                System.err.printf("import: %d documents, %d sentences, %d facts, %.1f MB in %.2f s "
                                + "(%.2f MB/s, %.1f documents/s)%n", report.outcomes().size(), report.sentences(),
                        report.facts(), report.characters() / 1e6, seconds, report.characters() / 1e6 / seconds,
                        report.outcomes().size() / seconds);
            }
            return report.failures().isEmpty() && found.skipped().isEmpty() ? 0 : 1;
        }
    }
}
