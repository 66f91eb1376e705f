package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.api.cypher.ReadOnlyCypher;
import dev.techgraph.store.testing.Neo4jExtension;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * The hardening suite: attacks on the service as a hostile local user or web page would make them, through
 * Cypher, HTTP, what the API exposes of Bolt, uploads and file formats (well over 100 attempts). Each is
 * refused with our JSON error and no internals; afterwards the graph's digest is unchanged, the service is
 * healthy, and no console transaction or worker is left running. The figures under load are a separate
 * command ({@code bench/load/run.sh}, see docs/hardening.md).
 */
@MicronautTest
class HardeningIT extends ApiTestBase {

    static final String TOKEN = "h4rdening-t0ken";

    /** Internals a message must never show. */
    private static final Pattern LEAK = Pattern.compile(
            "(?:\\bjava|\\bjavax|io\\.micronaut|org\\.neo4j|com\\.fasterxml|io\\.netty)\\.[a-z]|Exception|\\tat |"
                    + "\\\\\"EXPLAIN|/tmp/|techgraph-neo4j");

    /** Costly queries the console must refuse in milliseconds with a 400 (before the database sees them). */
    static final List<String> COSTLY = List.of(
            "RETURN 'aaaaaaaaaaaaaaaa!' =~ '((a{0,30}){0,30}){0,30}b' AS m",
            "MATCH (n:Entity) WHERE n.name =~ '(x+x+)+y' RETURN n",
            "MATCH (n:Entity) WHERE n.name =~ $pattern RETURN n",
            "MATCH (n) WHERE any(a IN n.aliases WHERE a=~'(.*a){25}') RETURN count(n)",
            "RETURN " + "(".repeat(500) + "1" + ")".repeat(500) + " AS x",
            "RETURN " + "(".repeat(30) + "1" + ")".repeat(30) + " AS x",
            "RETURN " + "[".repeat(200) + "1" + "]".repeat(200) + " AS x",
            "RETURN " + "{a: ".repeat(50) + "1" + "}".repeat(50) + " AS x",
            "RETURN " + "CASE WHEN true THEN ".repeat(40) + "1" + " END".repeat(40) + " AS x",
            "RETURN size(`range`(1, 1000000000)) AS n",
            "RETURN size(`RANGE`(1, 1000000000)) AS n",
            "RETURN [x IN range(1, 2000000000) WHERE x = 0] AS n",
            "RETURN any(x IN range(0, 2000000000) WHERE x < 0) AS n",
            "RETURN [x IN `range`(0, 100000000) | x][0] AS n",
            "WITH 1000000000 AS n RETURN size(range(1, n)) AS s",
            "RETURN reduce(s = '', x IN [1, 2, 3] | s + 'xxxxxxxxxx') AS big",
            "RETURN ReDuCe /* hidden */ (a = 0, x IN [1] | a + x) AS n",
            "RETURN `reduce`(a = 0, x IN [1] | a + x) AS n",
            "WITH 'xxxxxxxxxxxxxxxx' AS s " + "WITH s + s AS s ".repeat(24) + "RETURN size(s)",
            "WITH [1, 2, 3, 4] AS l " + "WITH l + l AS l ".repeat(24) + "RETURN size(l)",
            "WITH 'ab' AS s " + "WITH s || s || s || s AS s ".repeat(8) + "RETURN size(s)",
            "RETURN size(replace(replace(replace(replace('aaaaaaaaaaaaaaaaaaaa', 'a', 'aaaaaaaaaaaaaaaaaaaa'), 'a', "
                    + "'aaaaaaaaaaaaaaaaaaaa'), 'a', 'aaaaaaaaaaaaaaaaaaaa'), 'a', 'aaaaaaaaaaaaaaaaaaaa')) AS n",
            "MATCH (n:Entity) RETURN replace(n.name, 'a', n.name + n.name) AS x",
            "WITH $p AS s " + "WITH s + s AS s ".repeat(10) + "RETURN size(s)",
            "RETURN '" + "z".repeat(3_000) + "' AS long",
            "RETURN \"" + "z".repeat(5_000) + "\" AS long",
            "RETURN 1" + " + 1".repeat(300) + " AS n",
            "RETURN true" + " AND true".repeat(300) + " AS b",
            "RETURN 1" + ", 1".repeat(3_500),
            "RETURN apoc.text.join(['a', 'b'], ',') AS x",
            "RETURN `apoc`.`text`.`join`(['a'], ',') AS x",
            "RETURN file() AS f",
            "RETURN linenumber() AS l",
            "MATCH (n) RETURN count(n); MATCH (m) RETURN count(m)",
            "EXPLAIN MATCH (n) RETURN n",
            "/* comment */ PROFILE MATCH (n) RETURN n",
            "CYPHER runtime=interpreted MATCH (n) RETURN n",
            "CYPHER expressionEngine=interpreted RETURN 1",
            "x".repeat(30_000));

