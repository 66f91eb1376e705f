package dev.techgraph.api.cypher;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Database;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a user's Cypher strictly read-only and within its budget, in four layers:
 * <ol>
 *   <li>the parse: {@link QueryGuard} reads the query with Neo4j's own grammar and refuses, in
 *       milliseconds, what the database would not bound by its timeout (regular expressions, reduce,
 *       unbounded range, growing strings, deep nesting, oversized literals, unknown functions);</li>
 *   <li>the plan: {@code EXPLAIN} first, refused unless the query type is read-only and no operator in the
 *       plan writes, loads files, calls a procedure outside a short read-only allow-list, runs
 *       sub-transactions or administers the server;</li>
 *   <li>the database: the query runs in a READ session and transaction, which Neo4j itself refuses to
 *       write in;</li>
 *   <li>the resources: a transaction timeout, a row cap, the server's per-transaction memory cap, at most
 *       {@code max-concurrent} queries at once (other endpoints keep their threads), and the
 *       {@link CypherWatchdog}, which stops transactions that outlive their timeout.</li>
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

    /** Metadata that marks the console's transactions, so the watchdog finds them. */
    static final Map<String, Object> METADATA = Map.of("app", "techgraph-api-cypher");

    /** The plan request: on a line of its own, so Neo4j's error positions stay those of the user's text. */
    static final String EXPLAIN = "EXPLAIN\n";

    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([\\p{L}\\p{N}_.`]+)\\s*\\(");

    /** The columns and rows of a result; {@code truncated} when the row cap cut it short. */
    public record Result(List<String> columns, List<List<Object>> rows, boolean truncated) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyCypher.class);

    private final Driver driver;
    private final SessionConfig readSession;
    private final TransactionConfig txConfig;
    private final Duration timeout;
    private final int maxRows;
    private final int maxConcurrent;
    private final Semaphore permits;
    private final ExecutorService workers;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final CypherWatchdog watchdog;

    ReadOnlyCypher(Driver driver, Database database, CypherWatchdog watchdog,
                   @Value("${techgraph.cypher.timeout:5s}") Duration timeout,
                   @Value("${techgraph.cypher.max-rows:1000}") int maxRows,
                   @Value("${techgraph.cypher.max-concurrent:4}") int maxConcurrent) {
        this.driver = driver;
        this.watchdog = watchdog;
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        if (database.name() != null) {
            builder.withDatabase(database.name());
        }
        this.readSession = builder.build();
        this.timeout = timeout;
        this.txConfig = TransactionConfig.builder().withTimeout(timeout).withMetadata(METADATA).build();
        this.maxRows = maxRows;
        this.maxConcurrent = maxConcurrent;
        this.permits = new Semaphore(maxConcurrent, true);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cypher-console-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Checks, then runs the query; 400 for what costs too much, 403 for anything that is not a plain read. */
    public Result run(String query, Map<String, Object> params) {
        String text = checkedText(query);
        CypherParams.check(params);
        QueryGuard.Verdict verdict;
        try {
            verdict = QueryGuard.check(text);
        } catch (QueryGuard.Refused refused) {
            throw refused.access() ? forbidden(refused.getMessage())
                    : new ApiException(HttpStatus.BAD_REQUEST, "query_refused", refused.getMessage(), List.of(
                    "the console runs queries whose cost Neo4j bounds by its " + timeout.toSeconds()
                            + " s time limit; for anything else, use Bolt (see the README's Running Cypher)"));
        }
        if (watchdog.stuck() || abandoned.get() > 0) {
            throw busy("a previous query is still being stopped; the console takes new queries again once it is "
                    + "gone");
        }
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy("the console is running " + maxConcurrent + " queries already; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the request was interrupted");
        }
        Future<Result> future;
        try {
            future = workers.submit(() -> {
                try {
                    return execute(text, params, verdict);
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        return await(future);
    }

    /** Waits for a query past its timeout only by a grace period; a worker that outlives it is abandoned. */
    private Result await(Future<Result> future) {
        try {
            return future.get(timeout.toMillis() + CypherWatchdog.GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.incrementAndGet();
            workers.submit(() -> {
                try {
                    future.get();
                } catch (Exception ignored) {
                    // its outcome no longer matters; only that it ended
                } finally {
                    abandoned.decrementAndGet();
                }
            });
            LOG.warn("a console query did not stop at its {} s timeout; the watchdog stops it", timeout.toSeconds());
            throw busy("the query did not stop at the time limit and is being stopped; try again in a moment");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("console query failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the request was interrupted");
        }
    }

    private Result execute(String text, Map<String, Object> params, QueryGuard.Verdict verdict) {
        // Unmanaged transactions: a managed one would retry a transient failure (out of memory) again and again.
        try (Session session = driver.session(readSession)) {
            try (Transaction tx = session.beginTransaction(txConfig)) {
                ResultSummary plan = tx.run(EXPLAIN + text, params).consume();
                if (verdict.syntaxError() != null) {
                    // Neo4j accepted what its own grammar did not: never run such a text
                    throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_query", verdict.syntaxError(), List.of());
                }
                refuseUnlessRead(plan, verdict.onlyDbmsReadProcedures());
            } catch (Neo4jException e) {
                throw CypherErrors.translate(e, EXPLAIN);
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
            } catch (Neo4jException e) {
                throw CypherErrors.translate(e, "");
            }
        }
    }

    /** Queries running now (each holds a worker thread and a database transaction). */
    public int inFlight() {
        return maxConcurrent - permits.availablePermits();
    }

    /** Queries whose request gave up on them while their worker still runs. */
    public int abandoned() {
        return abandoned.get();
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }

    private static String checkedText(String query) {
        if (query == null || query.isBlank()) {
            throw ApiException.badRequest("the body needs a \"query\"", List.of(
                    "{\"query\": \"MATCH (t:Framework) RETURN t.name LIMIT 10\", \"params\": {}}"));
        }
        if (query.length() > MAX_QUERY) {
            throw ApiException.badRequest("the query is longer than " + MAX_QUERY + " characters", List.of());
        }
        return query;
    }

    static ApiException busy(String message) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "console_busy", message, List.of(
                "other endpoints keep answering; retry the query in a few seconds"));
    }

    static void refuseUnlessRead(ResultSummary summary, boolean dbmsReader) {
        boolean dbmsRead = dbmsReader && summary.queryType() == QueryType.SCHEMA_WRITE;
        if (summary.queryType() != QueryType.READ_ONLY && !dbmsRead) {
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
            if (!QueryGuard.PROCEDURES.contains(name)) {
                throw forbidden("procedure " + (name.isEmpty() ? "calls are" : name + " is")
                        + " not allowed here; allowed: " + String.join(", ", QueryGuard.PROCEDURES.stream().sorted()
                        .toList()));
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
