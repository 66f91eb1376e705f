package dev.techgraph.store;

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
                parsePort(env.get("TECHGRAPH_BROWSER_PORT"), DEFAULT_BROWSER_PORT, "TECHGRAPH_BROWSER_PORT"),
                parseBoolean(env.get("TECHGRAPH_BOLT_AUTH"), true, "TECHGRAPH_BOLT_AUTH"));
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

    private static boolean parseBoolean(String value, boolean fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, was '" + value + "'");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