    /** What the API exposes of the database server behind it: administration through the console. */
    static final List<String> SERVER = List.of(
            "CALL dbms.listConfig()",
            "CALL dbms.security.listUsers()",
            "CALL dbms.listConnections()",
            "CALL dbms.killConnections(['bolt-1'])",
            "CALL dbms.listQueries()",
            "CALL db.ping()",
            "CALL dbms.routing.getRoutingTable({}, 'neo4j')",
            "SHOW DATABASES",
            "SHOW SETTINGS",
            "SHOW PROCEDURES",
            "SHOW TRANSACTIONS YIELD transactionId RETURN transactionId",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'bbbbbbbb'",
            "STOP DATABASE neo4j",
            "CREATE USER intruder SET PASSWORD 'intruder1'",
            "USE system MATCH (n) RETURN n",
            "CALL db.index.fulltext.queryNodes('x', 'y')",
            "CALL db.createIndex('evil', ['Evil'], ['x'], 'range-1.0')");

    @Inject
    ReadOnlyCypher cypher;

    @Override
    Map<String, String> extraProperties() {
        return Map.of("techgraph.token", TOKEN);
    }

    @Test
    void costlyQueriesAreRefusedUpFrontAndLeaveNothingRunning() {
        String digest = digest();
        for (String query : COSTLY) {
            var r = http.post("/api/cypher", "application/json", "{\"query\": " + http.quote(query)
                    + ", \"params\": {\"pattern\": \"(a+)+b\", \"p\": \"xxxxxxxxxx\"}}");
            // 403 for what the console does not offer at all (apoc, file functions)
            assertRefused(r, query, 400, 403);
        }
        assertCalm(digest);
    }

    @Test
    void writesEscapesAndServerAdministrationAreRefused() {
        String digest = digest();
        List<String> attacks = new ArrayList<>(CypherIT.ATTACKS);
        attacks.addAll(SERVER);
        for (String query : attacks) {
            var r = http.cypher(query);
            assertRefused(r, query, 400, 403);
        }
        assertCalm(digest);
    }

