package dev.techgraph.importer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.testing.Neo4jExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Writers that do not share an importer (as the service and a CLI import through its Bolt port do) write
 * documents about the same entities at the same time: the database detects deadlocks between them, and
 * the importers' retries get every document stored.
 */
@ExtendWith(Neo4jExtension.class)
class ConcurrentImportIT {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final String[] NAMES = {"Zorblang", "Nimbel", "Quillium", "Frobnic", "Tarnish"};

    private static byte[] article(int writer, int n) {
        StringBuilder text = new StringBuilder("# Notes " + writer + "-" + n + "\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            String a = NAMES[(i + n) % NAMES.length];
            String b = NAMES[(i + writer + 1) % NAMES.length];
            text.append(a).append(" is a web framework written in Python. ")
                    .append(a).append(" and ").append(b).append(" are used for back end development. ")
                    .append("Python is known for its clean syntax.\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldStoreEveryDocumentWhenFourIndependentWritersOverlap(Driver driver) throws Exception {
        int writers = 4;
        int perWriter = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            // one importer each: nothing in this JVM serialises them, only the database
            Importer importer = new Importer(PIPELINE, new GraphWriter(driver, null), 1);
            done.add(pool.submit(() -> {
                List<DocumentGraph> graphs = new ArrayList<>();
                for (int n = 0; n < perWriter; n++) {
                    graphs.add(PIPELINE.extract("concurrent/w" + writer + "-" + n + ".md", article(writer, n),
                            Format.MARKDOWN));
                }
                start.await(); // every writer writes at the same moment, so their transactions overlap
                int stored = 0;
                for (DocumentGraph graph : graphs) {
                    importer.importGraph(graph);
                    stored++;
                }
                return stored;
            }));
        }
        int stored = 0;
        for (Future<Integer> f : done) {
            stored += f.get();
        }
        pool.shutdown();

        assertThat(stored).isEqualTo(writers * perWriter);
        long documents = driver.executableQuery("MATCH (d:Document) WHERE d.source STARTS WITH 'concurrent/' "
                + "RETURN count(d) AS n").execute().records().get(0).get("n").asLong();
        assertThat(documents).isEqualTo(writers * perWriter);
    }
}
