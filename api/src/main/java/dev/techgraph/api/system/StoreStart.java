package dev.techgraph.api.system;

import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.StoreException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The graph connection while it opens: {@code serve} starts Neo4j on its own thread, at the same time as the
 * web context, and hands this to the context; the first bean that needs the graph waits for it here.
 */
public final class StoreStart {

    private final CompletableFuture<GraphConnection> connection;
    private volatile boolean used;

    private StoreStart(CompletableFuture<GraphConnection> connection) {
        this.connection = connection;
    }

    /**
     * Opens the connection {@code opener} gives on a new thread, now; once it is open (and handed to whoever
     * waits), the same thread plans the first queries ahead ({@link PlanWarmup}).
     */
    public static StoreStart begin(Supplier<GraphConnection> opener) {
        CompletableFuture<GraphConnection> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            GraphConnection connection;
            try {
                connection = opener.get();
            } catch (Throwable e) {
                future.completeExceptionally(e);
                return;
            }
            future.complete(connection);
            PlanWarmup.run(connection);
        }, "store-start");
        thread.setDaemon(true);
        thread.start();
        return new StoreStart(future);
    }

    /** The open connection, once it is; the store's own exception when it could not be opened. */
    public GraphConnection await() {
        used = true;
        try {
            return connection.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new StoreException("the graph store did not start: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Closes the connection once it is open if nobody took it (whoever took it closes it): a stop during
     * start-up, or a web context that failed, still shuts the store down cleanly.
     */
    public void closeUnlessUsed() {
        if (!used) {
            connection.thenAccept(GraphConnection::close).exceptionally(e -> null).join();
        }
    }
}
