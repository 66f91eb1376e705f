package dev.techgraph.api.system;

import dev.techgraph.store.GraphConnection;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the HTTP server listens: completes the service record in the data folder with its port (the command
 * line finds the service there) and tells the user where Neo4j Browser and Bolt are and how to log in.
 */
@Singleton
class ServiceAnnouncement {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceAnnouncement.class);

    private final GraphConnection connection;

    ServiceAnnouncement(GraphConnection connection) {
        this.connection = connection;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
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
