package dev.techgraph.store.read;

/**
 * Alternatives to a technology by the facts it shares with them.
 */
public final class SimilarQueries {

    private SimilarQueries() {
    }

    /** How much more a technology of the same kind (a Runtime counts as a Framework) scores. */
    public static final double SAME_KIND = 1.5;

    /**
     * How much a shared trait counts against a shared use case, language or runtime: what a technology is
     * for says more about what can replace it than what it is like ("high performance").
     */
    public static final double TRAIT_WEIGHT = 0.5;

    /**
     * Technologies that share supported facts of the same type to the same use cases, traits, languages and
     * runtimes (both sides {@code supported} by {@link Stance}). Each shared target weighs by how specific it
     * is, like IDF: log(technologies / technologies holding it), so a shared niche use case ("mobile
     * development") counts far more than a trait many have ("high performance"); traits count
     * {@link #TRAIT_WEIGHT} of that. A technology of the
     * same kind scores {@link #SAME_KIND} times more. Costs the targets' in-degrees, as any overlap does.
     */
    public static final String SIMILAR = """
            MATCH (e:Entity {kind: $kind, key: $key})
            // counts from the count store, zero when a label has no node yet
            WITH e, COUNT { (:Entity) } - COUNT { (:UseCase) } - COUNT { (:Trait) } AS technologies
            MATCH (e)-[r1:SUITED_FOR|HAS_TRAIT|WRITTEN_IN|RUNS_ON|COMPILES_TO]->(x:Entity)
            WHERE r1.polarity = 'positive' AND %1$s.verdict = 'supported'
            CALL (x, r1) {
              MATCH (x)<-[r2:SUITED_FOR|HAS_TRAIT|WRITTEN_IN|RUNS_ON|COMPILES_TO]-(o:Entity)
              WHERE type(r2) = type(r1) AND r2.polarity = 'positive' AND NOT o:UseCase AND NOT o:Trait
              WITH o, r2, %2$s AS stance
              WHERE stance.verdict = 'supported'
              RETURN collect({o: o, stance: stance {.*, type: type(r2), subject: o.name, object: x.name,
                                                    qualifier: r2.qualifier}}) AS holders
            }
            WITH e, x, holders, log(toFloat(technologies + 1) / size(holders))
                 * CASE type(r1) WHEN 'HAS_TRAIT' THEN %4$s ELSE 1.0 END AS specificity
            UNWIND holders AS h
            WITH e, x, specificity, h.o AS o, h.stance AS stance
            WHERE o <> e AND (NOT $sameKind OR o.kind = e.kind OR (o:Framework AND e:Framework))
            WITH e, o, x, specificity, stance ORDER BY specificity DESC, x.name
            WITH e, o, sum(specificity) AS overlap, collect(x.name) AS shared, collect(stance) AS facts
            WITH o, shared, facts,
                 overlap * CASE WHEN o.kind = e.kind OR (o:Framework AND e:Framework) THEN %3$s ELSE 1.0 END AS score
            RETURN o.name AS name, o.kind AS kind, shared, facts, round(score, 3) AS score
            ORDER BY score DESC, name
            LIMIT $limit
            """.formatted(Stance.of("r1"), Stance.of("r2"), SAME_KIND, TRAIT_WEIGHT);
}
