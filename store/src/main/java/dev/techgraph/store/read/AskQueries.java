package dev.techgraph.store.read;

import dev.techgraph.model.RelationType;

/**
 * The reviewed queries behind /api/ask that no other feature owns.
 */
public final class AskQueries {

    private AskQueries() {
    }

    /** Facts of one type from or to an entity, of one polarity; one constant query per type and direction. */
    public static String relation(RelationType type, boolean incoming) {
        String pattern = type.symmetric() ? "(e)-[r:%s]-(o:Entity)"
                : incoming ? "(e)<-[r:%s]-(o:Entity)" : "(e)-[r:%s]->(o:Entity)";
        return """
                MATCH (e:Entity {kind: $kind, key: $key})
                MATCH %s
                WHERE r.polarity = $polarity AND ($otherKind IS NULL OR $otherKind IN labels(o))
                RETURN o.name AS name, o.kind AS kind, r.weight AS score, %s AS evidence
                ORDER BY score DESC, name
                LIMIT 100
                """.formatted(pattern.formatted(type.name()), EvidenceQueries.cypher("[r.fact]"));
    }

    /** Tools that compile to the target language and take the source language (written in it, or said so). */
    public static final String COMPILES = """
            MATCH (src:Entity {kind: $fromKind, key: $fromKey}), (dst:Entity {kind: $toKind, key: $toKey})
            MATCH (t:Entity)-[r:COMPILES_TO]->(dst)
            WHERE r.polarity = 'positive'
              AND (EXISTS { MATCH (t)-[w:WRITTEN_IN]->(src) WHERE w.polarity = 'positive' }
                   OR EXISTS { MATCH (:Fact {id: r.fact})<-[:STATES]-(:Sentence)-[:MENTIONS]->(src) })
            RETURN t.name AS name, t.kind AS kind, r.weight AS score, %s AS evidence
            ORDER BY score DESC, name
            """.formatted(EvidenceQueries.cypher("[r.fact]"));
}
