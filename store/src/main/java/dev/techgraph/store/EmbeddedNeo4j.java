package dev.techgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j in this JVM with Bolt on 127.0.0.1, so the service, the CLI and any Bolt client share one store.
 *
 * <p>Nothing can write or read a file without the credential, from any local process or web page: Bolt
 * (and the WebSocket upgrade on the same port) asks for the {@link BoltCredential} of the data folder;
 * Neo4j's HTTP connector, when on, serves the Neo4j Browser app and nothing else (no transactional or query
 * API); {@code LOAD CSV} cannot read {@code file:} URLs; neither Neo4j nor the Browser calls outside hosts.
 * Open Bolt (no credential) is only for tests and for users who ask for it explicitly.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final Path home;
    private final int boltPort;
    private final BoltCredential credential;

    private EmbeddedNeo4j(DatabaseManagementService service, Path home, int boltPort, BoltCredential credential) {
        this.service = service;
        this.home = home;
        this.boltPort = boltPort;
        this.credential = credential;
    }

    /**
     * Starts Neo4j on the store in {@code home}, Bolt on {@code 127.0.0.1:boltPort} (0 picks a free port).
     *
     * @param credential    the password Bolt asks for (the {@code neo4j} user is given it); null for open Bolt
     * @param extraSettings further neo4j.conf settings by name (e.g. the HTTP connector for Neo4j Browser);
     *                      they cannot turn the protections above off
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, BoltCredential credential,
                                      Map<String, String> extraSettings) {
        int port = boltPort == 0 ? freePort() : boltPort;
        if (!portIsFree(port)) {
            throw new StoreException("port 127.0.0.1:" + port + " is in use: is TechGraph already running? "
                    + "Stop it, or set TECHGRAPH_BOLT_PORT to another port.");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
        settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        settings.put("server.http.enabled", "false");
        settings.put("server.https.enabled", "false");
        // Netty 4.2 (shared with Micronaut and the driver) does not support Neo4j's local channel.
        settings.put("internal.dbms.bolt.local_enabled", "false");
        settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        settings.put("dbms.usage_report.enabled", "false");
        settings.put("server.memory.pagecache.size", "256m");
        settings.put("db.transaction.timeout", "120s");
        // no single query (e.g. one sent to the API's Cypher console) may take the JVM's heap
        settings.put("db.memory.transaction.max", "256m");
        // transaction logs are kept only briefly (Neo4j's default is two days, gigabytes during an import);
        // smaller files let pruning at each checkpoint free space sooner
        settings.put("db.tx_log.rotation.retention_policy", StoreSettings.txLogRetention(System.getenv()));
        settings.put("db.tx_log.rotation.size", "64M");
        // pruning happens only at a checkpoint, by default every 15 minutes: a long import wrote 6 GB of logs
        // before the first one (100,000 documents, 13 minutes). Checkpoint whenever 256 MB of log has been written.
        settings.put("db.checkpoint", "VOLUME");
        settings.put("db.checkpoint.interval.volume", "256M");
        // one plan per query and parameter types: by default the size of a list parameter is part of the plan
        // cache's key, so every new number of use-case keys (realtime: 3, web development: 8) planned the same
        // search again, 1.3-2.6 s each on a fresh service; our lists are small enough that their size never
        // changes the best plan
        settings.put("internal.cypher.use_parameter_size", "false");
        settings.putAll(extraSettings);
        settings.putAll(protections(credential != null));
        try {
            Files.createDirectories(home);
            Path conf = home.resolve("techgraph-neo4j.conf");
            Files.writeString(conf, settings.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
            long started = System.nanoTime();
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                    .loadPropertiesFromFile(conf)
                    .build();
            try {
                service.database("neo4j"); // fails fast when the store is locked or broken
                if (credential != null) {
                    givePassword(service, credential);
                }
            } catch (RuntimeException e) {
                service.shutdown();
                throw e;
            }
            LOG.info("Embedded Neo4j started in {} ms, store {}, Bolt bolt://127.0.0.1:{}",
                    (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), port);
            EmbeddedNeo4j db = new EmbeddedNeo4j(service, home, port, credential);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Neo4j store in " + home + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot start the embedded Neo4j on " + home.toAbsolutePath()
                    + ": " + rootMessage(e) + " (is another TechGraph process using this data directory?)", e);
        }
    }

    /** Settings no caller may override: what keeps the store closed to anyone without the credential. */
    private static Map<String, String> protections(boolean auth) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dbms.security.auth_enabled", Boolean.toString(auth));
        // the HTTP connector serves the Browser app only: no Cypher over HTTP, with or without a credential
        settings.put("server.http_enabled_modules", "BROWSER");
        settings.put("dbms.security.allow_csv_import_from_file_urls", "false");
        // no error reports or analytics from the user's machine, and no guides fetched from outside hosts
        // (browser.allow_outgoing_connections is not a Community Edition setting)
        settings.put("client.allow_telemetry", "false");
        settings.put("browser.remote_content_hostname_whitelist", "127.0.0.1");
        return settings;
    }

    /**
     * Gives the {@code neo4j} user the data folder's password when the credential is new or the user still
     * has Neo4j's default one. Runs in-process on the system database, so it needs no login.
     */
    private static void givePassword(DatabaseManagementService service, BoltCredential credential) {
        GraphDatabaseService system = service.database("system");
        Boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", BoltCredential.USERNAME),
                result -> result.hasNext() ? (Boolean) result.next().get("passwordChangeRequired") : null);
        if (changeRequired == null) {
            system.executeTransactionally("CREATE USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", credential.password()));
        } else if (changeRequired || credential.created()) {
            system.executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", credential.password()));
        } else {
            return;
        }
        LOG.info("Neo4j user '{}' given the password kept in {}", BoltCredential.USERNAME, credential.file());
    }

    /** The Bolt URI any Neo4j client can connect to. */
    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** The token a Bolt client logs in with: the credential, or none when Bolt is open. */
    public AuthToken authToken() {
        return credential == null ? AuthTokens.none() : credential.authToken();
    }

    /** The file holding Bolt's password, or null when Bolt is open. */
    public Path credentialFile() {
        return credential == null ? null : credential.file();
    }

    public int boltPort() {
        return boltPort;
    }

    public Path home() {
        return home;
    }

    /** The default database, for in-process access (tests and diagnostics). */
    public GraphDatabaseService database() {
        return service.database("neo4j");
    }

    @Override
    public void close() {
        service.shutdown();
        LOG.info("Embedded Neo4j stopped, store {} closed", home.toAbsolutePath());
    }

    /** Whether something already listens on 127.0.0.1:port. */
    public static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
