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
    void aDatabaseThatIsNotThereAtStartUpIsA503WithoutInternals() throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + port, "techgraph.sample-corpus", "false",
                "micronaut.server.port", "-1", "techgraph.token", "t0ken"))) {
            Http http = new Http(server.getURL().toString(), server.getApplicationContext().getBean(JsonMapper.class));
            for (var r : java.util.List.of(http.get("/api/stats"), http.get("/api/technologies"),
                    http.cypher("MATCH (n) RETURN n"), http.get("/api/documents"))) {
                ApiIT.assertError(r, 503);
                assertThat(r.json().get("error").getStringValue()).isEqualTo("database_unavailable");
                assertThat(r.body()).doesNotContain("Exception", "org.neo4j", "io.micronaut", "bolt://");
            }
            var health = http.get("/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).doesNotContain("Exception", "org.neo4j", "bolt://");
        }
    }

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
