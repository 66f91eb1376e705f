package dev.techgraph.api;

import dev.techgraph.importer.cli.ExtractCommand;
import dev.techgraph.importer.cli.ImportCommand;
import dev.techgraph.importer.cli.RemoveCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./techgraph}: the one way in for users and scripts. */
@Command(name = "techgraph", mixinStandardHelpOptions = true, usageHelpWidth = 110, version = "TechGraph 0.1.0",
        description = {"TechGraph: an offline knowledge graph of programming technologies, built from articles,",
                "with every fact traced to the sentence that states it.", ""},
        subcommands = {ServeCommand.class, ImportCommand.class, ExtractCommand.class, RemoveCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  TECHGRAPH_PORT         HTTP port of the service (default 8080)",
            "  TECHGRAPH_HOST         address the service binds to (default 127.0.0.1)",
            "  TECHGRAPH_DATA         embedded Neo4j store folder (default ./data)",
            "  TECHGRAPH_BOLT_PORT    Bolt port of the embedded Neo4j on 127.0.0.1 (default 7687)",
            "  TECHGRAPH_BOLT_AUTH    Bolt asks for user neo4j and the password in TECHGRAPH_DATA/neo4j-password",
            "                         (default true; false opens Bolt to every local process and web page)",
            "  TECHGRAPH_TOKEN        bearer token required for writes through the API (default: none)",
            "  TECHGRAPH_VOCABULARY   vocabulary file replacing the bundled one",
            "  NEO4J_URI              use this Neo4j server or cluster instead of the embedded store",
            "                         (bolt://, neo4j://, neo4j+s:// ...)",
            "  NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE   credentials and database for NEO4J_URI",
            "",
            "Examples:",
            "  ./techgraph serve                       run the service; open http://localhost:8080",
            "  ./techgraph extract ../shared/seeds     print the extraction as JSON",
            "  ./techgraph import docs/ --stats        import a folder into the graph",
            "  ./techgraph remove docs/old-post.md     remove a document and the facts only it supported"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int code = new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return e instanceof IllegalArgumentException ? 2 : 3;
                })
                .execute(args);
        if (args.length == 0 || !"serve".equals(args[0]) || code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
