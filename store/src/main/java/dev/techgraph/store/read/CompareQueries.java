package dev.techgraph.store.read;

/**
 * Two technologies side by side, and the sentences that weigh them.
 */
public final class CompareQueries {

    private CompareQueries() {
    }

    /** One side: what the texts say about it, positive and negative apart. */
    public static final String SIDE = """
            MATCH (e:Entity {kind: $kind, key: $key})
            RETURN e.name AS name, e.kind AS kind,
                   [(e)-[r:SUITED_FOR]->(u) WHERE r.polarity = 'positive' | u.name] AS suitedFor,
                   [(e)-[r:SUITED_FOR]->(u) WHERE r.polarity = 'negative' | u.name] AS notSuitedFor,
                   [(e)-[r:HAS_TRAIT]->(x) WHERE r.polarity = 'positive' | x.name] AS traits,
                   [(e)-[r:HAS_TRAIT]->(x) WHERE r.polarity = 'negative' | x.name] AS negativeTraits,
                   [(w)-[r:WRITTEN_IN]->(e) WHERE r.polarity = 'positive' | w.name] AS writtenInIt
            """;

    /** Sentences comparing the two: COMPARED_WITH evidence first, then sentences that mention both. */
    public static final String COMPARISONS = """
            MATCH (a:Entity {kind: $aKind, key: $aKey}), (b:Entity {kind: $bKind, key: $bKey})
            WITH a, b, [(a)-[c:COMPARED_WITH]-(b) | c.fact] AS facts
            WITH a, b, %2$s AS stated
            WITH a, b, stated, [x IN stated | x.sentenceId] AS statedIds
            CALL (a, b, statedIds) {
                // only when the stated comparisons leave room: the sentences naming both are not counted
                WITH a, b, statedIds WHERE size(statedIds) < %1$d
                MATCH (a)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b) WHERE NOT s.id IN statedIds
                MATCH (d:Document)-[:HAS_SENTENCE]->(s)
                WITH d, s LIMIT %1$d
                RETURN collect({document: d.title, documentId: d.id, sentenceId: s.id, sentence: s.text}) AS more
            }
            RETURN (stated + more)[0..%1$d] AS evidence
            """.formatted(EvidenceQueries.MAX, EvidenceQueries.cypher("facts"));
}
