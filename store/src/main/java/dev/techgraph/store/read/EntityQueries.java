package dev.techgraph.store.read;

/**
 * Entities: one entity with its facts grouped by type and direction, its header.
 */
public final class EntityQueries {

    private EntityQueries() {
    }

    /** The fact types are named in the patterns, so the growing MENTIONS into the entity are never read. */
    public static final String ENTITY = """
            MATCH (e:Entity {kind: $kind, key: $key})
            CALL (e) {
              MATCH (e)-[r:%1$s]->(o:Entity)
              RETURN type(r) AS type, 'out' AS direction, r, o
              UNION ALL
              MATCH (e)<-[r:%1$s]-(o:Entity)
              RETURN type(r) AS type, CASE WHEN type(r) IN $symmetric THEN 'out' ELSE 'in' END AS direction, r, o
            }
            WITH e, type, direction, r, o ORDER BY r.weight DESC, o.name
            WITH e, type, direction,
                 collect({other: {name: o.name, kind: o.kind}, polarity: r.polarity, qualifier: r.qualifier,
                          weight: r.weight, rules: r.rules, stance: %3$s, evidence: %2$s}) AS relationships
            ORDER BY type, direction
            RETURN collect({type: type, direction: direction, relationships: relationships}) AS groups
            """.formatted(PathQueries.TYPES, EvidenceQueries.cypher("[r.fact]"), Stance.of("r"));

    public static final String HEADER = """
            MATCH (e:Entity {kind: $kind, key: $key})
            RETURN e.name AS name, e.kind AS kind, e.key AS key, e.aliases AS aliases, e.mentions AS mentions
            """;
}
