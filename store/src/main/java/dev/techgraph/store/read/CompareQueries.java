package dev.techgraph.store.read;

/**
 * Two technologies side by side, and the sentences that weigh them.
 */
public final class CompareQueries {

    private CompareQueries() {
    }

    /**
     * One side: its use cases and traits by {@link Stance} (supported and firm, denied; contested and only
     * conditional apart with the sentences of both sides), and what is written in it (supported).
     */
    public static final String SIDE = """
            MATCH (e:Entity {kind: $kind, key: $key})
            CALL (e) {
              MATCH (e)-[r:SUITED_FOR|HAS_TRAIT]->(x:Entity)
              WITH type(r) AS type, x, collect(r) AS pair
              WITH type, x, pair[0] AS r0, [p IN pair WHERE p.polarity = 'positive'][0] AS pos,
                   [p IN pair WHERE p.polarity = 'negative'][0] AS neg
              WITH type, x, pos, neg, %1$s AS stance
              ORDER BY stance.score DESC, x.name
              RETURN collect(stance {.*, type: type, subject: e.name, object: x.name,
                                     qualifier: coalesce(pos.qualifier, neg.qualifier), own: pos.fact, other: neg.fact}) AS facts
            }
            RETURN e.name AS name, e.kind AS kind,
                   [f IN facts WHERE f.type = 'SUITED_FOR' AND f.verdict = 'supported' AND NOT f.conditional | f.object] AS suitedFor,
                   [f IN facts WHERE f.type = 'SUITED_FOR' AND f.verdict = 'denied' | f.object] AS notSuitedFor,
                   [f IN facts WHERE f.type = 'HAS_TRAIT' AND f.verdict = 'supported' AND NOT f.conditional | f.object] AS traits,
                   [f IN facts WHERE f.type = 'HAS_TRAIT' AND f.verdict = 'denied' | f.object] AS negativeTraits,
                   [(w)-[r:WRITTEN_IN]->(e) WHERE r.polarity = 'positive' AND %2$s.verdict = 'supported' | w.name] AS writtenInIt,
                   facts,
                   [f IN facts WHERE f.verdict = 'contested' | f {.*, evidence: %3$s, against: %4$s}] AS contested,
                   [f IN facts WHERE f.verdict = 'supported' AND f.conditional | f {.*, evidence: %3$s, against: %4$s}] AS conditional
            """.formatted(Stance.of("r0"), Stance.of("r"),
            EvidenceQueries.cypher("[x IN [f.own] WHERE x IS NOT NULL]"),
            EvidenceQueries.cypher("[x IN [f.other] WHERE x IS NOT NULL]"));

    /** Mentions of the rarer side read, at most, when looking for sentences that name both sides. */
    static final int MENTIONS_SCANNED = 2_000;

    /**
     * Sentences comparing the two: COMPARED_WITH evidence first, then sentences that mention both. The second
     * part starts from the side with fewer mentions and reads a bounded number of them, so its cost does not
     * grow with the corpus (a popular name has a mention in every other document).
     */
    public static final String COMPARISONS = """
            MATCH (a:Entity {kind: $aKind, key: $aKey}), (b:Entity {kind: $bKind, key: $bKey})
            WITH a, b, [(a)-[c:COMPARED_WITH]-(b) | c.fact] AS facts
            WITH a, b, %2$s AS stated
            WITH a, b, stated, [x IN stated | x.sentenceId] AS statedIds
            CALL (a, b, statedIds) {
                // only when the stated comparisons leave room: the sentences naming both are not counted
                WITH a, b, statedIds WHERE size(statedIds) < %1$d
                WITH statedIds, CASE WHEN coalesce(a.mentions, 0) <= coalesce(b.mentions, 0) THEN [a, b] ELSE [b, a] END AS ends
                WITH statedIds, ends[0] AS rarer, ends[1] AS other
                CALL (rarer) {
                    MATCH (rarer)<-[:MENTIONS]-(s:Sentence)
                    RETURN DISTINCT s LIMIT %3$d
                }
                WITH s, other WHERE NOT s.id IN statedIds AND EXISTS { (s)-[:MENTIONS]->(other) }
                MATCH (d:Document)-[:HAS_SENTENCE]->(s)
                WITH d, s LIMIT %1$d
                RETURN collect({document: d.title, documentId: d.id, sentenceId: s.id, sentence: s.text}) AS more
            }
            RETURN (stated + more)[0..%1$d] AS evidence
            """.formatted(EvidenceQueries.MAX, EvidenceQueries.cypher("facts"), MENTIONS_SCANNED);
}
