package dev.techgraph.api.stats;

import dev.techgraph.api.error.StandardErrors;
import dev.techgraph.store.read.StatsQueries;
import dev.techgraph.api.system.Graph;
import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import dev.techgraph.store.DiskUsage;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.StoreSettings;
import java.util.List;
import java.util.Map;

/** {@code GET /api/stats}: what the graph holds, by kind and type, and its best-connected technologies. */
@StandardErrors
@Controller("/api/stats")
class StatsController {

    static final String STATS = StatsQueries.STATS;

    @Serdeable
    record Connected(String name, String kind, long degree) {
    }

    @Serdeable
    record Stats(Map<String, Long> entities, Map<String, Long> relationships, long documents, long sentences,
                 List<Connected> mostConnected, Disk disk) {
    }

    /** Disk used by the embedded store: store files and transaction logs; null on a Neo4j server. */
    @Serdeable
    record Disk(long storeBytes, long transactionLogBytes) {
    }

    private final Graph graph;
    private final GraphConnection connection;

    StatsController(Graph graph, GraphConnection connection) {
        this.graph = graph;
        this.connection = connection;
    }

    /** Counts of entities by kind, relationships by type, documents and sentences. */
    @Get
    Stats stats() {
        var row = graph.readOne(STATS, Map.of());
        Map<String, Long> entities = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            entities.put(kind.label(), 0L);
        }
        for (var pair : row.get("kinds").values()) {
            entities.put(pair.get(0).asString(), pair.get(1).asLong());
        }
        Map<String, Long> relationships = new LinkedHashMap<>();
        for (RelationType type : RelationType.values()) {
            relationships.put(type.name(), 0L);
        }
        for (var pair : row.get("types").values()) {
            relationships.put(pair.get(0).asString(), pair.get(1).asLong());
        }
        return new Stats(entities, relationships, row.get("documents").asLong(), row.get("sentences").asLong(),
                row.get("mostConnected").asList(v -> new Connected(v.get("name").asString(),
                        v.get("kind").asString(), v.get("degree").asLong())), disk());
    }

    private Disk disk() {
        if (!connection.embedded()) {
            return null;
        }
        return DiskUsage.of(StoreSettings.fromEnvironment().dataDir())
                .map(d -> new Disk(d.storeBytes(), d.transactionLogBytes())).orElse(null);
    }
}
