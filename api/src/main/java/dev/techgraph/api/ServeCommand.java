package dev.techgraph.api;

import io.micronaut.runtime.Micronaut;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code techgraph serve}: the HTTP API and UI, on the embedded store unless NEO4J_URI is set. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the service: API under /api, UI at /, health at /health, OpenAPI at /swagger-ui.",
                "With no NEO4J_URI, Neo4j runs in-process (store in TECHGRAPH_DATA, Bolt on",
                "127.0.0.1:TECHGRAPH_BOLT_PORT for any Neo4j client, user neo4j, password in",
                "TECHGRAPH_DATA/neo4j-password) and the sample corpus is imported when the graph is empty.",
                "The service records itself in TECHGRAPH_DATA, so import and remove write through it.",
                "Ctrl-C stops it cleanly."})
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Micronaut.build(new String[0]).mainClass(Main.class).banner(false).start();
        return 0;
    }
}
