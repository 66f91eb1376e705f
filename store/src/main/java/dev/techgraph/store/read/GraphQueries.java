package dev.techgraph.store.read;

/**
 * Nodes and edges for drawing: the most mentioned entities, or a focus and its neighbours to a depth.
 */
public final class GraphQueries {

    private GraphQueries() {
    }

    public static final String EDGES_AND_RETURN = """
            CALL (nodes) {
              UNWIND nodes AS a
              MATCH (a)-[r]->(b:Entity) WHERE b IN nodes AND type(r) IN $types
                AND ($polarity IS NULL OR r.polarity = $polarity)
              RETURN collect({id: elementId(r), source: a.kind + ':' + a.key, target: b.kind + ':' + b.key,
                              type: type(r), polarity: r.polarity, qualifier: r.qualifier, weight: r.weight}) AS edges
            }
            RETURN [n IN nodes | {id: n.kind + ':' + n.key, name: n.name, kind: n.kind, mentions: n.mentions}] AS nodes,
                   edges, total
            """;

    public static final String TOP = """
            MATCH (e:Entity) WHERE $kind IS NULL OR any(l IN labels(e) WHERE l IN $kind)
            WITH e ORDER BY e.mentions DESC, e.name
            WITH collect(e) AS ranked
            WITH ranked[0..$limit] AS nodes, size(ranked) AS total
            """ + EDGES_AND_RETURN;

    /**
     * Per depth (a literal int in the pattern): the focus and its neighbours, nearest first. The pattern
     * names the fact types (from the enum), so the walk never enters the growing lexical graph (MENTIONS).
     */
    public static String focused(int depth) {
        return """
                MATCH (f:Entity {kind: $focusKind, key: $focusKey})
                MATCH p = (f)-[rels:%s*0..%d]-(n:Entity)
                WHERE all(r IN rels WHERE type(r) IN $types AND ($polarity IS NULL OR r.polarity = $polarity))
                  AND (n = f OR $kind IS NULL OR any(l IN labels(n) WHERE l IN $kind))
                WITH n, min(length(p)) AS distance
                ORDER BY distance, n.mentions DESC, n.name
                WITH collect(n) AS ranked
                WITH ranked[0..$limit] AS nodes, size(ranked) AS total
                """.formatted(PathQueries.TYPES, depth) + EDGES_AND_RETURN;
    }
}
