package dev.techgraph.importer.cli;

import dev.techgraph.model.store.GraphConnection;
import dev.techgraph.model.store.StoreSettings;

/**
 * How the commands that write reach the graph: the configured server ({@code NEO4J_URI}); else the
 * running TechGraph service's Bolt port (so its embedded store is never opened twice); else the embedded
 * store in {@code TECHGRAPH_DATA}, opened for the duration of the command.
 */
final class StoreCommand {

    private StoreCommand() {
    }

    static GraphConnection connect() {
        StoreSettings settings = StoreSettings.fromEnvironment();
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
