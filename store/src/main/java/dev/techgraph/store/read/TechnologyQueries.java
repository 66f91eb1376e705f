package dev.techgraph.store.read;

/**
 * Technologies by kind, use case (with narrower ones) and free text, scored by net document support ({@link Stance}).
 */
public final class TechnologyQueries {

    private TechnologyQueries() {
    }

    /**
     * Technologies with SUITED_FOR facts to the use cases or anything narrower, in three lists by the facts'
     * {@link Stance}: the plain answers ({@code items}, paged, {@code total} of them), and apart the
     * {@code contested} and the only {@code conditional} ones (the first {@code $limit} of each). A
     * technology is in the best list any of its facts reaches, scored by its best fact there.
     */
    public static final String SUITED_FOR = """
            MATCH (u:UseCase) WHERE u.key IN $useCases
            MATCH (n:UseCase)-[:PART_OF*0..4]->(u)
            WITH DISTINCT n
            MATCH (t:Entity)-[r:SUITED_FOR]->(n)
            WHERE ($kind IS NULL OR $kind IN labels(t))
              AND ($q IS NULL OR toLower(t.name) CONTAINS $q OR any(a IN t.aliases WHERE toLower(a) CONTAINS $q))
            WITH t, n, collect(r) AS pair
            %1$s
            WITH t, n, own, other, stance, list, rank ORDER BY rank DESC, n.name
            WITH t, collect(stance {.*, type: 'SUITED_FOR', subject: t.name, object: n.name, list: list, rank: rank,
                                    qualifier: own.qualifier, own: own.fact, other: other.fact}) AS found
            WITH t, CASE WHEN any(f IN found WHERE f.list = 'plain') THEN 'plain'
                         WHEN any(f IN found WHERE f.list = 'conditional') THEN 'conditional'
                         ELSE 'contested' END AS list, found
            WITH t, list, [f IN found WHERE f.list = list] AS facts
            ORDER BY facts[0].rank DESC, t.name
            WITH collect({name: t.name, kind: coalesce($kind, t.kind), kinds: [l IN labels(t) WHERE l <> 'Entity'],
                          list: list, score: facts[0].score, verdict: facts[0].verdict, facts: facts}) AS rows
            WITH [x IN rows WHERE x.list = 'plain'] AS plain, [x IN rows WHERE x.list = 'contested'] AS contested,
                 [x IN rows WHERE x.list = 'conditional'] AS conditional
            // the rows shown, with their evidence read in one place: each evidence subquery is planned apart,
            // and planning is what a fresh service spends its first second of this query on
            WITH size(plain) AS total,
                 [row IN plain[$offset..($offset + $limit)] + contested[0..$limit] + conditional[0..$limit] | %2$s] AS shown
            RETURN total, [x IN shown WHERE x.list = 'plain'] AS items,
                   [x IN shown WHERE x.list = 'contested'] AS contested,
                   [x IN shown WHERE x.list = 'conditional'] AS conditional
            """.formatted(Stance.classify("t, n", "pair"), Stance.withEvidence("row"));

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
