package dev.techgraph.importer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.DocumentInfo;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.StoreSettings;
import dev.techgraph.store.testing.Neo4jExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Concurrent imports lose no document (issue 12, failure 4: four threads importing at once lost 13 of 200
 * documents to {@code DeadlockDetected}, past the driver's 1 s retry window).
 *
 * <p>The writers use the service's own driver settings ({@link GraphConnection}: the driver gives up
 * retrying after 1 s), not the test extension's driver, whose default 30 s retry window would hide the
 * deadlocks. Every writer's documents name the same technologies in a different order, so their
 * transactions lock the same entity nodes and fact relationships in conflicting orders. Without
 * {@link WriteRetry} (its lock, its retries or both) these tests lose documents; see docs/hardening.md.
 */
@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentImportIT {

    private static final Pipeline PIPELINE = Pipeline.standard();
    /** Frameworks of the vocabulary with the language each is written in. */
    private static final String[][] FRAMEWORKS = {{"Django", "Python"}, {"FastAPI", "Python"},
            {"Spring Boot", "Java"}, {"Laravel", "PHP"}, {"Symfony", "PHP"}, {"Ktor", "Kotlin"}};
    private static final String[] USES = {"web development", "back end development", "REST APIs",
            "real-time applications", "machine learning", "data science"};
    private static final String[] TRAITS = {"scalability", "a large community", "clean syntax"};
    private static final int WRITERS = 4;
    private static final int PER_WRITER = 30;
    private static final int TEXTS = 5;

    private final List<GraphConnection> connections = new ArrayList<>();

    @BeforeAll
    void connect() {
        for (int i = 0; i < WRITERS; i++) {
            // one connection each, as the service and CLI imports in other processes have
            connections.add(GraphConnection.open(StoreSettings.from(Map.of("NEO4J_URI", Neo4jExtension.boltUri()))));
        }
    }

    /** Sentences first, in small transactions: the next test's wipe then stays within the memory pool. */
    @AfterEach
    void removeDocuments(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (s:Sentence) CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 2000 ROWS").consume();
        }
    }

    @AfterAll
    void close() {
        connections.forEach(GraphConnection::close);
    }

    /**
     * An invented article by one writer: every sentence ties technologies that every other writer's articles
     * tie too, starting at a different place in the lists.
     */
    static byte[] article(int writer, int n) {
        StringBuilder text = new StringBuilder("# Field notes " + writer + "-" + n + "\n\n");
        for (int i = 0; i < 60; i++) {
            int k = i * (writer + 1) + n;
            String[] framework = FRAMEWORKS[k % FRAMEWORKS.length];
            String other = FRAMEWORKS[(k + writer + 1) % FRAMEWORKS.length][0];
            text.append(framework[0]).append(" is a web framework written in ").append(framework[1]).append(". ")
                    .append(framework[0]).append(" is used for ").append(USES[(k + n) % USES.length])
                    .append(" in note ").append(writer).append('-').append(n).append('-').append(i).append(". ")
                    .append(framework[0]).append(" is known for ").append(TRAITS[(k + writer) % TRAITS.length])
                    .append(". ").append(framework[0]).append(" and ").append(other)
                    .append(" are often used together.\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A writer's documents: {@link #TEXTS} extracted articles, each stored under several sources (the
     * extraction is the slow part, and the writes are what this test is about).
     */
    private static List<DocumentGraph> documents(int writer) {
        List<DocumentGraph> texts = new ArrayList<>();
        for (int n = 0; n < TEXTS; n++) {
            texts.add(PIPELINE.extract("concurrent/w" + writer + "-" + n + ".md", article(writer, n),
                    Format.MARKDOWN));
        }
        List<DocumentGraph> graphs = new ArrayList<>();
        for (int n = 0; n < PER_WRITER; n++) {
            DocumentGraph text = texts.get(n % TEXTS);
            String source = "concurrent/w" + writer + "-" + n + ".md";
            graphs.add(new DocumentGraph(new DocumentInfo(DocumentInfo.idOf(source), source, source,
                    text.document().sha256()), text.sentences(), text.entities(), text.mentions(), text.relations()));
        }
        return graphs;
    }

    /**
     * Runs the writers at the same moment; each writes its documents with its importer, in order, and goes
     * on after a failure. Returns the documents whose import failed, with the reason.
     */
    private static List<String> writeAtOnce(IntFunction<Importer> importerOf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<List<String>>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Importer importer = importerOf.apply(writer);
            List<DocumentGraph> graphs = documents(writer);
            done.add(pool.submit(() -> {
                start.await(); // every writer writes at the same moment, so their transactions overlap
                List<String> failed = new ArrayList<>();
                for (DocumentGraph graph : graphs) {
                    try {
                        importer.importGraph(graph);
                    } catch (RuntimeException e) {
                        failed.add(graph.document().source() + ": " + e.getMessage());
                    }
                }
                return failed;
            }));
        }
        List<String> failed = new ArrayList<>();
        try {
            for (Future<List<String>> f : done) {
                failed.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        return failed;
    }

    private static long stored(Driver driver) {
        return driver.executableQuery("MATCH (d:Document) WHERE d.source STARTS WITH 'concurrent/' "
                + "RETURN count(d) AS n").execute().records().get(0).get("n").asLong();
    }

    /** Each document's sentences and mentions, once each: a retried write left nothing twice. */
    private static void assertWholeDocuments(Driver driver) {
        var rows = driver.executableQuery("""
                MATCH (d:Document) WHERE d.source STARTS WITH 'concurrent/'
                OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
                RETURN d.source AS source, count(s) AS sentences, count(DISTINCT s.index) AS indexes
                """).execute().records();
        for (var row : rows) {
            assertThat(row.get("sentences").asLong()).as(row.get("source").asString())
                    .isEqualTo(row.get("indexes").asLong()).isPositive();
        }
    }

    @Test
    void shouldStoreEveryDocumentWhenFourIndependentWritersOverlap(Driver driver) throws Exception {
        // one importer per connection: nothing in this JVM serialises them, only the database (and retries)
        List<String> failed = writeAtOnce(w -> new Importer(PIPELINE,
                new GraphWriter(connections.get(w).driver(), null), 1));

        assertThat(failed).as("imports that failed").isEmpty();
        assertThat(stored(driver)).isEqualTo(WRITERS * PER_WRITER);
        assertWholeDocuments(driver);
    }

    @Test
    void shouldStoreEveryDocumentWhenFourThreadsShareOneImporter(Driver driver) throws Exception {
        // as the service's request threads do: one importer over one connection, four threads at once
        Importer shared = new Importer(PIPELINE, new GraphWriter(connections.get(0).driver(), null), 1);
        List<String> failed = writeAtOnce(w -> shared);

        assertThat(failed).as("imports that failed").isEmpty();
        assertThat(stored(driver)).isEqualTo(WRITERS * PER_WRITER);
        assertWholeDocuments(driver);
    }
}
