package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The read-only Cypher console: reads work, every kind of write or escape is refused, limits hold. */
@MicronautTest
class CypherIT extends ApiTestBase {

    /** Writes, schema and admin commands, file access and procedures, in many disguises. */
    static final List<String> ATTACKS = List.of(
            "CREATE (n:Evil) RETURN n",
            "create (n:Evil)",
            "MATCH (n) DETACH DELETE n",
            "MATCH (n:Entity) SET n.name = 'pwned'",
            "MATCH (n:Entity) SET n += {evil: true}",
            "MATCH (n:Entity) REMOVE n.name",
            "MATCH (n:Entity) REMOVE n:Entity",
            "MERGE (n:Evil {x: 1})",
            "/* harmless? */ CrEaTe (:Evil)",
            "// comment\nCREATE (:Evil)",
            "MATCH (n) RETURN count(n); CREATE (:Evil)",
            "MATCH (n) WITH n LIMIT 1 CREATE (:Evil)",
            "CALL () { CREATE (:Evil) } RETURN 1",
            "CALL { CREATE (:Evil) } RETURN 1",
            "MATCH (n:Entity) CALL (n) { SET n.evil = true } IN TRANSACTIONS",
            "FOREACH (i IN [1, 2] | CREATE (:Evil))",
            "USING PERIODIC COMMIT LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:Evil {l: l[0]})",
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line",
            "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
            "CALL db.clearQueryCaches()",
            "CALL db.createLabel('Evil')",
            "CALL db.createProperty('evil')",
            "CALL apoc.create.node(['Evil'], {})",
            "CALL db.labels() YIELD label CREATE (:Evil {l: label})",
            "CALL dbms.killQueries(['query-1'])",
            "SHOW USERS",
            "SHOW TRANSACTIONS",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "CREATE DATABASE evil",
            "CREATE INDEX evil FOR (n:Evil) ON (n.x)",
            "DROP CONSTRAINT entity_kind_key",
            "DROP INDEX entity_name",
            "USE system SHOW USERS",
            "USE system CREATE USER evil SET PASSWORD 'evilevil'",
            "USE neo4j CREATE (:Evil)",
            "\uFF23\uFF32\uFF25\uFF21\uFF34\uFF25 (:Evil)",
            "CREATE\u00A0(:Evil)",
            "EXPLAIN CREATE (:Evil)",
            "PROFILE CREATE (:Evil)");

    @Test
    void writesSchemaAdminFileAndProcedureAttacksAreRefusedAndTheGraphIsUnchanged() {
        long[] before = counts();
        for (String attack : ATTACKS) {
            var r = http.cypher(attack);
            assertThat(r.status()).as(attack + " → " + r.body()).isIn(400, 403);
            ApiIT.assertError(r, r.status());
        }
        assertThat(counts()).isEqualTo(before);
        var evil = http.cypher("MATCH (n) WHERE n:Evil OR n.evil IS NOT NULL OR n.name = 'pwned' RETURN count(n)");
        assertThat(evil.json().get("rows").get(0).get(0).getLongValue()).isZero();
    }

    @Test
    void plainWritesAreAFourOhThreeWithAMessage() {
        for (String attack : List.of("CREATE (n:Evil) RETURN n", "MATCH (n) DETACH DELETE n",
                "CALL () { CREATE (:Evil) } RETURN 1", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
                "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "CALL db.clearQueryCaches()",
                "CREATE INDEX evil FOR (n:Evil) ON (n.x)", "SHOW USERS")) {
            var r = http.cypher(attack);
            assertThat(r.status()).as(attack + " → " + r.body()).isEqualTo(403);
            assertThat(r.json().get("error").getStringValue()).isEqualTo("forbidden");
        }
    }

