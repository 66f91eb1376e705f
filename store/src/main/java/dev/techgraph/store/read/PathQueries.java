package dev.techgraph.store.read;

import dev.techgraph.model.RelationType;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Shortest chains of facts between two entities, each step with its evidence. */
public final class PathQueries {

    private PathQueries() {
    }

    /** Relationship types a path may use: every fact type of the model, from the enum. */
    public static final String TYPES = Arrays.stream(RelationType.values()).map(Enum::name)
            .collect(Collectors.joining("|"));

    /** One query per hop count: a variable-length bound must be a literal, and here it is an int. */
    public static String query(int max) {
        return """
                MATCH (a:Entity {kind: $fromKind, key: $fromKey}), (b:Entity {kind: $toKind, key: $toKey})
                MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
                WITH p LIMIT 5
                RETURN [r IN relationships(p) | {from: startNode(r).name, type: type(r), to: endNode(r).name,
                        polarity: r.polarity, evidence: %s}] AS steps
                """.formatted(TYPES, max, EvidenceQueries.cypher("[r.fact]"));
    }
}
