package dev.techgraph.api.system;

import dev.techgraph.store.config.TechGraphConfig;
import dev.techgraph.store.config.Variable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What {@code serve} checks before it starts anything: the embedded store's folder is not held by another
 * process, and the ports it needs are free. Each problem is one sentence that names the folder or port, the
 * process holding it (when the system tells) and what to do.
 */
public final class Preflight {

    /** Neo4j's lock on a store folder, held for as long as a process has the store open. */
    static final Path STORE_LOCK = Path.of("data", "databases", "store_lock");

    private Preflight() {
    }

    /** The first thing in use that {@code serve} needs, as a message; empty when everything is free. */
    public static Optional<String> problem(TechGraphConfig config) {
        if (config.store().embedded()) {
            Optional<String> folder = dataFolderInUse(config.store().dataDir());
            if (folder.isPresent()) {
                return folder;
            }
        }
        Optional<String> http = portInUse(config.host(), config.port(), Variable.TECHGRAPH_PORT);
        if (http.isPresent() || !config.store().embedded()) {
            return http;
        }
        Optional<String> bolt = portInUse("127.0.0.1", config.store().boltPort(), Variable.TECHGRAPH_BOLT_PORT);
        if (bolt.isPresent() || !config.store().browser()) {
            return bolt;
        }
        return portInUse("127.0.0.1", config.store().browserPort(), Variable.TECHGRAPH_BROWSER_PORT);
    }

    /** A message when another process has the store in {@code dataDir} open. */
    static Optional<String> dataFolderInUse(Path dataDir) {
        Path lock = dataDir.resolve(STORE_LOCK);
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held != null) {
                held.release();
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot check the data folder " + dataDir.toAbsolutePath() + ": " + e.getMessage()
                    + "; check its permissions or set " + Variable.TECHGRAPH_DATA + " to another folder");
        }
        String holder = Holders.ofFileLock(lock).map(p -> " by " + p.describe()).orElse(" by another process");
        return Optional.of("the data folder " + dataDir.toAbsolutePath() + " is in use" + holder
                + ": stop that process, or set " + Variable.TECHGRAPH_DATA + " to another folder");
    }

    /** A message when something already listens on {@code host:port}. */
    static Optional<String> portInUse(String host, int port, Variable variable) {
        if (port == 0) {
            return Optional.empty();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return Optional.empty();
        } catch (IOException e) {
            String holder = Holders.ofListeningPort(port).map(p -> " by " + p.describe()).orElse("");
            return Optional.of("port " + host + ":" + port + " (" + variable + ") is in use" + holder
                    + ": stop that process, or set " + variable + " to a free port");
        }
    }

}
