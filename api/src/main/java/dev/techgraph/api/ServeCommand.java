package dev.techgraph.api;

import dev.techgraph.api.system.Preflight;
import dev.techgraph.api.system.StoreStart;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.StoreException;
import dev.techgraph.store.config.TechGraphConfig;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code techgraph serve}: the HTTP API and UI, on the embedded store unless NEO4J_URI is set.
 *
 * <p>Start-up in order: the settings ({@link TechGraphConfig}, a bad value stops here), the folder and
 * ports it needs (one line when one is taken), then Neo4j on its own thread while the web context starts,
 * so the two overlap. The HTTP server listens as soon as the context is up; requests that need the graph
 * wait for the store. The sample corpus (first start only) imports in the background.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the service: API under /api, UI at /, health at /health, OpenAPI at /swagger-ui.",
                "With no NEO4J_URI, Neo4j runs in-process (store in TECHGRAPH_DATA, Bolt on",
                "127.0.0.1:TECHGRAPH_BOLT_PORT for any Neo4j client, user neo4j, password in",
                "TECHGRAPH_DATA/neo4j-password) and the sample corpus is imported in the background when",
                "the graph is empty. The service records itself in TECHGRAPH_DATA, so import and remove",
                "write through it. Ctrl-C stops it cleanly."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly", "2:a setting has a value that cannot be used",
                "3:the graph store cannot be started or reached", "4:the data folder or a port is in use"})
final class ServeCommand implements Callable<Integer> {

    static final int BAD_SETTING = 2;
    static final int STORE_FAILED = 3;
    static final int IN_USE = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        TechGraphConfig config = TechGraphConfig.fromEnvironment();
        Optional<String> inUse = Preflight.problem(config);
        if (inUse.isPresent()) {
            err.println("techgraph: " + inUse.get());
            return IN_USE;
        }
        long started = System.nanoTime();
        StoreStart store = StoreStart.begin(() -> {
            long opening = System.nanoTime();
            GraphConnection connection = GraphConnection.open(config.store());
            LOG.info("Graph store open in {} ms (Neo4j, driver, schema)", (System.nanoTime() - opening) / 1_000_000);
            return connection;
        });
        ApplicationContext context = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                .properties(Map.of("micronaut.server.port", config.port(), "micronaut.server.host", config.host()))
                .singletons(config, store)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("TechGraph stopping");
            closeQuietly(context);
            store.closeUnlessUsed();
            if (classArchiveAtExit().map(ServeCommand::servedMarker).filter(Files::exists).isPresent()) {
                LOG.info("Writing the class archive that makes later starts faster (once per build, "
                        + "10-20 s; see docs/startup.md)");
            }
            stopped.countDown();
        }, "techgraph-shutdown"));
        EmbeddedServer server;
        try {
            context.start();
            server = context.getBean(EmbeddedServer.class);
            server.start();
        } catch (RuntimeException e) {
            closeQuietly(context);
            store.closeUnlessUsed();
            boolean bind = rootCause(e) instanceof BindException;
            err.println("techgraph: cannot start the HTTP server on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e) + (bind ? "; set TECHGRAPH_PORT to a free port" : ""));
            return bind ? IN_USE : STORE_FAILED;
        }
        long webReady = System.nanoTime();
        GraphConnection graph;
        try {
            graph = context.getBean(GraphConnection.class);
        } catch (RuntimeException e) {
            closeQuietly(context);
            err.println("techgraph: " + rootMessage(e));
            return STORE_FAILED;
        }
        long now = System.nanoTime();
        LOG.info("TechGraph serving http://{}:{}/ (API /api) on {}; ready {} ms after the JVM started "
                        + "(web context {} ms, graph store {} ms more)",
                config.host(), server.getPort(), graph, jvmUptimeMillis(),
                (webReady - started) / 1_000_000, (now - webReady) / 1_000_000);
        markClassArchiveServed();
        stopped.await();
        return 0;
    }

    private static long jvmUptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /**
     * The class-data archive the launcher asked this JVM to write when it exits (the second serve of a build),
     * if any.
     */
    private static Optional<Path> classArchiveAtExit() {
        String option = "-XX:ArchiveClassesAtExit=";
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith(option))
                .map(argument -> Path.of(argument.substring(option.length())))
                .findFirst();
    }

    /**
     * Marks the archive this JVM will write as one of a service that started and served: the launcher adopts
     * only such archives, not those of a run that stopped at an error with few classes loaded.
     */
    private static void markClassArchiveServed() {
        classArchiveAtExit().ifPresent(archive -> {
            try {
                Files.writeString(servedMarker(archive), "");
            } catch (IOException e) {
                LOG.debug("no class archive marker: {}", e.getMessage());
            }
        });
    }

    private static Path servedMarker(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".served");
    }

    private static void closeQuietly(ApplicationContext context) {
        try {
            if (context.isRunning()) {
                context.close();
            }
        } catch (RuntimeException e) {
            LOG.warn("while stopping: {}", rootMessage(e));
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The innermost message that says something: the store's own sentence, not Micronaut's wrapping. */
    static String rootMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreException || t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.toString() : message;
    }
}
