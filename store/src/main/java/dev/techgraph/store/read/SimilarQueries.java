package dev.techgraph.store.read;

/**
 * Alternatives to a technology by the facts it shares with them.
 */
public final class SimilarQueries {

    private SimilarQueries() {
    }

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
}
