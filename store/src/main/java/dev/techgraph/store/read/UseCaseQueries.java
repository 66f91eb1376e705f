package dev.techgraph.store.read;

/**
 * The use-case hierarchy and the use case that best matches a name.
 */
public final class UseCaseQueries {

    private UseCaseQueries() {
    }

    public static final String LIST = """
            MATCH (u:UseCase)
            RETURN u.name AS name, u.aliases AS aliases,
                   head([(u)-[:PART_OF]->(b:UseCase) | b.name]) AS broader,
                   [(u)<-[:PART_OF]-(n:UseCase) | n.name] AS narrower,
                   COUNT { (t:Entity)-[:SUITED_FOR {polarity: 'positive'}]->(u) } AS technologies
            ORDER BY technologies DESC, name
            """;

    public static final String BEST = """
            MATCH (u:UseCase) WHERE u.key IN $useCases
            RETURN u.key AS key, u.name AS name,
                   head([(u)-[:PART_OF]->(b:UseCase) | b.name]) AS broader,
                   [(u)<-[:PART_OF]-(n:UseCase) | n.name] AS narrower
            ORDER BY CASE WHEN u.key = $useCases[0] THEN 0 ELSE 1 END, u.mentions DESC
            LIMIT 1
            """;
}
