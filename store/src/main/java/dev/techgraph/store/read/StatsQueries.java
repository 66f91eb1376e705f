package dev.techgraph.store.read;

/**
 * Counts by kind and relationship type, documents, sentences and the most connected entities.
 */
public final class StatsQueries {

    private StatsQueries() {
    }

    public static final String STATS = """
            CALL () { MATCH (e:Entity) WITH e.kind AS kind, count(*) AS n RETURN collect([kind, n]) AS kinds }
            CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS n RETURN collect([type, n]) AS types }
            CALL () { MATCH (d:Document) RETURN count(d) AS documents }
            CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
            CALL () {
              MATCH (e:Entity) WHERE NOT e:UseCase AND NOT e:Trait
              WITH e, COUNT { (e)--(:Entity) } AS degree
              ORDER BY degree DESC, e.name LIMIT 10
              RETURN collect({name: e.name, kind: e.kind, degree: degree}) AS mostConnected
            }
            RETURN kinds, types, documents, sentences, mostConnected
            """;
}
