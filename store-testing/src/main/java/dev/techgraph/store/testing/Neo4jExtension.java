package dev.techgraph.store.testing;

import dev.techgraph.store.EmbeddedNeo4j;
import dev.techgraph.store.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * A real Neo4j for integration tests: started once per test JVM, wiped before each test.
 *
 * <p>Where a Docker engine answers, it is a Testcontainers Neo4j of the same version; elsewhere (as on
 * the team's machines and CI) the in-process {@link EmbeddedNeo4j} in a temporary directory. Tests receive
 * a {@link Driver} parameter, or read {@link #boltUri()}.
 */
public final class Neo4jExtension implements BeforeEachCallback, ParameterResolver {

    private static final String IMAGE = "neo4j:5.26.30-community";

    private static volatile Server server;

    /** The Bolt URI of the shared test database (starting it if needed). */
    public static String boltUri() {
        return server().uri;
    }

    /** The shared driver of the test database (starting it if needed). */
    public static Driver driver() {
        return server().driver;
    }

    /** Deletes every node and relationship; the schema stays. */
    public static void wipe() {
        // CALL ... IN TRANSACTIONS needs an auto-commit transaction, which executableQuery does not give
        try (var session = driver().session()) {
            session.run("MATCH (n) WHERE NOT n:__Neo4jMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS")
                    .consume();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        wipe();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Driver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return driver();
    }

    private static Server server() {
        Server s = server;
        if (s == null) {
            synchronized (Neo4jExtension.class) {
                s = server;
                if (s == null) {
                    s = start();
                    server = s;
                }
            }
        }
        return s;
    }

    private static Server start() {
        Server started = dockerAvailable() ? container() : embedded();
        Schema.migrate(started.driver, null);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "neo4j-test-shutdown"));
        return started;
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("TECHGRAPH_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static Server container() {
        Neo4jContainer container = new Neo4jContainer(IMAGE).withoutAuthentication();
        container.start();
        Driver driver = GraphDatabase.driver(container.getBoltUrl(), AuthTokens.none());
        return new Server(container.getBoltUrl(), driver, container::stop);
    }

    private static Server embedded() {
        try {
            Path home = Files.createTempDirectory("techgraph-test-neo4j");
            // open Bolt: the test database is private to the test JVM; the credential path is tested on its own
            EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, null, Map.of());
            Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
            driver.verifyConnectivity();
            return new Server(db.boltUri(), driver, () -> {
                db.close();
                deleteRecursively(home);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private record Server(String uri, Driver driver, Runnable stopper) {
        void close() {
            driver.close();
            stopper.run();
        }
    }
}
