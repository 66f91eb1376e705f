package dev.techgraph.api.system;

import dev.techgraph.api.graph.GraphController;
import dev.techgraph.api.technology.TechnologySearch;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.read.GraphQueries;
import dev.techgraph.store.read.StatsQueries;
import dev.techgraph.store.read.TechnologyQueries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the queries a fresh service is asked first, on the store's thread as soon as the store is open and
 * while the web context still starts: the technology search, the overview graph the page draws, the
 * statistics. Planning one of these large queries takes 1-2.5 s of a cold JVM; Neo4j keeps one plan per
 * query text and parameter types, and a request that arrives while its query is being planned waits for
 * that plan instead of planning it again. The parameters are built the way the controllers build theirs,
 * so the plans are the ones their requests look up. A failure here only costs the first user that time.
 */
final class PlanWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(PlanWarmup.class);

    private static final String DOCUMENTS = "MATCH (:Document) RETURN count(*) AS documents";

    private PlanWarmup() {
    }

    static void run(GraphConnection connection) {
        long started = System.nanoTime();
        Graph graph = new Graph(connection.driver(), new Database(connection.database()));
        // no use case has an empty key: the search plans fully and answers nothing
        var search = new TechnologySearch.Criteria(Kind.FRAMEWORK, List.of(""), null, Polarity.POSITIVE, 50, 0);
        var anyKind = new TechnologySearch.Criteria(null, List.of(""), null, Polarity.POSITIVE, 50, 0);
        // the page's first overview asks for every kind it shows
        Map<String, Object> overview = GraphController.params(
                Arrays.stream(Kind.values()).map(Kind::label).collect(Collectors.joining(",")), null, null, null);
        try {
            if (graph.readOne(DOCUMENTS, Map.of()).get("documents").asLong() == 0) {
                // a new store: plans made on an empty graph go stale as soon as the sample corpus is in, and
                // planning them would take CPU from that import, which the first answer waits for
                return;
            }
            graph.read(TechnologyQueries.SUITED_FOR, TechnologySearch.params(search));
            graph.read(GraphQueries.TOP, overview);
            graph.read(StatsQueries.STATS, Map.of());
            graph.read(TechnologyQueries.SUITED_FOR, TechnologySearch.params(anyKind));
            LOG.info("First queries planned in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // e.g. the service was stopped meanwhile: the first requests plan their queries themselves
            LOG.info("Planning the first queries ahead stopped ({})", e.getMessage());
        }
    }
}
