package dev.techgraph.store;

import dev.techgraph.store.config.TechGraphConfig;
import dev.techgraph.store.config.Variable;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the graph is: a Neo4j server or cluster ({@code NEO4J_URI} and credentials), or the embedded
 * store in {@code TECHGRAPH_DATA} with Bolt on {@code 127.0.0.1:TECHGRAPH_BOLT_PORT}.
 *
 * @param uri      Bolt or neo4j:// URI of a server; null for the embedded store
 * @param database database name on the server; null for its default
 * @param boltAuth {@code TECHGRAPH_BOLT_AUTH}: the embedded store's Bolt asks for the credential kept in the
 *                 data folder ({@link BoltCredential}); {@code false} opens it to every local process
 */
public record StoreSettings(String uri, String username, String password, String database, Path dataDir,
                            int boltPort, boolean browser, int browserPort, boolean boltAuth) {

    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final int DEFAULT_BROWSER_PORT = 7474;

    /** The store part of {@link TechGraphConfig#fromEnvironment()}. */
    public static StoreSettings fromEnvironment() {
        return TechGraphConfig.fromEnvironment().store();
    }

    /** The store settings from variables by name ({@link Variable}); absent or blank ones take their defaults. */
    public static StoreSettings from(Map<String, String> env) {
        return new StoreSettings(
                Variable.NEO4J_URI.text(env),
                Variable.NEO4J_USERNAME.text(env),
                Variable.NEO4J_PASSWORD.raw(env),
                Variable.NEO4J_DATABASE.text(env),
                Path.of(Variable.TECHGRAPH_DATA.text(env)),
                Variable.TECHGRAPH_BOLT_PORT.port(env, 0),
                Variable.TECHGRAPH_BROWSER.bool(env),
                Variable.TECHGRAPH_BROWSER_PORT.port(env, 0),
                Variable.TECHGRAPH_BOLT_AUTH.bool(env));
    }

    /** The same settings pointed at the Neo4j server at {@code serverUri} (no Browser of our own). */
    public StoreSettings withServer(String serverUri) {
        return new StoreSettings(serverUri, username, password, database, dataDir, boltPort, false, browserPort,
                boltAuth);
    }

    /** The same settings with or without Neo4j Browser. */
    public StoreSettings withBrowser(boolean on) {
        return new StoreSettings(uri, username, password, database, dataDir, boltPort, on, browserPort, boltAuth);
    }

    /** How long the embedded store keeps transaction logs when {@code TECHGRAPH_TX_LOG_RETENTION} is unset. */
    public static final String DEFAULT_TX_LOG_RETENTION = Variable.TECHGRAPH_TX_LOG_RETENTION.fallback();

    /**
     * The embedded store's transaction log retention ({@code TECHGRAPH_TX_LOG_RETENTION}, in Neo4j's
     * {@code db.tx_log.rotation.retention_policy} form: {@code 100M size}, {@code 2 files}, {@code 1 hours},
     * {@code keep_none}, {@code keep_all}). Logs beyond it are pruned at the next checkpoint; a short
     * retention keeps the disk bounded during large imports.
     */
    public static String txLogRetention(Map<String, String> env) {
        String value = env.get(Variable.TECHGRAPH_TX_LOG_RETENTION.name());
        String v = Variable.TECHGRAPH_TX_LOG_RETENTION.text(env);
        if (!v.matches("(?i)keep_all|keep_none|true|false|\\d+[kmg]?\\s+(files|size|txs|entries|hours|days)")) {
            throw new IllegalArgumentException("TECHGRAPH_TX_LOG_RETENTION must look like '100M size', '2 files', "
                    + "'1 hours' or 'keep_none', was '" + value + "'");
        }
        return v;
    }

    /** True when no server is configured and the embedded store is used. */
    public boolean embedded() {
        return uri == null;
    }

    /** The Bolt URI of the embedded store. */
    public String embeddedBoltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return embedded() ? "embedded store " + dataDir.toAbsolutePath() + " (Bolt " + embeddedBoltUri() + ")"
                : uri + (database == null ? "" : " database " + database) + " as " + username;
    }
}
