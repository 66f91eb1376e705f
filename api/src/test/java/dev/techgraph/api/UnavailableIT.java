package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.store.EmbeddedNeo4j;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When Neo4j goes away the API answers 503 JSON at once, and recovers by itself when it is back. */
class UnavailableIT {

    @Test
    void aLostDatabaseIsA503AndTheServiceRecoversWhenItReturns() throws IOException {
        Path home = Files.createTempDirectory("techgraph-unavailable");
        EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, null, Map.of());
        int port = db.boltPort();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", db.boltUri(), "techgraph.sample-corpus", "false", "micronaut.server.port", "-1"))) {
            Http http = new Http(server.getURL().toString(), server.getApplicationContext().getBean(JsonMapper.class));
            assertThat(http.get("/api/stats").status()).isEqualTo(200);
            db.close();
            var down = http.get("/api/stats");
            ApiIT.assertError(down, 503);
            assertThat(down.json().get("error").getStringValue()).isEqualTo("database_unavailable");
            ApiIT.assertError(http.cypher("MATCH (n) RETURN n"), 503);
            db = EmbeddedNeo4j.start(home, port, null, Map.of());
            assertThat(http.get("/api/stats").status()).isEqualTo(200);
        } finally {
            db.close();
        }
    }
}
