package dev.techgraph.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the graph is: a Neo4j server or cluster ({@code NEO4J_URI} and credentials), or the embedded
 * store in {@code TECHGRAPH_DATA} with Bolt on {@code 127.0.0.1:TECHGRAPH_BOLT_PORT}.
 *
 * @param uri      Bolt or neo4j:// URI of a server; null for the embedded store
 * @param database database name on the server; null for its default
 */
public record StoreSettings(String uri, String username, String password, String database, Path dataDir,
                            int boltPort, boolean browser, int browserPort) {

    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final int DEFAULT_BROWSER_PORT = 7474;

    /** Settings from the environment, with the documented defaults. */
    public static StoreSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static StoreSettings from(Map<String, String> env) {
        return new StoreSettings(
                blankToNull(env.get("NEO4J_URI")),
                env.getOrDefault("NEO4J_USERNAME", "neo4j"),
                env.getOrDefault("NEO4J_PASSWORD", ""),
                blankToNull(env.get("NEO4J_DATABASE")),
                Path.of(env.getOrDefault("TECHGRAPH_DATA", "data")),
                parsePort(env.get("TECHGRAPH_BOLT_PORT"), DEFAULT_BOLT_PORT, "TECHGRAPH_BOLT_PORT"),
                !"false".equalsIgnoreCase(env.getOrDefault("TECHGRAPH_BROWSER", "true")),
                parsePort(env.get("TECHGRAPH_BROWSER_PORT"), DEFAULT_BROWSER_PORT, "TECHGRAPH_BROWSER_PORT"));
    }

    /** How long the embedded store keeps transaction logs when {@code TECHGRAPH_TX_LOG_RETENTION} is unset. */
    public static final String DEFAULT_TX_LOG_RETENTION = "100M size";

    /**
     * The embedded store's transaction log retention ({@code TECHGRAPH_TX_LOG_RETENTION}, in Neo4j's
     * {@code db.tx_log.rotation.retention_policy} form: {@code 100M size}, {@code 2 files}, {@code 1 hours},
     * {@code keep_none}, {@code keep_all}). Logs beyond it are pruned at the next checkpoint; a short
     * retention keeps the disk bounded during large imports.
     */
    public static String txLogRetention(Map<String, String> env) {
        String value = env.get("TECHGRAPH_TX_LOG_RETENTION");
        if (value == null || value.isBlank()) {
            return DEFAULT_TX_LOG_RETENTION;
        }
        String v = value.strip();
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

    private static int parsePort(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (0-65535), was '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
