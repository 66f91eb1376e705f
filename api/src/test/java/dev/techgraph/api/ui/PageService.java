package dev.techgraph.api.ui;

import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.store.testing.Neo4jExtension;
import java.util.Map;

/** The service the page tests run against: the test Neo4j, open writes, a free port, the sample corpus. */
final class PageService {

    private PageService() {
    }

    static Map<String, String> properties() {
        return Map.of("neo4j.uri", Neo4jExtension.boltUri(),
                "techgraph.sample-corpus", "false",
                "techgraph.token", "",
                "micronaut.server.port", "-1");
    }

    /** Imports the sample corpus into an empty graph; a graph another test class loaded is left as it is. */
    static void importSampleCorpusIfEmpty(Importer importer) {
        long documents = Neo4jExtension.driver().executableQuery("MATCH (d:Document) RETURN count(d) AS n")
                .execute().records().get(0).get("n").asLong();
        if (documents == 0) {
            importer.importSampleCorpus();
        }
    }
}
