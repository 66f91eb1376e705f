package dev.techgraph.api.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parse-time guard of the console: what it refuses, what it lets through, without a database. */
class QueryGuardTest {

    private static void refused(String query, String because) {
        assertThatThrownBy(() -> QueryGuard.check(query)).as(query)
                .isInstanceOf(QueryGuard.Refused.class).hasMessageContaining(because);
    }

    private static void accepted(String query) {
        assertThatCode(() -> assertThat(QueryGuard.check(query).syntaxError()).as(query).isNull())
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseRegularExpressionsWhereverTheyAre() {
        refused("RETURN 'aaaaaaaaaaaaaaaa!' =~ '((a{0,30}){0,30}){0,30}b' AS m", "=~");
        refused("MATCH (n:Entity) WHERE n.name=~'Zorb.*' RETURN n", "=~");
        refused("MATCH (n) WHERE ANY(x IN n.aliases WHERE x =~ '(a+)+$') RETURN n", "=~");
        accepted("RETURN 'a =~ b' AS text // =~ in a comment");
    }

    @Test
    void shouldRefuseReduceAndUnboundedRangeEvenBackticked() {
        refused("RETURN reduce(s = '', x IN [1] | s + 'x') AS big", "reduce()");
        refused("RETURN ReDuCe /* c */ (a = 0, x IN [1] | a + x)", "reduce()");
        refused("RETURN size(`range`(1, 1000000000)) AS n", "range()");
        refused("RETURN [x IN range(1, 2000000000) WHERE x = 0] AS n", "range()");
        refused("RETURN size(range(1, $n)) AS n", "range()");
        accepted("UNWIND range(1, 1000000000) AS i RETURN i LIMIT 3");
        accepted("UNWIND `range`(1, 10) AS i RETURN i");
        accepted("RETURN [x IN range(1, 10) | x * x] AS squares");
        accepted("RETURN 'reduce(' + 'range(' AS text");
    }

    @Test
    void shouldRefuseValuesThatGrowStepByStep() {
        refused("WITH 'xx' AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s "
                + "WITH s + s AS s WITH s + s AS s RETURN size(s)", "multiply");
        refused("RETURN replace(replace(replace('aaaa', 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa')",
                "multiply");
        refused("MATCH (n) RETURN replace(n.name, 'a', n.name)", "literal replacement");
        accepted("MATCH (a:Entity), (b:Entity) RETURN a.name + ' and ' + b.name AS pair LIMIT 3");
        accepted("RETURN replace('Zorblang', 'a', 'A') AS name");
    }

    @Test
    void shouldRefuseDeepNestingLongChainsAndLongLiterals() {
        refused("RETURN " + "(".repeat(500) + "1" + ")".repeat(500), "levels deep");
        refused("RETURN " + "[".repeat(30) + "1" + "]".repeat(30), "levels deep");
        refused("RETURN " + "CASE WHEN true THEN ".repeat(30) + "1" + " END".repeat(30), "levels deep");
        refused("RETURN 1" + "+1".repeat(300), "operators");
        refused("RETURN '" + "x".repeat(3_000) + "' AS s", "string literal");
        refused("RETURN 1" + ", 1".repeat(4_000), "tokens");
        accepted("RETURN '" + "x".repeat(1_500) + "' AS s");
        accepted("RETURN " + "(".repeat(10) + "1" + ")".repeat(10));
    }

    @Test
    void shouldAllowOnlyBuiltInFunctionsAndReadOnlyProcedures() {
        refused("RETURN apoc.text.join(['a'], ',')", "apoc.text.join");
        refused("CALL db.clearQueryCaches()", "db.clearQueryCaches");
        refused("CALL `dbms`.`setConfigValue`('x', 'y')", "not allowed");
        refused("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", "LOAD CSV");
        refused("USE system SHOW USERS", "USE");
        refused("RETURN file() AS f", "file");
        for (String ok : List.of("CALL dbms.components()", "CALL db.labels()", "CALL db.relationshipTypes()",
                "CALL db.schema.visualization()", "CALL db.labels() YIELD label RETURN count(label)")) {
            accepted(ok);
        }
        assertThat(QueryGuard.check("CALL dbms.components() YIELD name RETURN name").onlyDbmsReadProcedures()).isTrue();
        assertThat(QueryGuard.check("CALL db.labels()").onlyDbmsReadProcedures()).isFalse();
    }

    @Test
    void shouldRefusePreparserOptionsAndSeveralStatements() {
        refused("EXPLAIN MATCH (n) RETURN n", "EXPLAIN");
        refused("/* hi */ profile MATCH (n) RETURN n", "PROFILE");
        refused("CYPHER runtime=slotted MATCH (n) RETURN n", "CYPHER");
        refused("MATCH (n) RETURN count(n); MATCH (m) RETURN m", "one statement");
    }

    @Test
    void shouldReportSyntaxErrorsWithoutRefusing() {
        assertThat(QueryGuard.check("MATCH (n RETURN n").syntaxError()).contains("line 1");
    }

    @Test
    void shouldReadNeo4jMessagesAsTheUserWroteTheQuery() {
        String neo4j = "Variable `x` not defined (line 2, column 8 (offset: 15))\n\"RETURN x\"\n       ^";
        assertThat(CypherErrors.asWritten(neo4j, ReadOnlyCypher.EXPLAIN))
                .isEqualTo("Variable `x` not defined (line 1, column 8 (offset: 7))\n\"RETURN x\"\n       ^");
    }
}