    @Test
    void readsReturnColumnsRowsAndNodesAsJson() {
        var r = http.post("/api/cypher", "application/json",
                "{\"query\": \"MATCH (t:Entity {key: $key}) RETURN t, t.name AS name\", \"params\": {\"key\": \"django\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("columns").get(1).getStringValue()).isEqualTo("name");
        var node = r.json().get("rows").get(0).get(0);
        assertThat(node.get("_type").getStringValue()).isEqualTo("node");
        assertThat(node.get("labels").get(0).getStringValue()).isNotBlank();
        assertThat(node.get("properties").get("name").getStringValue()).isEqualTo("Django");
        assertThat(r.json().get("truncated").getBooleanValue()).isFalse();
        var rel = http.cypher("MATCH (:Entity)-[r:WRITTEN_IN]->(:Entity) RETURN r LIMIT 1");
        assertThat(rel.json().get("rows").get(0).get(0).get("_type").getStringValue()).isEqualTo("relationship");
        assertThat(http.cypher("CALL db.labels()").status()).isEqualTo(200);
    }

    @Test
    void hugeResultsAreCutAtTheRowCap() {
        var r = http.cypher("UNWIND range(1, 5000) AS x RETURN x");
        assertThat(r.json().get("rows").size()).isEqualTo(1000);
        assertThat(r.json().get("truncated").getBooleanValue()).isTrue();
    }

    @Test
    void slowAndGreedyQueriesAreStoppedWithAJsonError() {
        var slow = http.cypher("MATCH (a), (b), (c), (d) WHERE a.mentions + b.mentions + c.mentions + d.mentions < 0 RETURN count(*)");
        ApiIT.assertError(slow, 422);
        assertThat(slow.json().get("error").getStringValue()).isEqualTo("query_timeout");
        var greedy = http.cypher("UNWIND range(1, 40000000) AS x RETURN size(collect(x)) AS n");
        ApiIT.assertError(greedy, 422);
        assertThat(greedy.json().get("error").getStringValue()).isIn("query_too_large", "query_timeout");
    }

    @Test
    void expressionsThatIgnoreTheTimeoutAreRefusedUpFront() {
        for (String runaway : List.of(
                "RETURN reduce(s = '', x IN range(1, 20000000) | s + 'xxxxxxxxxx') AS big",
                "RETURN size(reduce(s = 'x', i IN [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30] | s + s)) AS n",
                "RETURN size([x IN range(1, 2000000000) WHERE x = 0]) AS n",
                "RETURN ReDuCe /* c */ (a = 0, x IN [1] | a + x)")) {
            var r = http.cypher(runaway);
            ApiIT.assertError(r, 400);
            assertThat(r.json().get("message").getStringValue()).containsAnyOf("reduce()", "range()");
        }
        // the same words inside strings are not code, and UNWIND range(...) streams under the timeout
        assertThat(http.cypher("RETURN 'reduce(' + 'range(' AS text").status()).isEqualTo(200);
        assertThat(http.cypher("UNWIND range(1, 3) AS x RETURN x").status()).isEqualTo(200);
    }

    @Test
    void syntaxErrorsAreA400WithNeo4jsMessageAndCode() {
        var r = http.cypher("MATCH (n RETURN n");
        ApiIT.assertError(r, 400);
        assertThat(r.json().get("error").getStringValue()).isEqualTo("invalid_query");
        assertThat(r.json().get("hints").get(0).getStringValue()).contains("Neo.ClientError.Statement.SyntaxError");
        ApiIT.assertError(http.post("/api/cypher", "application/json", "{\"params\": {}}"), 400);
        ApiIT.assertError(http.cypher("x".repeat(30_000)), 400);
    }

    @Test
    void everyQueryOfTheCookbookRunsAsWritten() throws IOException {
        Path cookbook = Path.of("..", "docs", "cypher-cookbook.md");
        Matcher m = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(cookbook));
        List<String> queries = new ArrayList<>();
        while (m.find()) {
            queries.add(m.group(1).strip());
        }
        assertThat(queries).hasSizeGreaterThan(10);
        for (String query : queries) {
            var r = http.cypher(query);
            assertThat(r.status()).as(query + "\n→ " + r.body()).isEqualTo(200);
        }
    }
}
