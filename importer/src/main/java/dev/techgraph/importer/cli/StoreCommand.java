package dev.techgraph.importer.cli;

import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.StoreSettings;
import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How the commands that write reach the graph (a picocli mixin): {@code --neo4j-uri} or {@code NEO4J_URI}
 * when given; else the TechGraph service that runs on {@code TECHGRAPH_DATA}, found by the record it keeps
 * in that folder (so its store is never opened twice, and no other folder's service is ever written to);
 * else the store in {@code TECHGRAPH_DATA}, opened for the duration of the command with no listener anyone
 * else can use. Says which graph it writes to before anything else.
 */
final class StoreCommand {

    @Option(names = "--neo4j-uri", paramLabel = "URI",
            description = "Neo4j to write to (bolt://host:7687, neo4j://...); overrides NEO4J_URI")
    String uri;

    /** The environment the settings come from; tests give their own. */
    Map<String, String> environment = System.getenv();

    GraphConnection connect(PrintStream out) {
        StoreSettings settings = StoreSettings.from(environment);
        if (uri != null && !uri.isBlank()) {
            settings = settings.withServer(uri.strip());
        }
        return GraphConnection.openForCommand(settings, graph -> out.println("graph: " + graph));
    }
}
