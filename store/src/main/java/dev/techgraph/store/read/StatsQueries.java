package dev.techgraph.store.read;

/**
 * Counts by kind and relationship type, documents, sentences and the most connected entities. Only the fact
 * types are named in patterns: an entity's MENTIONS grow with the corpus (a popular one has millions), while
 * its facts do not, and Neo4j answers a typed degree from its counts without reading relationships.
 */
public final class StatsQueries {

    private StatsQueries() {
    }

    public static final String STATS = """
            CALL () { MATCH (e:Entity) WITH e.kind AS kind, count(*) AS n RETURN collect([kind, n]) AS kinds }
            CALL () { MATCH (:Entity)-[r:%1$s]->(:Entity) WITH type(r) AS type, count(*) AS n RETURN collect([type, n]) AS types }
            CALL () { MATCH (d:Document) RETURN count(d) AS documents }
            CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
            CALL () {
              MATCH (e:Entity) WHERE NOT e:UseCase AND NOT e:Trait
              WITH e, COUNT { (e)-[:%1$s]-() } AS degree
              ORDER BY degree DESC, e.name LIMIT 10
              RETURN collect({name: e.name, kind: e.kind, degree: degree}) AS mostConnected
            }
            RETURN kinds, types, documents, sentences, mostConnected
            """.formatted(PathQueries.TYPES);
}
