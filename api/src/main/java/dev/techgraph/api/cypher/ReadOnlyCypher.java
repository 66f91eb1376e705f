package dev.techgraph.api.cypher;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Database;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs a user's Cypher strictly read-only, in three layers:
 * <ol>
 *   <li>the plan: {@code EXPLAIN} first, refused unless the query type is read-only and no operator in the
 *       plan writes, loads files, calls a procedure outside a short read-only allow-list, runs
 *       sub-transactions or administers the server;</li>
 *   <li>the database: the query runs in a READ session and transaction, which Neo4j itself refuses to
 *       write in;</li>
 *   <li>the resources: a transaction timeout, a row cap, and the server's per-transaction memory cap.</li>
 * </ol>
 * Neo4j errors are told apart by their status codes, never by message text.
 */
@Singleton
public final class ReadOnlyCypher {

    /** Longest query text accepted. */
    public static final int MAX_QUERY = 20_000;

    /** Plan operators that change data or schema, reach outside, or run other transactions. */
    private static final Pattern FORBIDDEN_OPERATOR = Pattern.compile(
            "^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|LoadCSV|Transaction|Drop|Alter|Grant|Deny|"
                    + "Revoke|Terminate|Start|Stop|Enable|Rename|Assert|DoNothing|Log|SystemProcedure|Wait|Show|"
                    + "Lock|EmptyResult)",
            Pattern.CASE_INSENSITIVE);

    /** Read-only procedures a person may call to explore the schema. */
    private static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshiptypes",
            "db.propertykeys", "db.schema.visualization", "db.schema.nodetypeproperties",
            "db.schema.reltypeproperties");

    /**
     * Expressions Neo4j evaluates in one go without checking the transaction's timeout: {@code reduce}
     * (which can also grow a string exponentially) and {@code range} outside {@code UNWIND} (a list
     * comprehension over a billion numbers). They would pin a core long after the timeout fired.
     */
    private static final Pattern UNBOUNDED_EXPRESSION = Pattern.compile(
            "(?i)\\breduce\\s*\\(|(?<!unwind )\\brange\\s*\\(");
    private static final Pattern LITERALS_AND_COMMENTS = Pattern.compile(
            "(?s)'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|//[^\\n]*|/\\*.*?\\*/");

    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([\\p{L}\\p{N}_.`]+)\\s*\\(");

    /** The columns and rows of a result; {@code truncated} when the row cap cut it short. */
    public record Result(List<String> columns, List<List<Object>> rows, boolean truncated) {
    }

    private final Driver driver;
    private final SessionConfig readSession;
    private final TransactionConfig txConfig;
    private final int maxRows;

    ReadOnlyCypher(Driver driver, Database database,
                   @Value("${techgraph.cypher.timeout:5s}") Duration timeout,
                   @Value("${techgraph.cypher.max-rows:1000}") int maxRows) {
        this.driver = driver;
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        if (database.name() != null) {
            builder.withDatabase(database.name());
        }
        this.readSession = builder.build();
        this.txConfig = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "techgraph-api-cypher")).build();
        this.maxRows = maxRows;
    }

    /** Checks, then runs the query; 403 for anything that is not a plain read. */
    public Result run(String query, Map<String, Object> params) {
        String text = checkedText(query);
        // Unmanaged transactions: a managed one would retry a transient failure (out of memory) again and again.
        try (Session session = driver.session(readSession)) {
            try (Transaction tx = session.beginTransaction(txConfig)) {
                refuseUnlessRead(tx.run("EXPLAIN " + text, params).consume());
            }
            try (Transaction tx = session.beginTransaction(txConfig)) {
                var result = tx.run(text, params);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    Record record = result.next();
                    List<Object> row = new ArrayList<>(record.size());
                    for (int i = 0; i < record.size(); i++) {
                        row.add(CypherValues.toJson(record.get(i)));
                    }
                    rows.add(row);
                }
                return new Result(columns, rows, truncated);
            }
        } catch (Neo4jException e) {
            throw CypherErrors.translate(e);
        }
    }

    private static String checkedText(String query) {
        if (query == null || query.isBlank()) {
            throw ApiException.badRequest("the body needs a \"query\"", List.of(
                    "{\"query\": \"MATCH (t:Framework) RETURN t.name LIMIT 10\", \"params\": {}}"));
        }
        if (query.length() > MAX_QUERY) {
            throw ApiException.badRequest("the query is longer than " + MAX_QUERY + " characters", List.of());
        }
        String start = query.stripLeading().replaceAll("^(?s)(//[^\\n]*\\n|/\\*.*?\\*/|\\s)+", "");
        if (start.regionMatches(true, 0, "EXPLAIN", 0, 7) || start.regionMatches(true, 0, "PROFILE", 0, 7)) {
            throw ApiException.badRequest("EXPLAIN and PROFILE are not available here; send the query itself",
                    List.of());
        }
        String code = LITERALS_AND_COMMENTS.matcher(query).replaceAll(" ").replaceAll("\\s+", " ");
        if (UNBOUNDED_EXPRESSION.matcher(code).find()) {
            throw forbidden("reduce() and range() outside UNWIND are not allowed here: Neo4j evaluates them "
                    + "without honouring the query timeout; use UNWIND range(...) or run the query over Bolt");
        }
        return query;
    }

    static void refuseUnlessRead(ResultSummary summary) {
        if (summary.queryType() != QueryType.READ_ONLY) {
            throw forbidden("only read queries are allowed here (this one is " + summary.queryType() + ")");
        }
        if (summary.hasPlan()) {
            check(summary.plan());
        }
    }

    private static void check(Plan plan) {
        String operator = plan.operatorType().replaceAll("@.*$", "");
        if (FORBIDDEN_OPERATOR.matcher(operator).find()) {
            throw forbidden("only read queries are allowed here; the plan contains " + operator);
        }
        if (operator.toLowerCase().contains("procedurecall")) {
            String details = plan.arguments().containsKey("Details")
                    ? plan.arguments().get("Details").asString("") : "";
            var m = PROCEDURE_NAME.matcher(details);
            String name = m.find() ? m.group(1).replace("`", "").toLowerCase() : "";
            if (!ALLOWED_PROCEDURES.contains(name)) {
                throw forbidden("procedure " + (name.isEmpty() ? "calls are" : name + " is")
                        + " not allowed here; allowed: " + ALLOWED_PROCEDURES);
            }
        }
        for (Plan child : plan.children()) {
            check(child);
        }
    }

    static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", message, List.of(
                "POST /api/cypher runs read-only queries: MATCH ... RETURN; no CREATE, MERGE, SET, DELETE, "
                        + "LOAD CSV, schema or admin commands, or procedures that write"));
    }
}
