package dev.techgraph.api.system;

import dev.techgraph.importer.extract.RuleExtractor;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.model.vocabulary.Vocabulary;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.config.TechGraphConfig;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.neo4j.driver.Driver;

/**
 * The graph connection of the service: the server named by {@code NEO4J_URI}, or the embedded store. One
 * long-lived driver, shared by every controller; closed, then the store, on shutdown.
 *
 * <p>The settings are the {@link TechGraphConfig} that {@code serve} read from the environment and
 * registered; a context started without it (the tests) reads the same variables as properties
 * ({@code neo4j.uri}, {@code techgraph.token}, ...).
 */
@Factory
class GraphFactory {

    @Singleton
    @Secondary
    TechGraphConfig configuration(Environment environment) {
        return TechGraphConfig.fromProperties(name -> environment.getProperty(name, String.class).orElse(null));
    }

    @Singleton
    @Bean(preDestroy = "close")
    GraphConnection graphConnection(TechGraphConfig config, Optional<StoreStart> started) {
        return started.map(StoreStart::await).orElseGet(() -> GraphConnection.open(config.store()));
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
    Vocabulary vocabulary(TechGraphConfig config) {
        return Vocabulary.load(config.vocabulary());
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
