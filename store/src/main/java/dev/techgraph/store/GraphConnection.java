package dev.techgraph.store;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open connection to the graph: one long-lived driver and, in embedded mode, the in-process Neo4j it
 * talks to. Closing closes the driver first, then the store.
 */
public final class GraphConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphConnection.class);

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String description;
    private final String browserUrl;

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, String description) {
        this(driver, database, embedded, description, null);
    }

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, String description,
                            String browserUrl) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.description = description;
        this.browserUrl = browserUrl;
    }

    /** Connects to the configured server, or starts the embedded store, and applies the schema. */
    public static GraphConnection open(StoreSettings settings) {
        if (!settings.embedded()) {
            AuthToken auth = settings.password() == null || settings.password().isEmpty()
                    ? AuthTokens.none() : AuthTokens.basic(settings.username(), settings.password());
            Driver driver = GraphDatabase.driver(settings.uri(), auth, config());
            try {
                driver.verifyConnectivity();
                Schema.migrate(driver, settings.database());
            } catch (RuntimeException e) {
                driver.close();
                throw new StoreException("cannot use Neo4j at " + settings.uri() + ": " + e.getMessage(), e);
            }
            return new GraphConnection(driver, settings.database(), null, settings.uri());
        }
        EmbeddedNeo4j db = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort(), browserSettings(settings));
        Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), config());
        try {
            verifyStarted(driver);
            Schema.migrate(driver, null);
        } catch (RuntimeException e) {
            driver.close();
            db.close();
            throw new StoreException("the embedded Neo4j started but does not answer: " + e.getMessage(), e);
        }
        String browser = settings.browser() ? "http://127.0.0.1:" + settings.browserPort() + "/browser/" : null;
        return new GraphConnection(driver, null, db, "embedded store " + settings.dataDir().toAbsolutePath()
                + " (Bolt " + db.boltUri() + ")", browser);
    }

    /**
     * The store has just started in this JVM: on a busy machine its first Bolt handshake can take longer than
     * the 2 s a request may wait for a connection, so start-up keeps asking for up to a minute.
     */
    private static void verifyStarted(Driver driver) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                driver.verifyConnectivity();
                return;
            } catch (ServiceUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.debug("embedded Neo4j not answering yet: {}", e.getMessage());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Connects to the Bolt port of a TechGraph service already running on the embedded store, if there is
     * one: writing through it is the only safe way while it holds the store.
     */
    public static GraphConnection attachToRunningService(StoreSettings settings) {
        if (EmbeddedNeo4j.portIsFree(settings.boltPort())) {
            return null;
        }
        Driver driver = GraphDatabase.driver(settings.embeddedBoltUri(), AuthTokens.none(), config());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreException("port " + settings.boltPort() + " is taken but no Neo4j answers there: "
                    + e.getMessage() + ". Set TECHGRAPH_BOLT_PORT or NEO4J_URI.", e);
        }
        try {
            migrateWhileOthersMayToo(driver);
            return new GraphConnection(driver, null, null, "running service (Bolt " + settings.embeddedBoltUri() + ")");
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreException("cannot check the schema of the running service at "
                    + settings.embeddedBoltUri() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies the schema; other imports attached to the same service may hold the migrations lock for a
     * moment, so a failure is retried for a few seconds before it counts.
     */
    private static void migrateWhileOthersMayToo(Driver driver) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                Schema.migrate(driver, null);
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.debug("schema migration not possible yet, retrying: {}", e.getMessage());
                try {
                    Thread.sleep(250 + (long) (Math.random() * 500));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Neo4j Browser (the neo4j-browser jar on the classpath) is served by the store's own HTTP connector,
     * on the loopback interface only; off unless the settings ask for it.
     */
    private static Map<String, String> browserSettings(StoreSettings settings) {
        if (!settings.browser()) {
            return Map.of();
        }
        if (!EmbeddedNeo4j.portIsFree(settings.browserPort())) {
            throw new StoreException("port 127.0.0.1:" + settings.browserPort() + " (Neo4j Browser) is in use: "
                    + "set TECHGRAPH_BROWSER_PORT to another port, or TECHGRAPH_BROWSER=false");
        }
        return Map.of("server.http.enabled", "true",
                "server.http.listen_address", "127.0.0.1:" + settings.browserPort(),
                "server.http.advertised_address", "127.0.0.1:" + settings.browserPort());
    }

    private static Config config() {
        return Config.builder()
                .withConnectionTimeout(2, TimeUnit.SECONDS)
                // a request must fail fast (503) when the database is down, not wait out retries
                .withConnectionAcquisitionTimeout(2, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(1, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .withLogging(Logging.slf4j())
                .build();
    }

    public Driver driver() {
        return driver;
    }

    /** The database name, or null for the server's default. */
    public String database() {
        return database;
    }

    /** True when this process runs the store in-process. */
    public boolean embedded() {
        return embedded != null;
    }

    /** The Neo4j Browser URL of the embedded store, or null when it is not served. */
    public String browserUrl() {
        return browserUrl;
    }

    /** The Bolt URI clients can use for the embedded store, or null. */
    public String embeddedBoltUri() {
        return embedded == null ? null : embedded.boltUri();
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        LOG.debug("closed {}", description);
    }
}
