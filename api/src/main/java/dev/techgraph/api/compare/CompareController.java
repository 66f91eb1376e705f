package dev.techgraph.api.compare;

import dev.techgraph.store.read.CompareQueries;
import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.provenance.Evidence;
import dev.techgraph.api.provenance.FactStance;
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

    /**
     * One side. The name lists hold what the documents settle ({@code suitedFor}, {@code traits}: supported
     * and not only on a condition; {@code notSuitedFor}, {@code negativeTraits}: denied); {@code facts} gives
     * every use case and trait with its stance; {@code contested} and {@code conditional} come apart, with
     * the sentences of both sides.
     */
    @Serdeable
    public record Side(String name, String kind, List<String> suitedFor, List<String> notSuitedFor,
                       List<String> traits, List<String> negativeTraits, List<String> writtenInIt,
                       List<FactStance> facts, List<Disputed> contested, List<Disputed> conditional) {
    }

    /** A fact not plainly settled, with its stance and the sentences for ({@code evidence}) and against. */
    @Serdeable
    public record Disputed(FactStance stance, List<Evidence> evidence, List<Evidence> against) {

        static List<Disputed> list(org.neo4j.driver.Value value) {
            return value.asList(v -> new Disputed(FactStance.of(v), Evidence.list(v.get("evidence")),
                    Evidence.list(v.get("against"))), List.of());
        }
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
                sorted(r.get("writtenInIt")), FactStance.list(r.get("facts")), Disputed.list(r.get("contested")),
                Disputed.list(r.get("conditional")));
    }

    private static List<String> sorted(org.neo4j.driver.Value list) {
        return new ArrayList<>(new TreeSet<>(list.asList(v -> v.asString(""), List.of())));
    }

    private static List<String> common(List<String> x, List<String> y) {
        return x.stream().filter(y::contains).toList();
    }
}
