package dev.techgraph.api.graph;

import dev.techgraph.api.error.StandardErrors;
import dev.techgraph.store.read.GraphQueries;
import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.system.Params;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/graph}: entities and facts for drawing, at most {@code limit} nodes: the most mentioned
 * ones, or those within {@code depth} hops of a focus entity. Node ids are {@code <Kind>:<key>}.
 */
@StandardErrors
@Controller("/api/graph")
public class GraphController {

    static final int MAX_DEPTH = 3;


    static final String TOP = GraphQueries.TOP;

    static String focused(int depth) {
        return GraphQueries.focused(depth);
    }

    private static final String[] FOCUSED = new String[MAX_DEPTH + 1];

    static {
        for (int d = 0; d <= MAX_DEPTH; d++) {
            FOCUSED[d] = focused(d);
        }
    }

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

    private final Graph graph;
    private final EntityLookup lookup;

    GraphController(Graph graph, EntityLookup lookup) {
        this.graph = graph;
        this.lookup = lookup;
    }

    /**
     * The graph in Cytoscape's element format.
     *
     * @param kind     only entities of this kind, or of these comma-separated kinds (the focus is always kept)
     * @param focus    an entity name or alias to centre on
     * @param depth    hops from the focus, 0-3 (default 1)
     * @param limit    at most this many nodes, 1-2000 (default 300)
     * @param types    comma-separated relationship types to follow and draw (default all)
     * @param polarity only facts of this polarity (default both)
     */
    @Get
    GraphView graph(@Nullable @QueryValue String kind, @Nullable @QueryValue String focus,
                    @Nullable @QueryValue Integer depth, @Nullable @QueryValue Integer limit,
                    @Nullable @QueryValue String types, @Nullable @QueryValue String polarity) {
        Map<String, Object> params = params(kind, limit, types, polarity);
        String query = TOP;
        String wanted = Params.text("focus", focus, EntityLookup.MAX_NAME);
        if (wanted != null) {
            int d = depth == null ? 1 : depth;
            if (d < 0 || d > MAX_DEPTH) {
                throw ApiException.badRequest("depth must be between 0 and " + MAX_DEPTH + ", was " + d, List.of());
            }
            EntityLookup.Found f = lookup.require(wanted, null);
            params.put("focusKind", f.kind());
            params.put("focusKey", f.key());
            query = FOCUSED[d];
        }
        var row = graph.readOne(query, params);
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

    /**
     * The parameters of the overview query ({@link GraphQueries#TOP}) from the request's values; a focused
     * graph adds the focus to them. Also what the start-up plans ahead with, so its plan is the one looked up.
     */
    public static Map<String, Object> params(String kind, Integer limit, String types, String polarity) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kinds(kind));
        params.put("limit", Params.limit(limit, 300, 2000));
        params.put("types", types(types));
        Polarity p = Params.polarity(polarity, null);
        params.put("polarity", p == null ? null : p.value());
        return params;
    }

    /** Kind labels of a comma-separated list, null for all. */
    private static List<String> kinds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            Kind k = Params.kind(part);
            if (k != null) {
                out.add(k.label());
            }
        }
        return out.isEmpty() ? null : new ArrayList<>(out);
    }

    private static List<String> types(String text) {
        if (text == null || text.isBlank()) {
            return Arrays.stream(RelationType.values()).map(Enum::name).toList();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            out.add(RelationType.parse(part).orElseThrow(() -> ApiException.badRequest(
                    "unknown relationship type '" + Params.shorten(part.strip()) + "'",
                    List.of("types are " + Arrays.toString(RelationType.values())))).name());
        }
        return new ArrayList<>(out);
    }
}
