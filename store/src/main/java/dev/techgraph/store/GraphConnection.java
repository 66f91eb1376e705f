package dev.techgraph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
    private final Path recordedIn;

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, String description,
                            String browserUrl, Path recordedIn) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.description = description;
        this.browserUrl = browserUrl;
        this.recordedIn = recordedIn;
    }

    /**
     * The service's connection: the configured server, or the embedded store in the data folder with Bolt on
     * {@code TECHGRAPH_BOLT_PORT} and Neo4j Browser when asked for, recorded in the data folder
     * ({@link ServiceRecord}) so the command line writes through it. Applies the schema.
     */
    public static GraphConnection open(StoreSettings settings) {
        if (!settings.embedded()) {
            return openServer(settings);
        }
        Path dataDir = settings.dataDir();
        ServiceRecord.running(dataDir).filter(r -> !r.isThisProcess()).ifPresent(r -> {
            throw new StoreException("the data folder " + dataDir.toAbsolutePath() + " is in use by another "
                    + "TechGraph service (pid " + r.pid() + ", Bolt " + r.boltUri() + ", started " + r.startedAt()
                    + "): stop it, or set TECHGRAPH_DATA to another folder");
        });
        BoltCredential credential = settings.boltAuth() ? BoltCredential.forDataDir(dataDir) : null;
        EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, settings.boltPort(), credential, browserSettings(settings));
        Driver driver = startedDriver(db);
        String browser = settings.browser() ? browserUrl(settings.browserPort(), db.boltPort(), credential) : null;
        try {
            ServiceRecord.ofThisProcess(db.boltPort(), -1, settings.browser() ? settings.browserPort() : -1)
                    .publish(dataDir);
        } catch (RuntimeException e) {
            driver.close();
            db.close();
            throw e;
        }
        return new GraphConnection(driver, null, db, "data folder " + dataDir.toAbsolutePath() + " (Bolt "
                + db.boltUri() + (credential == null ? ", open: TECHGRAPH_BOLT_AUTH=false" : "") + ")",
                browser, dataDir);
    }

    /**
     * A command's connection (import, remove): the configured server; else the service that runs on the data
     * folder, found by its {@link ServiceRecord} (never by a port alone); else the store in the data folder,
     * opened by this process with Bolt on an ephemeral loopback port that asks for the credential, and no
     * HTTP connector.
     *
     * @param announce hears which graph this is as soon as that is decided, before the (slower) connection
     */
    public static GraphConnection openForCommand(StoreSettings settings, Consumer<String> announce) {
        if (!settings.embedded()) {
            announce.accept(serverDescription(settings));
            return openServer(settings);
        }
        Path dataDir = settings.dataDir();
        Optional<ServiceRecord> running = ServiceRecord.running(dataDir);
        if (running.isPresent()) {
            String description = "data folder " + dataDir.toAbsolutePath() + " (through the running service, pid "
                    + running.get().pid() + ", Bolt " + running.get().boltUri() + ")";
            announce.accept(description);
            return attach(dataDir, running.get(), description);
        }
        String description = "data folder " + dataDir.toAbsolutePath() + " (opened by this command; no service "
                + "runs on it)";
        announce.accept(description);
        // the credential even when the service's Bolt is open: this listener is nobody else's business
        EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, BoltCredential.forDataDir(dataDir), Map.of());
        return new GraphConnection(startedDriver(db), null, db, description, null, null);
    }

    private static String serverDescription(StoreSettings settings) {
        return "Neo4j at " + settings.uri() + (settings.database() == null ? "" : ", database " + settings.database());
    }

    private static GraphConnection openServer(StoreSettings settings) {
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
        return new GraphConnection(driver, settings.database(), null, serverDescription(settings), null, null);
    }

    private static Driver startedDriver(EmbeddedNeo4j db) {
        Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken(), config());
        try {
            verifyStarted(driver);
            Schema.migrate(driver, null);
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            db.close();
            throw new StoreException("the embedded Neo4j started but does not answer: " + e.getMessage(), e);
        }
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

    /** Writes through the service that owns the data folder, logging in with the folder's credential. */
    private static GraphConnection attach(Path dataDir, ServiceRecord service, String description) {
        AuthToken auth = BoltCredential.existing(dataDir).map(BoltCredential::authToken).orElse(AuthTokens.none());
        Driver driver = GraphDatabase.driver(service.boltUri(), auth, config());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreException("the TechGraph service that owns " + dataDir.toAbsolutePath() + " (pid "
                    + service.pid() + ") does not answer on " + service.boltUri() + ": " + e.getMessage()
                    + ". Wait until it has started, or stop it.", e);
        }
        try {
            migrateWhileOthersMayToo(driver);
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreException("cannot check the schema of the running service at "
                    + service.boltUri() + ": " + e.getMessage(), e);
        }
        return new GraphConnection(driver, null, null, description, null, null);
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
                "server.http.advertised_address", "127.0.0.1:" + settings.browserPort(),
                // no other web page gets an answer it may read
                "dbms.security.http_access_control_allow_origin", "http://127.0.0.1:" + settings.browserPort(),
                // the Browser app may load and reach nothing but itself and Bolt on this machine (its bundle
                // would fetch fonts from an outside host; the default policy allows analytics hosts too)
                "dbms.security.http_static_content_security_policy_header", BROWSER_CONTENT_SECURITY_POLICY);
    }

    private static final String BROWSER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'none'; connect-src 'self' ws://127.0.0.1:* ws://localhost:*";

    /**
     * The Browser's address, preconfigured with the embedded Bolt address and user, so the connect form only
     * asks for the password in the data folder (nothing at all when Bolt is open).
     */
    static String browserUrl(int browserPort, int boltPort, BoltCredential credential) {
        String base = "http://127.0.0.1:" + browserPort + "/browser/?dbms=bolt://";
        return credential == null
                ? base + "127.0.0.1:" + boltPort + "&preselectAuthMethod=NO_AUTH"
                : base + BoltCredential.USERNAME + "@127.0.0.1:" + boltPort + "&preselectAuthMethod=NATIVE";
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

    /** The file with the password of the embedded store's Bolt, or null (a server, or open Bolt). */
    public Path credentialFile() {
        return embedded == null ? null : embedded.credentialFile();
    }

    /** The Bolt URI clients can use for the embedded store, or null. */
    public String embeddedBoltUri() {
        return embedded == null ? null : embedded.boltUri();
    }

    @Override
    public String toString() {
        return description;
    }

    /** Completes the data folder's service record with the HTTP port, once the service listens on it. */
    public void recordHttpPort(int httpPort) {
        if (recordedIn != null) {
            ServiceRecord.read(recordedIn).filter(ServiceRecord::isThisProcess)
                    .ifPresent(r -> r.withHttpPort(httpPort).publish(recordedIn));
        }
    }

    @Override
    public void close() {
        if (recordedIn != null) {
            ServiceRecord.withdraw(recordedIn);
        }
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
