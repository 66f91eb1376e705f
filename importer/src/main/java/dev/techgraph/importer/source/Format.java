package dev.techgraph.importer.source;

import java.util.Locale;
import java.util.Optional;

/** The document formats the importer reads, recognised by file name. */
public enum Format {
    TEXT, MARKDOWN, HTML, PDF;

    public static Optional<Format> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (lower.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** Parses a format name given by a user or an HTTP content type. */
    public static Optional<Format> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("markdown") || t.equals("md")) {
            return Optional.of(MARKDOWN);
        }
        if (t.contains("html")) {
            return Optional.of(HTML);
        }
        if (t.contains("pdf")) {
            return Optional.of(PDF);
        }
        if (t.contains("text") || t.equals("txt")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }
}
