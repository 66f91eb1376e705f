package dev.techgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.store.testing.Neo4jExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** V0004 turns a store written with support lists into statements and counters, as the writer keeps them. */
@ExtendWith(Neo4jExtension.class)
class EvidenceMigrationIT {

    @Test
    void shouldTurnSupportListsIntoStatementsAndCounters(Driver driver) throws IOException {
        driver.executableQuery("""
                CREATE (d1:Document {id: 'd1', source: 'a.txt'}), (d2:Document {id: 'd2', source: 'b.txt'})
                CREATE (d1)-[:HAS_SENTENCE]->(s1:Sentence {id: 'd1:0', text: 'Quill is written in Nim.'})
                CREATE (d1)-[:HAS_SENTENCE]->(s2:Sentence {id: 'd1:1', text: 'Quill, in Nim, mostly.'})
                CREATE (d2)-[:HAS_SENTENCE]->(s3:Sentence {id: 'd2:0', text: 'Quill uses Nim.'})
                CREATE (q:Entity:Framework {kind: 'Framework', key: 'quill', name: 'Quill', aliases: ['Quill'], mentions: 3})
                CREATE (n:Entity:Language {kind: 'Language', key: 'nim', name: 'Nim', aliases: ['Nim'], mentions: 3})
                CREATE (s1)-[:MENTIONS {surface: 'Quill'}]->(q), (s2)-[:MENTIONS {surface: 'Quill'}]->(q),
                       (s3)-[:MENTIONS {surface: 'Quill'}]->(q), (s1)-[:MENTIONS {surface: 'Nim'}]->(n),
                       (s2)-[:MENTIONS {surface: 'Nim'}]->(n), (s3)-[:MENTIONS {surface: 'Nim'}]->(n)
                CREATE (q)-[:WRITTEN_IN {polarity: 'positive', weight: 3, evidence: ['d1:0', 'd1:1', 'd2:0'],
                        rules: ['r.a', 'r.b'], qualifier: 'mostly',
                        support: ['d1:0|r.a|', 'd1:1|r.a|mostly', 'd1:1|r.b|mostly', 'd2:0|r.b|']}]->(n)
                """).execute();

        try (InputStream in = Schema.class.getResourceAsStream("/neo4j/migrations/V0004__Evidence_as_statements.cypher")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String statement : Arrays.stream(file.split(";\\s*\\n")).map(String::strip)
                    .filter(st -> !st.isEmpty() && !st.lines().allMatch(l -> l.startsWith("//"))).toList()) {
                driver.executableQuery(statement).execute();
            }
        }

        var r = driver.executableQuery("""
                MATCH (:Framework {key: 'quill'})-[r:WRITTEN_IN]->(:Language {key: 'nim'})
                RETURN r.fact AS fact, r.weight AS weight, r.sentences AS sentences, r.rules AS rules,
                       r.ruleDocs AS ruleDocs, r.qualifier AS qualifier, r.support IS NULL AS dropped,
                       COUNT { (:Fact {id: r.fact})<-[:STATES]-(:Sentence) } AS statements
                """).execute().records().get(0).asMap();
        assertThat(r).containsEntry("fact", "WRITTEN_IN:Framework/quill->Language/nim:positive")
                .containsEntry("weight", 2L).containsEntry("sentences", 3L)
                .containsEntry("rules", java.util.List.of("r.a", "r.b")).containsEntry("ruleDocs", java.util.List.of(1L, 2L))
                .containsEntry("qualifier", "mostly").containsEntry("dropped", true).containsEntry("statements", 3L);
        assertThat(driver.executableQuery("MATCH (e:Entity {key: 'nim'}) RETURN e.aliasCounts AS c").execute()
                .records().get(0).get("c").asList()).containsExactly(3L);
        assertThat(driver.executableQuery("MATCH (:Sentence {id: 'd1:1'})-[st:STATES]->() RETURN st.rules AS r, st.qualifier AS q")
                .execute().records().get(0).asMap()).isEqualTo(Map.of("r", java.util.List.of("r.a", "r.b"), "q", "mostly"));
    }
}
