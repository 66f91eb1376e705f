package dev.techgraph.store.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every environment variable TechGraph reads, with its default and meaning: the one list that the
 * README's configuration table and {@code ./techgraph --help} are checked against (a test fails when they
 * drift). Add a setting here first, then read it in {@link TechGraphConfig} or {@code StoreSettings}.
 */
public enum Variable {

    TECHGRAPH_PORT("8080", "`8080`", "HTTP port of the service"),
    TECHGRAPH_HOST("127.0.0.1", "`127.0.0.1`", "address the HTTP server binds to"),
    TECHGRAPH_TOKEN(null, "unset", "bearer token required for writes through the API; unset means writes are open "
            + "(loopback only by default)"),
    TECHGRAPH_DATA("data", "`./data`", "folder of the embedded Neo4j store"),
    TECHGRAPH_BOLT_PORT("7687", "`7687`", "Bolt port of the embedded Neo4j, on 127.0.0.1"),
    TECHGRAPH_BOLT_AUTH("true", "`true`", "Bolt of the embedded Neo4j asks for user `neo4j` and the password "
            + "generated in `$TECHGRAPH_DATA/neo4j-password` (0600); `false` opens it to every local process and web page"),
    TECHGRAPH_BROWSER("true", "`true`", "serve Neo4j Browser from the embedded store"),
    TECHGRAPH_BROWSER_PORT("7474", "`7474`", "HTTP port of Neo4j Browser, on 127.0.0.1"),
    TECHGRAPH_TX_LOG_RETENTION("100M size", "`100M size`", "how much transaction log the embedded store keeps "
            + "(Neo4j's retention form: `100M size`, `2 files`, `1 hours`, `keep_none`); pruned at each checkpoint"),
    TECHGRAPH_SAMPLE_CORPUS("true", "`true`", "import the sample corpus when the graph is empty at start-up "
            + "(in the background: the service answers meanwhile)"),
    TECHGRAPH_VOCABULARY(null, "bundled", "a vocabulary file that replaces the bundled files (format in "
            + "`Vocabulary`'s javadoc and `docs/vocabulary.md`)"),
    TECHGRAPH_SKIP_BUILD(null, "unset", "`1`: the launcher does not check whether a rebuild is needed", true),
    NEO4J_URI(null, "unset", "use this Neo4j server or cluster instead of the embedded store"),
    NEO4J_USERNAME("neo4j", "`neo4j`", "user for `NEO4J_URI`"),
    NEO4J_PASSWORD("", "empty", "password for `NEO4J_URI`"),
    NEO4J_DATABASE(null, "server default", "database for `NEO4J_URI`"),
    JAVA_OPTS(null, "`-Xms64m -Xmx2g -XX:+UseSerialGC`, plus `-XX:TieredStopAtLevel=1` for `serve` on a store under 256 MB",
            "JVM options of the launcher (replace the defaults)", true);

    private final String fallback;
    private final String shownDefault;
    private final String meaning;
    private final boolean launcherOnly;

    Variable(String fallback, String shownDefault, String meaning) {
        this(fallback, shownDefault, meaning, false);
    }

    Variable(String fallback, String shownDefault, String meaning, boolean launcherOnly) {
        this.fallback = fallback;
        this.shownDefault = shownDefault;
        this.meaning = meaning;
        this.launcherOnly = launcherOnly;
    }

    /** The value used when the variable is unset or blank; null when there is none. */
    public String fallback() {
        return fallback;
    }

    /** The default as the README shows it (Markdown). */
    public String shownDefault() {
        return shownDefault;
    }

    /** What the variable does (Markdown). */
    public String meaning() {
        return meaning;
    }

    /** True for the variables only the {@code ./techgraph} script reads (the build check, the JVM options). */
    public boolean launcherOnly() {
        return launcherOnly;
    }

    /**
     * The same setting as a configuration property, as Micronaut maps environment variables
     * ({@code TECHGRAPH_SAMPLE_CORPUS} is {@code techgraph.sample-corpus}); tests set settings this way.
     */
    public String property() {
        String lower = name().toLowerCase(Locale.ROOT);
        int first = lower.indexOf('_');
        return lower.substring(0, first) + "." + lower.substring(first + 1).replace('_', '-');
    }

    /** The value in {@code env}, stripped; empty when unset or blank. */
    public Optional<String> in(Map<String, String> env) {
        String value = env.get(name());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The value in {@code env}, stripped, else the fallback (may be null). */
    public String text(Map<String, String> env) {
        return in(env).orElse(fallback);
    }

    /** The value in {@code env} exactly as given (a password may start or end with a space), else the fallback. */
    public String raw(Map<String, String> env) {
        String value = env.get(name());
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** A port number within [min, 65535]. */
    public int port(Map<String, String> env, int min) {
        String value = text(env);
        try {
            int port = Integer.parseInt(value);
            if (port >= min && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw ConfigException.badValue(this, env.get(name()), "is not a port number (" + min + "-65535)");
    }

    /** true/false (also yes/no, 1/0, on/off). */
    public boolean bool(Map<String, String> env) {
        String value = text(env).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw ConfigException.badValue(this, env.get(name()), "is not true or false");
        };
    }

    /** The README's configuration table, header included. */
    public static List<String> readmeTable() {
        List<String> rows = new ArrayList<>();
        rows.add("| variable | default | meaning |");
        rows.add("| --- | --- | --- |");
        for (Variable v : values()) {
            rows.add("| `" + v.name() + "` | " + v.shownDefault + " | " + v.meaning + " |");
        }
        return rows;
    }

    /**
     * The variables for {@code --help}: name, meaning and default, the meaning wrapped to {@code width}
     * columns under itself.
     */
    public static List<String> helpLines(int width) {
        int nameWidth = Arrays.stream(values()).mapToInt(v -> v.name().length()).max().orElse(0);
        String indent = " ".repeat(2 + nameWidth + 2);
        List<String> lines = new ArrayList<>();
        for (Variable v : values()) {
            // the default stays on one line when it fits one: its words are joined by no-break spaces until wrapped
            String shown = "(default: " + plain(v.shownDefault) + ")";
            String text = plain(v.meaning) + " "
                    + (shown.length() <= width - indent.length() ? shown.replace(' ', '\u00a0') : shown);
            List<String> wrapped = wrap(text, width - indent.length()).stream().map(l -> l.replace('\u00a0', ' ')).toList();
            lines.add("  " + v.name() + " ".repeat(nameWidth - v.name().length() + 2) + wrapped.get(0));
            wrapped.subList(1, wrapped.size()).forEach(l -> lines.add(indent + l));
        }
        return lines;
    }

    private static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
