package dev.techgraph.api.system;

import dev.techgraph.importer.extract.RuleExtractor;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.StoreSettings;
import dev.techgraph.model.vocabulary.Vocabulary;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

/**
 * The graph connection of the service: the server named by {@code neo4j.uri} ({@code NEO4J_URI}), or the
 * embedded store. One long-lived driver, shared by every controller; closed, then the store, on shutdown.
 */
@Factory
class GraphFactory {

    @Singleton
    @Bean(preDestroy = "close")
    GraphConnection graphConnection(@Value("${neo4j.uri:}") String uri,
                                    @Value("${neo4j.username:neo4j}") String username,
                                    @Value("${neo4j.password:}") String password,
                                    @Value("${neo4j.database:}") String database) {
        StoreSettings env = StoreSettings.fromEnvironment();
        StoreSettings settings = uri.isBlank() ? env : new StoreSettings(uri, username, password,
                database.isBlank() ? null : database, env.dataDir(), env.boltPort(), false, env.browserPort(),
                env.boltAuth());
        return GraphConnection.open(settings);
    }

    @Singleton
    Driver driver(GraphConnection connection) {
        return connection.driver();
    }

    @Singleton
    Database database(GraphConnection connection) {
        return new Database(connection.database());
    }

    @Singleton
    Vocabulary vocabulary() {
        return Vocabulary.load();
    }

    @Singleton
    Pipeline pipeline(Vocabulary vocabulary) {
        return new Pipeline(new RuleExtractor(vocabulary));
    }

    @Singleton
    Importer importer(Pipeline pipeline, GraphConnection connection) {
        return new Importer(pipeline, new GraphWriter(connection.driver(), connection.database()));
    }
}
