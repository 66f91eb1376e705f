package dev.techgraph.store.config;

import dev.techgraph.store.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * All of TechGraph's settings, read once from the environment ({@link Variable} lists them): the service's
 * HTTP address and write token, the start-up import, the vocabulary, and where the graph is
 * ({@link StoreSettings}). {@code serve} and every command build it the same way; a bad value is a
 * {@link ConfigException} that names the variable and the value.
 *
 * @param port         HTTP port of the service ({@code TECHGRAPH_PORT})
 * @param host         address the HTTP server binds to ({@code TECHGRAPH_HOST})
 * @param token        bearer token for writes through the API, or null when writes are open
 * @param sampleCorpus import the bundled articles when the graph is empty at start-up
 * @param vocabulary   a vocabulary file replacing the bundled one, or null for the bundled one
 * @param store        where the graph is: a Neo4j server, or the embedded store and its ports
 */
public record TechGraphConfig(int port, String host, String token, boolean sampleCorpus, Path vocabulary,
                              StoreSettings store) {

    public TechGraphConfig {
        if (port < 0 || port > 65535) {
            throw new ConfigException("the HTTP port must be within 0-65535, was " + port);
        }
        if (host == null || host.isBlank()) {
            throw new ConfigException("the HTTP host is empty");
        }
        if (store == null) {
            throw new ConfigException("the store settings are missing");
        }
        token = token == null || token.isBlank() ? null : token;
    }

    /** The configuration of this process, from its environment. */
    public static TechGraphConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** The configuration from variables by name; absent or blank ones take their defaults. */
    public static TechGraphConfig from(Map<String, String> env) {
        Path vocabulary = Variable.TECHGRAPH_VOCABULARY.in(env).map(Path::of).orElse(null);
        if (vocabulary != null && !Files.isRegularFile(vocabulary)) {
            throw ConfigException.badValue(Variable.TECHGRAPH_VOCABULARY, vocabulary.toString(),
                    "is not a file (" + vocabulary.toAbsolutePath() + ")");
        }
        return new TechGraphConfig(
                Variable.TECHGRAPH_PORT.port(env, 1),
                Variable.TECHGRAPH_HOST.text(env),
                Variable.TECHGRAPH_TOKEN.text(env),
                Variable.TECHGRAPH_SAMPLE_CORPUS.bool(env),
                vocabulary,
                StoreSettings.from(env));
    }

    /**
     * The configuration from properties named as {@link Variable#property()} says (e.g. a Micronaut
     * environment, where tests set {@code neo4j.uri}); the same parsing as {@link #from(Map)}.
     */
    public static TechGraphConfig fromProperties(Function<String, String> properties) {
        Map<String, String> env = new HashMap<>();
        for (Variable variable : Variable.values()) {
            String value = properties.apply(variable.property());
            if (value != null) {
                env.put(variable.name(), value);
            }
        }
        return from(env);
    }

    /** True when writes through the API need the bearer token. */
    public boolean writesNeedToken() {
        return token != null;
    }

    /** This configuration with another store (e.g. the CLI's {@code --neo4j-uri}). */
    public TechGraphConfig withStore(StoreSettings other) {
        return new TechGraphConfig(port, host, token, sampleCorpus, vocabulary, other);
    }

    /** Never prints the token or the password. */
    @Override
    public String toString() {
        return "TechGraphConfig[http=" + host + ":" + port + ", token=" + (token == null ? "unset" : "set")
                + ", sampleCorpus=" + sampleCorpus + ", vocabulary=" + (vocabulary == null ? "bundled" : vocabulary)
                + ", store=" + store + "]";
    }
}
