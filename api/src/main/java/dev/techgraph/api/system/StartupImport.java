package dev.techgraph.api.system;

import dev.techgraph.importer.pipeline.BatchReport;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.config.TechGraphConfig;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an empty graph, imports the bundled sample corpus, so one command gives a working
 * system. A graph that already has documents is left as it is.
 *
 * <p>It runs on its own thread once the HTTP server listens, so {@code /health} and the API answer while the
 * articles are imported; the extraction pipeline (vocabulary, sentence models) is built only when there is
 * something to import.
 */
@Singleton
class StartupImport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupImport.class);

    private final TechGraphConfig config;
    private final BeanProvider<GraphConnection> connection;
    private final BeanProvider<Importer> importer;

    StartupImport(TechGraphConfig config, BeanProvider<GraphConnection> connection, BeanProvider<Importer> importer) {
        this.config = config;
        this.connection = connection;
        this.importer = importer;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (!config.sampleCorpus()) {
            return;
        }
        Thread thread = new Thread(this::importIfEmpty, "sample-corpus");
        thread.setDaemon(true);
        thread.start();
    }

    private void importIfEmpty() {
        try {
            GraphConnection graph = connection.get();
            long documents = graph.driver().executableQuery("MATCH (d:Document) RETURN count(d) AS n")
                    .withConfig(new Database(graph.database()).query()).execute()
                    .records().get(0).get("n").asLong();
            if (documents > 0) {
                LOG.info("Graph on {} has {} documents; sample corpus not imported", graph, documents);
                return;
            }
            BatchReport report = importer.get().importSampleCorpus();
            LOG.info("Imported the sample corpus into {}: {}", graph, report.summary());
            report.failures().forEach(f -> LOG.warn("sample corpus: {}", f));
        } catch (RuntimeException e) {
            LOG.warn("sample corpus not imported: {}", e.getMessage());
        }
    }
}