    @Test
    void harmlessReadOnlyProceduresAreAllowed() {
        for (String query : List.of("CALL dbms.components()", "CALL db.labels()", "CALL db.relationshipTypes()",
                "CALL db.schema.visualization()", "CALL dbms.components() YIELD name, versions RETURN name")) {
            var r = http.cypher(query);
            assertThat(r.status()).as(query + " → " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void cypherErrorsReadAsTheUserWroteTheQuery() {
        var syntax = http.cypher("MATCH (n RETURN n");
        assertRefused(syntax, "syntax", 400);
        assertThat(syntax.json().get("message").getStringValue()).contains("line 1, column 10 (offset: 9)")
                .contains("\"MATCH (n RETURN n\"");
        var unknown = http.cypher("MATCH (n)\nRETURN x");
        assertThat(unknown.json().get("message").getStringValue()).contains("line 2, column 8 (offset: 17)");
        assertThat(http.cypher("RETURN 'a' + 'b' AS ab").status()).isEqualTo(200);
    }

    @Test
    void badParametersAndLongUrlsAreOurOwn4xx() {
        String digest = digest();
        record Attempt(String path, int status) {
        }
        String longValue = "q".repeat(9_000);
        List<Attempt> attempts = List.of(
                new Attempt("/api/technologies?limit=abc", 400),
                new Attempt("/api/technologies?offset=1e3", 400),
                new Attempt("/api/technologies?limit=-1", 400),
                new Attempt("/api/technologies?limit=99999999999999999999", 400),
                new Attempt("/api/technologies?kind=Evil", 400),
                new Attempt("/api/technologies?polarity=maybe", 400),
                new Attempt("/api/graph?depth=deep", 400),
                new Attempt("/api/graph?limit=NaN", 400),
                new Attempt("/api/entities?q=py&limit=%27%20OR%201=1", 400),
                new Attempt("/api/similar/Python?limit=0x10", 400),
                new Attempt("/api/path?from=Python&to=Django&max=lots", 400),
                new Attempt("/api/technologies?q=" + longValue, 414),
                new Attempt("/api/ask?q=" + longValue, 414),
                new Attempt("/api/entities/Language/" + longValue, 414),
                new Attempt("/api/nope", 404),
                new Attempt("/api/documents/..%2F..%2Fetc%2Fpasswd", 404),
                new Attempt("/../../../../etc/passwd", 404),
                new Attempt("/api/entities/Evil/Python", 400));
        for (Attempt a : attempts) {
            var r = http.get(a.path());
            assertRefused(r, a.path(), a.status());
            assertThat(r.body()).doesNotContain("root:x:0");
        }
        assertThat(http.get("/api/technologies?limit=abc").json().get("message").getStringValue())
                .isEqualTo("parameter 'limit' must be a whole number, was 'abc'");
        assertRefused(http.post("/api/cypher", "application/json", "{\"query\": "), "truncated JSON", 400);
        assertRefused(http.post("/api/cypher", "application/json", "[".repeat(5_000) + "]".repeat(5_000)),
                "deep JSON", 400);
        assertRefused(http.post("/api/cypher", "application/json", "{\"query\": \"RETURN 1\", \"params\": "
                + "{\"a\": " + "[".repeat(20) + "1" + "]".repeat(20) + "}}"), "deep params", 400);
        assertRefused(http.post("/api/cypher", "application/json", "{\"query\": \"RETURN $a\", \"params\": "
                + "{\"a\": \"" + "p".repeat(20_000) + "\"}}"), "long param", 400);
        assertRefused(http.post("/api/cypher", "text/plain", "MATCH (n) RETURN n"), "text/plain", 415);
        assertRefused(http.post("/api/cypher", "application/json", "{\"query\": \"" + "x".repeat(9 * 1024 * 1024)
                + "\"}"), "9 MB", 413);
        assertRefused(http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/cypher")).GET()),
                "GET /api/cypher", 405);
        assertRefused(http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/technologies"))
                .DELETE()), "DELETE /api/technologies", 405);
        assertCalm(digest);
    }

    private Http.Response write(String method, String path, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (token != null) {
            b.header("Authorization", token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(b);
    }

    @Test
    void hostileUploadsAndFilesAreRefusedAndWriteNothing() throws IOException {
        String digest = digest();
        String bearer = "Bearer " + TOKEN;
        byte[] article = "Zorblang is a web framework written in Nimbel.".getBytes(StandardCharsets.UTF_8);
        record Upload(String what, String path, String type, byte[] body, String auth, int status) {
        }
        List<Upload> uploads = List.of(
                new Upload("no token", "/api/documents?source=z.txt", "text/plain", article, null, 401),
                new Upload("wrong token", "/api/documents?source=z.txt", "text/plain", article, "Bearer nope", 401),
                new Upload("token prefix", "/api/documents?source=z.txt", "text/plain", article,
                        "Bearer " + TOKEN.substring(0, 5), 401),
                new Upload("token longer", "/api/documents?source=z.txt", "text/plain", article, bearer + "x", 401),
                new Upload("basic auth", "/api/documents?source=z.txt", "text/plain", article,
                        "Basic " + java.util.Base64.getEncoder().encodeToString(("x:" + TOKEN).getBytes()), 401),
                new Upload("token in query", "/api/documents?source=z.txt&token=" + TOKEN, "text/plain", article,
                        null, 401),
                new Upload("delete without token", "/api/documents/fixture%2Frealtime-notes.txt", null, null, null, 401),
                new Upload("no source", "/api/documents", "text/plain", article, bearer, 400),
                new Upload("markup source", "/api/documents?source=%3Cscript%3Ealert(1)%3C/script%3E", "text/plain",
                        article, bearer, 400),
                new Upload("control chars", "/api/documents?source=a%0D%0Ab.txt", "text/plain", article, bearer, 400),
                new Upload("long source", "/api/documents?source=" + "s".repeat(300), "text/plain", article, bearer,
                        400),
                new Upload("unknown format", "/api/documents?source=z.exe&format=exe", "text/plain", article, bearer,
                        400),
                new Upload("empty", "/api/documents?source=z.txt", "text/plain", new byte[0], bearer, 400),
                new Upload("image", "/api/documents?source=z.png", "image/png", article, bearer, 415),
                new Upload("too large", "/api/documents?source=big.txt", "text/plain", new byte[9 * 1024 * 1024],
                        bearer, 413),
                new Upload("fake pdf", "/api/documents?source=fake.pdf", "application/pdf", article, bearer, 400),
                new Upload("truncated pdf", "/api/documents?source=cut.pdf", "application/pdf",
                        java.util.Arrays.copyOf(pdf(), 200), bearer, 400),
                new Upload("empty pdf", "/api/documents?source=blank.pdf", "application/pdf", pdf(), bearer, 400),
                new Upload("scripts only", "/api/documents?source=s.html", "text/html",
                        "<html><script>alert(1)</script><style>p{}</style></html>".getBytes(), bearer, 400),
                new Upload("minified line", "/api/documents?source=min.txt", "text/plain",
                        "a".repeat(200_000).getBytes(), bearer, 400),
                new Upload("nul bytes", "/api/documents?source=nul.txt", "text/plain", new byte[4096], bearer, 400),
                new Upload("no multipart file", "/api/documents", "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nx.md\r\n--b--\r\n".getBytes(),
                        bearer, 400),
                new Upload("unknown document", "/api/documents/no-such-document", null, null, bearer, 404));
        for (Upload u : uploads) {
            var r = write(u.path().startsWith("/api/documents/") ? "DELETE" : "POST", u.path(), u.type(), u.body(),
                    u.auth());
            assertRefused(r, u.what(), u.status());
        }
        // parser stress: read without running out of stack, or refused; never a server error
        List<Upload> stress = List.of(
                new Upload("nested quotes", "/api/documents?source=q.md", "text/markdown",
                        (">".repeat(50_000) + " Zorblang").getBytes(), bearer, 200),
                new Upload("nested lists", "/api/documents?source=l.md", "text/markdown", nestedList(1_000), bearer,
                        200),
                new Upload("deep html", "/api/documents?source=d.html", "text/html",
                        ("<div>".repeat(100_000) + "Zorblang").getBytes(), bearer, 200),
                new Upload("deep pdf-looking text", "/api/documents?source=p.txt", "text/plain",
                        "%PDF-1.7\n1 0 obj << /Kids [".repeat(1_000).getBytes(), bearer, 200));
        for (Upload u : stress) {
            var r = write("POST", u.path(), u.type(), u.body(), u.auth());
            assertThat(r.status()).as(u.what() + " → " + shorten(r.body())).isIn(200, 400);
            assertThat(LEAK.matcher(r.body()).find()).as(u.what()).isFalse();
            if (r.status() == 200) {
                assertThat(write("DELETE", "/api/documents/" + r.json().get("documentId").getStringValue(), null, null,
                        bearer).status()).isEqualTo(200);
            }
        }
        var big = write("POST", "/api/documents?source=big.txt", "text/plain", new byte[9 * 1024 * 1024], bearer);
        assertThat(big.json().get("message").getStringValue()).contains("8 MB");
        assertCalm(digest);
    }

    private static byte[] nestedList(int depth) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            md.append("  ".repeat(i)).append("- item\n");
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void attacksInParallelDoNotStarveTheRestOfTheApi() throws Exception {
        String digest = digest();
        String nested = "RETURN " + "(".repeat(600) + "1" + ")".repeat(600) + " AS x";
        String slow = "MATCH (a), (b), (c), (d) WHERE a.mentions + b.mentions + c.mentions + d.mentions < 0 RETURN count(*)";
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> attacks = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                attacks.add(pool.submit(() -> http.cypher(nested).status()));
            }
            for (int i = 0; i < 12; i++) {
                attacks.add(pool.submit(() -> http.cypher(slow).status()));
            }
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<Integer> health = () -> http.get("/health").status();
                Callable<Integer> technologies = () -> http.get("/api/technologies?suitedFor=real-time%20applications")
                        .status();
                others.add(pool.submit(i % 2 == 0 ? health : technologies));
            }
            for (int i = 0; i < 70; i++) {
                assertThat(attacks.get(i).get()).isEqualTo(400);
            }
            for (int i = 70; i < attacks.size(); i++) {
                // stopped at the time limit, or turned away while the console was full
                assertThat(attacks.get(i).get()).isIn(422, 503);
            }
            for (Future<Integer> other : others) {
                assertThat(other.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertCalm(digest);
    }

    @Test
    void theWatchdogStopsATransactionPastItsTimeoutAndTheConsoleWaitsUntilItIsGone() {
        try (Session session = Neo4jExtension.driver().session()) {
            // a console transaction that holds on, as a thread that never checks its termination flag would
            Transaction tx = session.beginTransaction(TransactionConfig.builder()
                    .withMetadata(Map.of("app", "techgraph-api-cypher")).build());
            tx.run("RETURN 1").consume();
            String id = consoleTransactions().get(0);
            eventually(() -> consoleStatus(id).startsWith("Terminated"));
            eventually(() -> http.cypher("RETURN 1").status() == 503);
            var busy = http.cypher("RETURN 1");
            assertThat(busy.json().get("error").getStringValue()).isEqualTo("console_busy");
            assertThat(http.get("/api/stats").status()).isEqualTo(200);
            assertThat(http.get("/health").status()).isEqualTo(200);
            tx.close();
        }
        eventually(() -> http.cypher("RETURN 1").status() == 200);
        assertThat(consoleTransactions()).isEmpty();
    }

    @Test
    void healthTellsEveryoneUpOrDownAndOnlyTheTokenHolderTheDetails() {
        var anonymous = http.get("/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").getStringValue()).isEqualTo("UP");
        assertThat(anonymous.body()).doesNotContain("version", "documents", "bolt", "/");
        var wrong = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/health"))
                .header("Authorization", "Bearer wrong").GET());
        assertThat(wrong.body()).doesNotContain("documents");
        var operator = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/health"))
                .header("Authorization", "Bearer " + TOKEN).GET());
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.body()).contains("documents", "version");
        assertThat(LEAK.matcher(operator.body()).find()).as(operator.body()).isFalse();
    }

