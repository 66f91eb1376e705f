package dev.techgraph.api.graph;

import dev.techgraph.api.system.Database;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** {@code GET /api/graph}: entities and facts for drawing, at most {@code limit} nodes. */
@Controller("/api/graph")
class GraphController {

    private static final String GRAPH = """
            MATCH (e:Entity)
            WITH e ORDER BY e.mentions DESC, e.name LIMIT $limit
            WITH collect(e) AS nodes
            CALL (nodes) {
              UNWIND nodes AS a
              MATCH (a)-[r]->(b:Entity) WHERE b IN nodes
              RETURN collect({id: elementId(r), source: elementId(a), target: elementId(b), type: type(r),
                              polarity: r.polarity, qualifier: r.qualifier, weight: r.weight}) AS edges
            }
            RETURN [n IN nodes | {id: elementId(n), name: n.name, kind: n.kind, mentions: n.mentions}] AS nodes,
                   edges, COUNT { (x:Entity) } AS total
            """;

    @Serdeable
    record NodeData(String id, String name, String kind, long mentions) {
    }

    @Serdeable
    record EdgeData(String id, String source, String target, String type, String polarity, String qualifier,
                    long weight) {
    }

    @Serdeable
    record Element<T>(T data) {
    }

    @Serdeable
    record GraphView(List<Element<NodeData>> nodes, List<Element<EdgeData>> edges, long total, boolean truncated) {
    }

    private final Driver driver;
    private final Database database;

    GraphController(Driver driver, Database database) {
        this.driver = driver;
        this.database = database;
    }

    @Get
    GraphView graph(@Nullable @QueryValue Integer limit) {
        int cap = limit == null ? 300 : Math.max(1, Math.min(limit, 5000));
        var row = driver.executableQuery(GRAPH).withParameters(Map.of("limit", cap)).withConfig(database.query())
                .execute().records().get(0);
        List<Element<NodeData>> nodes = row.get("nodes").asList(v -> new Element<>(new NodeData(
                v.get("id").asString(), v.get("name").asString(), v.get("kind").asString(),
                v.get("mentions").asLong(0))));
        List<Element<EdgeData>> edges = row.get("edges").asList(v -> new Element<>(new EdgeData(
                v.get("id").asString(), v.get("source").asString(), v.get("target").asString(),
                v.get("type").asString(), v.get("polarity").asString(null), v.get("qualifier").asString(null),
                v.get("weight").asLong(0))));
        long total = row.get("total").asLong();
        return new GraphView(nodes, edges, total, total > nodes.size());
    }
}
