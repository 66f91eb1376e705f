package dev.techgraph.api.system;

import dev.techgraph.api.error.StandardErrors;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.config.TechGraphConfig;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/config}: what the UI may offer: writing, and links to Neo4j Browser and Bolt. */
@StandardErrors
@Controller("/api/config")
class ConfigController {

    /**
     * @param writable     true when no token is configured (writes need none)
     * @param neo4jBrowser the Neo4j Browser URL of the embedded store, or null
     * @param bolt         the embedded store's Bolt URI, or null (a configured server's URI is not shown)
     */
    @Serdeable
    record Config(boolean writable, String neo4jBrowser, String bolt) {
    }

    private final Config config;

    ConfigController(GraphConnection connection, TechGraphConfig settings) {
        this.config = new Config(!settings.writesNeedToken(), connection.browserUrl(),
                connection.embeddedBoltUri());
    }

    @Get
    Config config() {
        return config;
    }
}
