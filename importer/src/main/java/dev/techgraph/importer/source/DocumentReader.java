package dev.techgraph.importer.source;

import dev.techgraph.importer.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads documents of any supported format into {@link PlainText}, and finds the documents in folders.
 * Every failure is an {@link ImportException} whose message names the file and says what is wrong.
 */
public final class DocumentReader {

    /** Largest file read; larger ones are reported and skipped. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Longest block of text; a longer one is not prose (a dump, a minified file) and the file is skipped. */
    public static final int MAX_BLOCK_CHARS = 100_000;

    /** The supported files under the given paths (folders recursively), sorted, and the paths skipped. */
    public record Found(List<Path> files, List<String> skipped) {
    }

    public Found find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                skipped.add(path + ": no such file or folder");
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(p -> {
                                if (Format.ofFileName(p.getFileName().toString()).isPresent()) {
                                    files.add(p);
                                }
                            });
                } catch (IOException e) {
                    skipped.add(path + ": cannot list folder (" + e.getMessage() + ")");
                }
            } else if (Format.ofFileName(path.getFileName().toString()).isPresent()) {
                files.add(path);
            } else {
                skipped.add(path + ": not a supported format (use .txt, .md, .html or .pdf)");
            }
        }
        return new Found(files, skipped);
    }

    /** Reads a file; its format comes from its name. */
    public PlainText read(Path file) {
        return read(file, Deadline.none());
    }

    /** Reads a file within a time budget; its format comes from its name. */
    public PlainText read(Path file, Deadline deadline) {
        String source = sourceOf(file);
        Format format = Format.ofFileName(file.getFileName().toString()).orElseThrow(() -> new ImportException(
                source + ": not a supported format (use .txt, .md, .html or .pdf)"));
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(source + ": " + String.format(Locale.ROOT, "%,d", size) + " bytes is more than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB (" + String.format(Locale.ROOT, "%,d", MAX_FILE_BYTES)
                        + " bytes) a document may have; skipped (split it)");
            }
            return read(source, Files.readAllBytes(file), format, deadline);
        } catch (IOException e) {
            throw new ImportException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The source name of a file: its absolute, normalised path, so every way of naming it is one document. */
    public static String sourceOf(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * Rejects text with a line longer than {@link #MAX_BLOCK_CHARS} before it is parsed: such a line would
     * make a block over the limit anyway, and parsing tens of megabytes of it first only wastes time.
     */
    static void rejectLongLines(String source, String text) {
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > MAX_BLOCK_CHARS) {
                    throw new ImportException(source + ": a line of " + (i - lineStart) + " characters without a "
                            + "line break is not an article (limit " + MAX_BLOCK_CHARS + "); skipped");
                }
                lineStart = i + 1;
            }
        }
    }

    /** Reads content given directly (an upload), named {@code source}. */
    public PlainText read(String source, byte[] content, Format format) {
        return read(source, content, format, Deadline.none());
    }

    /** Reads content given directly (an upload), named {@code source}, within a time budget. */
    public PlainText read(String source, byte[] content, Format format, Deadline deadline) {
        if (content.length > MAX_FILE_BYTES) {
            throw new ImportException(source + ": larger than the " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB a document may have; skipped");
        }
        FormatReader reader = switch (format) {
            case TEXT -> new TextReader();
            case MARKDOWN -> new MarkdownReader();
            case HTML -> new HtmlReader();
            case PDF -> new PdfReader(deadline, MAX_FILE_BYTES);
        };
        PlainText text = reader.read(source, content);
        if (text.blocks().isEmpty()) {
            throw new ImportException(source + ": no text to import (empty, or only markup and scripts); skipped");
        }
        for (PlainText.Block block : text.blocks()) {
            if (block.end() - block.start() > MAX_BLOCK_CHARS) {
                throw new ImportException(source + ": a block of " + (block.end() - block.start())
                        + " characters without a line break is not an article (limit " + MAX_BLOCK_CHARS
                        + "); skipped");
            }
        }
        return text;
    }
}
