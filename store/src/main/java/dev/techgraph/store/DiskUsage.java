package dev.techgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Disk used by an embedded store in {@code TECHGRAPH_DATA}: the store files ({@code data/databases}) and
 * the transaction logs ({@code data/transactions}), whose retention {@code TECHGRAPH_TX_LOG_RETENTION}
 * bounds.
 */
public record DiskUsage(long storeBytes, long transactionLogBytes) {

    /** The usage of the embedded store in {@code home}; empty when there is no store there. */
    public static Optional<DiskUsage> of(Path home) {
        Path data = home.resolve("data");
        if (!Files.isDirectory(data.resolve("databases"))) {
            return Optional.empty();
        }
        return Optional.of(new DiskUsage(size(data.resolve("databases")), size(data.resolve("transactions"))));
    }

    public long totalBytes() {
        return storeBytes + transactionLogBytes;
    }

    /** One line for people: store and logs in MB. */
    public String summary() {
        return String.format("disk: store %.1f MB, transaction logs %.1f MB", storeBytes / 1e6,
                transactionLogBytes / 1e6);
    }

    private static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(DiskUsage::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        } catch (UncheckedIOException e) {
            // a file rotated away while walking: measure again
            return size(dir);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // pruned while walking
        }
    }
}
