package dev.techgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running {@code serve} on the embedded store, as recorded in the data folder it owns
 * ({@value #FILE_NAME}): written when the store has started, removed on a clean shutdown. The command line
 * reads it to write through the service that owns {@code TECHGRAPH_DATA}, never through whatever answers on
 * a port. A record whose process is gone (a crash, {@code kill -9}) is stale and is ignored and deleted.
 *
 * @param pid         the service's process id
 * @param boltPort    its Bolt port on 127.0.0.1
 * @param httpPort    its HTTP port (API and UI), or -1 until the HTTP server is up
 * @param browserPort the Neo4j Browser port, or -1 when the Browser is not served
 * @param startedAt   when the store started
 */
public record ServiceRecord(long pid, int boltPort, int httpPort, int browserPort, Instant startedAt) {

    /** The record's file name inside the data folder. */
    public static final String FILE_NAME = "techgraph-service.properties";

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRecord.class);

    /** A record for this process. */
    public static ServiceRecord ofThisProcess(int boltPort, int httpPort, int browserPort) {
        return new ServiceRecord(ProcessHandle.current().pid(), boltPort, httpPort, browserPort, Instant.now());
    }

    /** The Bolt URI of the recorded service. */
    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /**
     * True when the recorded process still runs: a process with that id exists and did not start after the
     * record was written (a later process that was given the same id after a crash is not the service).
     */
    public boolean alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant().map(started -> !started.isAfter(startedAt)).orElse(true))
                .orElse(false);
    }

    /** True when this process is the recorded one. */
    public boolean isThisProcess() {
        return pid == ProcessHandle.current().pid();
    }

    /** The same record with the HTTP port the service now listens on. */
    public ServiceRecord withHttpPort(int port) {
        return new ServiceRecord(pid, boltPort, port, browserPort, startedAt);
    }

    /** Writes the record into {@code dataDir}, replacing any earlier one atomically. */
    public void publish(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("bolt_port", Integer.toString(boltPort));
        p.setProperty("http_port", Integer.toString(httpPort));
        p.setProperty("browser_port", Integer.toString(browserPort));
        p.setProperty("started_at", startedAt.toString());
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Path tmp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "TechGraph service running on this data folder; removed when it stops");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the running service in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the record from {@code dataDir} if it is this process's own. */
    public static void withdraw(Path dataDir) {
        read(dataDir).filter(ServiceRecord::isThisProcess).ifPresent(r -> {
            try {
                Files.deleteIfExists(dataDir.resolve(FILE_NAME));
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", dataDir.resolve(FILE_NAME), e.getMessage());
            }
        });
    }

    /**
     * The service that runs on {@code dataDir}, if one does; a stale record (its process is gone) is deleted
     * and gives empty.
     */
    public static Optional<ServiceRecord> running(Path dataDir) {
        Optional<ServiceRecord> record = read(dataDir);
        if (record.isPresent() && !record.get().alive()) {
            LOG.debug("stale service record in {} (pid {} is gone): removed", dataDir, record.get().pid());
            try {
                Files.deleteIfExists(dataDir.resolve(FILE_NAME));
            } catch (IOException e) {
                LOG.debug("cannot remove the stale record: {}", e.getMessage());
            }
            return Optional.empty();
        }
        return record;
    }

    /** The record as written, alive or not; empty when there is none or it cannot be read. */
    static Optional<ServiceRecord> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new ServiceRecord(Long.parseLong(p.getProperty("pid")),
                    Integer.parseInt(p.getProperty("bolt_port")), Integer.parseInt(p.getProperty("http_port", "-1")),
                    Integer.parseInt(p.getProperty("browser_port", "-1")),
                    Instant.parse(p.getProperty("started_at"))));
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable service record {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
