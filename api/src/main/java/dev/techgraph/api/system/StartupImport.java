package dev.techgraph.api.system;

import dev.techgraph.importer.pipeline.BatchReport;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.store.GraphConnection;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an empty graph, imports the bundled sample corpus, so one command gives a working
 * system. A graph that already has documents is left as it is.
 */
@Singleton
@Requires(property = "techgraph.sample-corpus", value = "true", defaultValue = "true")
class StartupImport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupImport.class);

    private final Driver driver;
    private final Database database;
    private final Importer importer;
    private final GraphConnection connection;

    StartupImport(Driver driver, Database database, Importer importer, GraphConnection connection) {
        this.driver = driver;
        this.database = database;
        this.importer = importer;
        this.connection = connection;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        long documents = driver.executableQuery("MATCH (d:Document) RETURN count(d) AS n")
                .withConfig(database.query()).execute().records().get(0).get("n").asLong();
        if (documents > 0) {
            LOG.info("Graph on {} has {} documents; sample corpus not imported", connection, documents);
            return;
        }
        BatchReport report = importer.importSampleCorpus();
        LOG.info("Imported the sample corpus into {}: {}", connection, report.summary());
        report.failures().forEach(f -> LOG.warn("sample corpus: {}", f));
    }
}
