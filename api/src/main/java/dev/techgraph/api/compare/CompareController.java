package dev.techgraph.api.compare;

import dev.techgraph.store.read.CompareQueries;
import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.provenance.Evidence;
import dev.techgraph.api.system.Graph;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code GET /api/compare?a=&b=}: two technologies side by side, and the sentences that weigh them. */
@dev.techgraph.api.error.StandardErrors
@Controller("/api/compare")
public class CompareController {

    public static final String SIDE = CompareQueries.SIDE;

    public static final String COMPARISONS = CompareQueries.COMPARISONS;

    @Serdeable
    public record Side(String name, String kind, List<String> suitedFor, List<String> notSuitedFor,
                       List<String> traits, List<String> negativeTraits, List<String> writtenInIt) {
    }

    @Serdeable
    public record Shared(List<String> suitedFor, List<String> traits) {
    }

    @Serdeable
    public record Comparison(Side a, Side b, Shared shared, List<Evidence> comparisons) {
    }

    private final Graph graph;
    private final EntityLookup lookup;

    CompareController(Graph graph, EntityLookup lookup) {
        this.graph = graph;
        this.lookup = lookup;
    }

    /**
     * Compares two entities.
     *
     * @param a a name or alias
     * @param b another name or alias
     */
    @Get
    public Comparison compare(@Nullable @QueryValue String a, @Nullable @QueryValue String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            throw ApiException.badRequest("compare needs two names, a and b", List.of("/api/compare?a=Python&b=JavaScript"));
        }
        EntityLookup.Found left = lookup.require(a, null);
        EntityLookup.Found right = lookup.require(b, null);
        Side sa = side(left);
        Side sb = side(right);
        var evidence = graph.readOne(COMPARISONS, Map.of("aKind", left.kind(), "aKey", left.key(),
                "bKind", right.kind(), "bKey", right.key()));
        return new Comparison(sa, sb, new Shared(common(sa.suitedFor(), sb.suitedFor()),
                common(sa.traits(), sb.traits())), Evidence.list(evidence.get("evidence")));
    }

    private Side side(EntityLookup.Found found) {
        var r = graph.readOne(SIDE, Map.of("kind", found.kind(), "key", found.key()));
        return new Side(r.get("name").asString(), r.get("kind").asString(), sorted(r.get("suitedFor")),
                sorted(r.get("notSuitedFor")), sorted(r.get("traits")), sorted(r.get("negativeTraits")),
                sorted(r.get("writtenInIt")));
    }

    private static List<String> sorted(org.neo4j.driver.Value list) {
        return new ArrayList<>(new TreeSet<>(list.asList(v -> v.asString(""), List.of())));
    }

    private static List<String> common(List<String> x, List<String> y) {
        return x.stream().filter(y::contains).toList();
    }
}
