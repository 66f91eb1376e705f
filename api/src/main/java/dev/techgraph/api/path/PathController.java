package dev.techgraph.api.path;

import dev.techgraph.api.error.StandardErrors;
import dev.techgraph.store.read.PathQueries;
import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.provenance.Evidence;
import dev.techgraph.api.system.Graph;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** {@code GET /api/path?from=&to=&max=}: the shortest chains of facts linking two entities. */
@StandardErrors
@Controller("/api/path")
class PathController {

    static final int MAX_HOPS = 6;

    static String query(int max) {
        return PathQueries.query(max);
    }

    private static final String[] QUERIES = new String[MAX_HOPS + 1];

    static {
        for (int i = 1; i <= MAX_HOPS; i++) {
            QUERIES[i] = query(i);
        }
    }

    @Serdeable
    record Step(String from, String type, String to, String polarity, List<Evidence> evidence) {
    }

    @Serdeable
    record Path(List<Step> steps) {
    }

    @Serdeable
    record Paths(List<Path> paths) {
    }

    private final Graph graph;
    private final EntityLookup lookup;

    PathController(Graph graph, EntityLookup lookup) {
        this.graph = graph;
        this.lookup = lookup;
    }

    /**
     * Up to five shortest paths between two entities.
     *
     * @param from a name or alias
     * @param to   another name or alias
     * @param max  longest path in hops, 1-6 (default 4)
     */
    @Get
    Paths path(@Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue Integer max) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw ApiException.badRequest("path needs two names, from and to", List.of("/api/path?from=Django&to=JavaScript"));
        }
        int hops = max == null ? 4 : max;
        if (hops < 1 || hops > MAX_HOPS) {
            throw ApiException.badRequest("max must be between 1 and " + MAX_HOPS + ", was " + hops, List.of());
        }
        EntityLookup.Found a = lookup.require(from, null);
        EntityLookup.Found b = lookup.require(to, null);
        if (a.equals(b)) {
            throw ApiException.badRequest("from and to name the same entity (" + a.name() + ")", List.of());
        }
        var rows = graph.read(QUERIES[hops], Map.of("fromKind", a.kind(), "fromKey", a.key(),
                "toKind", b.kind(), "toKey", b.key()));
        return new Paths(rows.stream().map(r -> new Path(r.get("steps").asList(s -> new Step(
                s.get("from").asString(), s.get("type").asString(), s.get("to").asString(),
                s.get("polarity").asString(null), Evidence.list(s.get("evidence")))))).toList());
    }
}
