package dev.techgraph.api.similar;

import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.api.system.Graph;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The similarity query, shared with /api/ask ("alternatives to X"). */
@Singleton
public final class Similarity {

    /** Positive facts of the same type to the same targets; a same-kind technology scores a bit more. */
    public static final String SIMILAR = """
            MATCH (e:Entity {kind: $kind, key: $key})
            MATCH (e)-[r1:SUITED_FOR|HAS_TRAIT|WRITTEN_IN|RUNS_ON|COMPILES_TO]->(x:Entity)
                  <-[r2:SUITED_FOR|HAS_TRAIT|WRITTEN_IN|RUNS_ON|COMPILES_TO]-(o:Entity)
            WHERE o <> e AND type(r1) = type(r2) AND r1.polarity = 'positive' AND r2.polarity = 'positive'
              AND NOT o:UseCase AND NOT o:Trait
              AND (NOT $sameKind OR o.kind = e.kind OR (o:Framework AND e:Framework))
            WITH e, o, collect(DISTINCT x.name) AS shared
            RETURN o.name AS name, o.kind AS kind, shared,
                   size(shared) + CASE WHEN o.kind = e.kind THEN 0.5 ELSE 0.0 END AS score
            ORDER BY score DESC, name
            LIMIT $limit
            """;

    @Serdeable
    public record Item(String name, String kind, List<String> shared, double score) {
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
                r.get("shared").asList(v -> v.asString(""), List.of()), r.get("score").asDouble())).toList());
    }

    public static Map<String, Object> params(EntityLookup.Found found, int limit, boolean sameKind) {
        return Map.of("kind", found.kind(), "key", found.key(), "limit", limit, "sameKind", sameKind);
    }
}
