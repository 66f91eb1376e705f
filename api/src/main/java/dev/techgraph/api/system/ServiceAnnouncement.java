package dev.techgraph.api.system;

import dev.techgraph.store.GraphConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the HTTP server listens: completes the service record in the data folder with its port (the command
 * line finds the service there) and tells the user where Neo4j Browser and Bolt are and how to log in.
 * The connection is taken lazily: when the store cannot be reached at start-up the service still starts and
 * answers 503, and there is nothing to announce.
 */
@Singleton
class ServiceAnnouncement {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceAnnouncement.class);

    private final BeanProvider<GraphConnection> graph;

    ServiceAnnouncement(BeanProvider<GraphConnection> graph) {
        this.graph = graph;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        GraphConnection connection;
        try {
            connection = graph.get();
        } catch (RuntimeException e) {
            LOG.warn("The graph store is not available yet; the API answers 503 until it is");
            return;
        }
        connection.recordHttpPort(event.getSource().getPort());
        if (!connection.embedded()) {
            return;
        }
        String login = connection.credentialFile() == null
                ? "no authentication (TECHGRAPH_BOLT_AUTH=false)"
                : "user neo4j, password in " + connection.credentialFile().toAbsolutePath();
        if (connection.browserUrl() != null) {
            LOG.info("Neo4j Browser at {} ({})", connection.browserUrl(), login);
        }
        LOG.info("Bolt at {} ({})", connection.embeddedBoltUri(), login);
    }
}
