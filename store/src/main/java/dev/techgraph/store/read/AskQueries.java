package dev.techgraph.store.read;

import dev.techgraph.model.RelationType;

/**
 * The reviewed queries behind /api/ask that no other feature owns.
 */
public final class AskQueries {

    private AskQueries() {
    }

    /**
     * Facts of one type from or to an entity, answered for one polarity by {@link Stance}: the plain answers
     * ({@code items}) and apart the {@code contested} and only {@code conditional} ones, each with the
     * sentences of both sides; one constant query per type and direction.
     */
    public static String relation(RelationType type, boolean incoming) {
        String pattern = type.symmetric() ? "(e)-[r:%s]-(o:Entity)"
                : incoming ? "(e)<-[r:%s]-(o:Entity)" : "(e)-[r:%s]->(o:Entity)";
        return """
                MATCH (e:Entity {kind: $kind, key: $key})
                MATCH %1$s
                WHERE $otherKind IS NULL OR $otherKind IN labels(o)
                WITH e, o, collect(r) AS pair
                %2$s
                ORDER BY rank DESC, o.name
                WITH collect({name: o.name, kind: o.kind, kinds: [l IN labels(o) WHERE l <> 'Entity'], list: list,
                              score: stance.score, verdict: stance.verdict,
                              facts: [stance {.*, type: '%3$s', subject: %4$s.name, object: %5$s.name,
                                              qualifier: own.qualifier, own: own.fact, other: other.fact}]}) AS rows
                RETURN [row IN [x IN rows WHERE x.list = 'plain'][0..100] | %6$s] AS items,
                       [row IN [x IN rows WHERE x.list = 'contested'][0..100] | %6$s] AS contested,
                       [row IN [x IN rows WHERE x.list = 'conditional'][0..100] | %6$s] AS conditional
                """.formatted(pattern.formatted(type.name()), Stance.classify("e, o", "pair"), type.name(),
                incoming ? "o" : "e", incoming ? "e" : "o", Stance.withEvidence("row"));
    }

    /**
     * Whether a technology suits a use case ("is Python good for real-time applications?"): its SUITED_FOR
     * facts to the use cases or narrower ones, the asked use case first, each with its {@link Stance} and the
     * sentences of both sides of the first.
     */
    public static final String STANCE = """
            MATCH (t:Entity {kind: $kind, key: $key})
            CALL (t) {
              MATCH (u:UseCase) WHERE u.key IN $useCases
              MATCH (n:UseCase)-[:PART_OF*0..4]->(u)
              WITH DISTINCT n
              MATCH (t)-[r:SUITED_FOR]->(n)
              WITH n, collect(r) AS pair
              WITH n, pair[0] AS r0, [x IN pair WHERE x.polarity = 'positive'][0] AS own,
                   [x IN pair WHERE x.polarity = 'negative'][0] AS other
              WITH n, own, other, %1$s AS stance
              ORDER BY CASE WHEN n.key = $useCases[0] THEN 0 ELSE 1 END,
                       stance.documentsFor + stance.documentsAgainst DESC, n.name
              RETURN collect(stance {.*, type: 'SUITED_FOR', subject: t.name, object: n.name,
                                     qualifier: coalesce(own.qualifier, other.qualifier), own: own.fact,
                                     other: other.fact}) AS facts
            }
            WITH {name: t.name, kind: t.kind, kinds: [l IN labels(t) WHERE l <> 'Entity'],
                  score: coalesce(facts[0].score, 0), verdict: facts[0].verdict, facts: facts[0..1]} AS row
            RETURN %2$s AS answer
            """.formatted(Stance.of("r0"), Stance.withEvidence("row"));

    /** Tools that compile to the target language and take the source language (written in it, or said so). */
    public static final String COMPILES = """
            MATCH (src:Entity {kind: $fromKind, key: $fromKey}), (dst:Entity {kind: $toKind, key: $toKey})
            MATCH (t:Entity)-[r:COMPILES_TO]->(dst)
            WHERE r.polarity = 'positive' AND %2$s.verdict = 'supported'
              AND (EXISTS { MATCH (t)-[w:WRITTEN_IN]->(src) WHERE w.polarity = 'positive' }
                   OR EXISTS { MATCH (:Fact {id: r.fact})<-[:STATES]-(:Sentence)-[:MENTIONS]->(src) })
            RETURN t.name AS name, t.kind AS kind, %2$s.score AS score, %1$s AS evidence
            ORDER BY score DESC, name
            """.formatted(EvidenceQueries.cypher("[r.fact]"), Stance.of("r"));
}
