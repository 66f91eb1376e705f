package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.ImportException;
import dev.techgraph.model.doc.DocumentGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Extracts files on a small pool of worker threads and hands the results to one consumer thread in the
 * order of the files, so writes stay sequential (one transaction per document) while reading, sentence
 * splitting and extraction use every core. At most a few documents per worker wait in memory.
 */
public final class ParallelExtraction {

    /** The worker count used when none is given: one per core. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** What became of one file: its extraction, or the message saying why it failed. */
    public sealed interface Result permits Extracted, Failed {
        Path file();

        long bytes();
    }

    /** A file extracted; {@code bytes} is its size on disk. */
    public record Extracted(Path file, long bytes, DocumentGraph graph) implements Result {
    }

    /** A file that could not be read or extracted, with a message for the user that names it. */
    public record Failed(Path file, long bytes, String message) implements Result {
    }

    private final Pipeline pipeline;
    private final int threads;

    public ParallelExtraction(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** Extracts every file and gives each result to {@code sink}, in file order, on the calling thread. */
    public void run(List<Path> files, Consumer<Result> sink) {
        if (threads == 1) {
            files.forEach(file -> sink.accept(extract(file)));
            return;
        }
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract-" + worker.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 4;
            Deque<Future<Result>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() && pending.size() < window) {
                Path file = files.get(next++);
                pending.add(pool.submit(() -> extract(file)));
            }
            while (!pending.isEmpty()) {
                Result result = await(pending.poll());
                if (next < files.size()) {
                    Path file = files.get(next++);
                    pending.add(pool.submit(() -> extract(file)));
                }
                sink.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Result extract(Path file) {
        long bytes = sizeOf(file);
        try {
            return new Extracted(file, bytes, pipeline.extract(file));
        } catch (ImportException e) {
            return new Failed(file, bytes, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // an extractor bug on one odd file must not stop the batch; the message names the file
            return new Failed(file, bytes, file + ": extraction failed (" + e + ")");
        }
    }

    private static Result await(Future<Result> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ImportException("extraction failed: " + cause, cause);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
