package dev.techgraph.store.read;

/**
 * Entities: one entity with its facts grouped by type and direction, its header.
 */
public final class EntityQueries {

    private EntityQueries() {
    }

    /** How many facts of one group (type and direction) an entity page shows when the caller names no limit. */
    public static final int PER_GROUP = 25;

    /**
     * The fact types are named in the patterns, so the growing MENTIONS into the entity are never read. Each
     * group keeps its {@code $perGroup} heaviest facts and says how many it has in all; evidence is read only
     * for the facts kept, so a popular entity's page costs a bounded number of evidence reads.
     */
    public static final String ENTITY = """
            MATCH (e:Entity {kind: $kind, key: $key})
            CALL (e) {
              MATCH (e)-[r:%1$s]->(o:Entity)
              RETURN type(r) AS type, 'out' AS direction, r, o
              UNION ALL
              MATCH (e)<-[r:%1$s]-(o:Entity)
              RETURN type(r) AS type, CASE WHEN type(r) IN $symmetric THEN 'out' ELSE 'in' END AS direction, r, o
            }
            WITH type, direction, r, o ORDER BY r.weight DESC, o.name
            WITH type, direction, count(*) AS total, collect({r: r, o: o})[0..$perGroup] AS kept
            UNWIND range(0, size(kept) - 1) AS rank
            WITH type, direction, total, rank, kept[rank].r AS r, kept[rank].o AS o
            ORDER BY type, direction, rank
            WITH type, direction, total,
                 collect({other: {name: o.name, kind: o.kind}, polarity: r.polarity, qualifier: r.qualifier,
                          weight: r.weight, rules: r.rules, stance: %3$s, evidence: %2$s}) AS relationships
            ORDER BY type, direction
            RETURN collect({type: type, direction: direction, total: total, relationships: relationships}) AS groups
            """.formatted(PathQueries.TYPES, EvidenceQueries.cypher("[r.fact]"), Stance.of("r"));

    public static final String HEADER = """
            MATCH (e:Entity {kind: $kind, key: $key})
            RETURN e.name AS name, e.kind AS kind, e.key AS key, e.aliases AS aliases, e.mentions AS mentions
            """;
}