    private void assertRefused(Http.Response r, String what, int... statuses) {
        String label = what.length() > 80 ? what.substring(0, 80) + "..." : what;
        assertThat(r.status()).as(label + " → " + shorten(r.body())).isIn(box(statuses));
        ApiIT.assertError(r, r.status());
        assertThat(LEAK.matcher(r.body()).find()).as(label + " leaks: " + shorten(r.body())).isFalse();
    }

    private static Object[] box(int[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    /** The graph unchanged, the service healthy, no console transaction or worker left. */
    private void assertCalm(String digest) {
        assertThat(digest()).isEqualTo(digest);
        assertThat(http.get("/health").status()).isEqualTo(200);
        assertThat(http.get("/api/technologies?suitedFor=real-time%20applications").status()).isEqualTo(200);
        eventually(() -> cypher.inFlight() == 0 && cypher.abandoned() == 0);
        eventually(() -> consoleTransactions().isEmpty());
    }

    private static List<String> consoleTransactions() {
        return Neo4jExtension.driver().executableQuery("""
                        SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'techgraph-api-cypher'
                        RETURN transactionId""").execute().records().stream()
                .map(r -> r.get(0).asString()).toList();
    }

    private static String consoleStatus(String id) {
        var rows = Neo4jExtension.driver().executableQuery("""
                        SHOW TRANSACTIONS YIELD transactionId, status WHERE transactionId = $id RETURN status""")
                .withParameters(Map.of("id", id)).execute().records();
        return rows.isEmpty() ? "" : rows.get(0).get(0).asString();
    }

    /** Waits for a condition the service reaches on its own (a watchdog round, a worker ending). */
    private static void eventually(BooleanSupplier condition) {
        for (int i = 0; i < 600; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(condition.getAsBoolean()).as("condition never held").isTrue();
    }

    /** Every node and relationship with its properties (but import times), hashed. */
    static String digest() {
        List<String> lines = new ArrayList<>();
        Neo4jExtension.driver().executableQuery("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
                .execute().records().forEach(r -> {
                    var p = new java.util.TreeMap<>(r.get("p").asMap());
                    p.remove("importedAt");
                    lines.add("N" + r.get("l").asList() + p);
                });
        Neo4jExtension.driver().executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS t, properties(r) AS p, coalesce(a.id, a.key, elementId(a)) AS a,
                       coalesce(b.id, b.key, elementId(b)) AS b""")
                .execute().records().forEach(r -> lines.add("R" + r.get("a").asString() + r.get("t").asString()
                        + r.get("b").asString() + new java.util.TreeMap<>(r.get("p").asMap())));
        lines.sort(String::compareTo);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update(l.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()) + "/" + lines.size();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
