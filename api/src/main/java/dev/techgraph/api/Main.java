package dev.techgraph.api;

import dev.techgraph.importer.cli.ExtractCommand;
import dev.techgraph.importer.cli.ImportCommand;
import dev.techgraph.importer.cli.RemoveCommand;
import dev.techgraph.store.config.Variable;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./techgraph}: the one way in for users and scripts. */
@Command(name = "techgraph", mixinStandardHelpOptions = true, usageHelpWidth = Main.WIDTH, version = "TechGraph 0.1.0",
        description = {"TechGraph: an offline knowledge graph of programming technologies, built from articles,",
                "with every fact traced to the sentence that states it.", ""},
        subcommands = {ServeCommand.class, ImportCommand.class, ExtractCommand.class, RemoveCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nEnvironment (also in the README's configuration table):%n")
public final class Main implements Runnable {

    /** Columns of the help text. */
    static final int WIDTH = 100;

    private static final String[] EXAMPLES = {
        "",
        "Examples:",
        "  ./techgraph serve                       run the service; open http://localhost:8080",
        "  ./techgraph extract ../shared/seeds     print the extraction as JSON",
        "  ./techgraph import docs/ --stats        import a folder into the graph",
        "  ./techgraph remove docs/old-post.md     remove a document and the facts only it supported"};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int code = commandLine()
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("techgraph: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return e instanceof IllegalArgumentException ? 2 : 3;
                })
                .execute(args);
        if (args.length == 0 || !"serve".equals(args[0]) || code != 0) {
            System.exit(code);
        }
    }

    /** The command line with its subcommands; the help's variable list comes from {@link Variable}. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        List<String> footer = new ArrayList<>(Variable.helpLines(WIDTH));
        footer.addAll(List.of(EXAMPLES));
        // footer lines are format strings: a % in a meaning must stay a %
        commandLine.getCommandSpec().usageMessage().footer(footer.stream().map(l -> l.replace("%", "%%"))
                .toArray(String[]::new));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
