package dev.techgraph.store.read;

/**
 * Technologies by kind, use case (with narrower ones) and free text, scored by supporting documents.
 */
public final class TechnologyQueries {

    private TechnologyQueries() {
    }

    /** Technologies with SUITED_FOR facts of the asked polarity to the use cases or anything narrower. */
    public static final String SUITED_FOR = """
            MATCH (u:UseCase) WHERE u.key IN $useCases
            MATCH (n:UseCase)-[:PART_OF*0..4]->(u)
            WITH DISTINCT n
            MATCH (t:Entity)-[r:SUITED_FOR]->(n)
            WHERE r.polarity = $polarity AND ($kind IS NULL OR $kind IN labels(t))
              AND ($q IS NULL OR toLower(t.name) CONTAINS $q OR any(a IN t.aliases WHERE toLower(a) CONTAINS $q))
            WITH t, collect(r) AS facts
            WITH t, reduce(s = 0, f IN facts | s + f.weight) AS score, [f IN facts | f.fact] AS factIds
            ORDER BY score DESC, t.name
            WITH collect({name: t.name, kind: coalesce($kind, t.kind), kinds: [l IN labels(t) WHERE l <> 'Entity'],
                          score: score, facts: factIds}) AS rows
            RETURN size(rows) AS total,
                   [row IN rows[$offset..($offset + $limit)] |
                    {name: row.name, kind: row.kind, kinds: row.kinds, score: row.score, evidence: %s}] AS items
            """.formatted(EvidenceQueries.cypher("row.facts"));

    /** Technologies by kind and free text, scored by mentions, citing sentences that mention them. */
    public static final String BY_NAME = """
            MATCH (t:Entity)
            WHERE NOT t:UseCase AND NOT t:Trait AND ($kind IS NULL OR $kind IN labels(t))
              AND ($q IS NULL OR toLower(t.name) CONTAINS $q OR any(a IN t.aliases WHERE toLower(a) CONTAINS $q))
            WITH t ORDER BY t.mentions DESC, t.name
            WITH collect(t) AS rows
            RETURN size(rows) AS total,
                   [t IN rows[$offset..($offset + $limit)] |
                    {name: t.name, kind: coalesce($kind, t.kind), kinds: [l IN labels(t) WHERE l <> 'Entity'],
                     score: t.mentions,
                     evidence: %s}] AS items
            """.formatted(EvidenceQueries.ofSentences("COLLECT { MATCH (s:Sentence)-[:MENTIONS]->(t) RETURN s.id LIMIT 3 }"));
}
