package dev.techgraph.importer.cli;

import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.StoreSettings;
import picocli.CommandLine.Option;

/**
 * How the commands that write reach the graph (a picocli mixin): {@code --neo4j-uri} or {@code NEO4J_URI}
 * when given; else the running TechGraph service's Bolt port (so its embedded store is never opened
 * twice); else the embedded store in {@code TECHGRAPH_DATA}, opened for the duration of the command.
 */
final class StoreCommand {

    @Option(names = "--neo4j-uri", paramLabel = "URI",
            description = "Neo4j to write to (bolt://host:7687, neo4j://...); overrides NEO4J_URI")
    String uri;

    GraphConnection connect() {
        StoreSettings settings = StoreSettings.fromEnvironment();
        if (uri != null && !uri.isBlank()) {
            settings = new StoreSettings(uri.strip(), settings.username(), settings.password(), settings.database(),
                    settings.dataDir(), settings.boltPort(), false, settings.browserPort());
        }
        if (settings.embedded()) {
            GraphConnection running = GraphConnection.attachToRunningService(settings);
            if (running != null) {
                return running;
            }
            settings = new StoreSettings(null, null, null, null, settings.dataDir(), settings.boltPort(), false,
                    settings.browserPort());
        }
        return GraphConnection.open(settings);
    }
}
