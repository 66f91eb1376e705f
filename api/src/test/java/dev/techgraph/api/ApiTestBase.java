package dev.techgraph.api;

import dev.techgraph.store.testing.Neo4jExtension;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The service under test on a random port, against the shared test Neo4j holding the {@link Fixture}.
 * Subclasses are {@code @MicronautTest} classes; each gets one application context for all its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestBase implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper mapper;

    Http http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>();
        props.put("neo4j.uri", Neo4jExtension.boltUri());
        props.put("techgraph.sample-corpus", "false");
        props.put("techgraph.cypher.timeout", "2s");
        props.putAll(extraProperties());
        return props;
    }

    /** Further properties of a subclass's context. */
    Map<String, String> extraProperties() {
        return Map.of();
    }

    @BeforeAll
    void startClient() {
        Fixture.load();
        http = new Http(server.getURL().toString(), mapper);
    }

    /** Nodes and relationships in the database, to show a request changed nothing. */
    static long[] counts() {
        var row = Neo4jExtension.driver().executableQuery(
                "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels")
                .execute().records().get(0);
        return new long[] {row.get("nodes").asLong(), row.get("rels").asLong()};
    }
}
