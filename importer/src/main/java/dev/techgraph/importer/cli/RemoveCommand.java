package dev.techgraph.importer.cli;

import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.WriteOutcome;
import dev.techgraph.importer.source.DocumentReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code techgraph remove SOURCE...}: remove documents and the facts only they supported. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove documents by source (the path they were imported from) or document id.",
                "Facts that other documents also support stay, with their weight and evidence updated.",
                "Reaches the graph as import does; the first line printed names it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all removed", "1:some sources were not in the graph", "2:bad usage"})
public final class RemoveCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "document source as imported, or its id")
    List<String> sources;

    @Mixin
    StoreCommand store = new StoreCommand();

    @Override
    public Integer call() {
        int missing = 0;
        try (GraphConnection connection = store.connect(System.err)) {
            GraphWriter writer = new GraphWriter(connection.driver(), connection.database());
            for (String source : sources) {
                Path asFile = Path.of(source);
                Optional<WriteOutcome> removed = writer.remove(source)
                        .or(() -> writer.remove(DocumentReader.sourceOf(asFile)));
                if (removed.isEmpty()) {
                    System.err.println("not in the graph: " + source
                            + " (give the source exactly as imported, e.g. the path, or the document id)");
                    missing++;
                } else {
                    WriteOutcome o = removed.get();
                    System.err.printf("removed %s (%s): %d sentences; entities -%d; relationships -%d%n",
                            o.source(), o.documentId(), o.sentences(), o.entitiesRemoved(), o.relationsRemoved());
                }
            }
        }
        return missing == 0 ? 0 : 1;
    }
}
