package dev.techgraph.api.similar;

import dev.techgraph.store.read.SimilarQueries;
import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.api.provenance.FactStance;
import dev.techgraph.api.system.Graph;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The similarity query, shared with /api/ask ("alternatives to X"). */
@Singleton
public final class Similarity {

    public static final String SIMILAR = SimilarQueries.SIMILAR;

    /**
     * A similar technology: the use cases, traits, languages and runtimes it shares (most specific first),
     * its own facts to them with their stance, and the similarity score.
     */
    @Serdeable
    public record Item(String name, String kind, List<String> shared, List<FactStance> facts, double score) {
    }

    @Serdeable
    public record Items(List<Item> items) {
    }

    private final Graph graph;
    private final EntityLookup lookup;

    Similarity(Graph graph, EntityLookup lookup) {
        this.graph = graph;
        this.lookup = lookup;
    }

    /** Technologies like the named one; {@code sameKind} keeps only its kind (alternatives). */
    public Items similarTo(String name, int limit, boolean sameKind) {
        EntityLookup.Found found = lookup.require(name, null);
        return new Items(graph.read(SIMILAR, params(found, limit, sameKind)).stream().map(r -> new Item(
                r.get("name").asString(), r.get("kind").asString(),
                r.get("shared").asList(v -> v.asString(""), List.of()), FactStance.list(r.get("facts")),
                r.get("score").asNumber().doubleValue())).toList());
    }

    public static Map<String, Object> params(EntityLookup.Found found, int limit, boolean sameKind) {
        return Map.of("kind", found.kind(), "key", found.key(), "limit", limit, "sameKind", sameKind);
    }
}
