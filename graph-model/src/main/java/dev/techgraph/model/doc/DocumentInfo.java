package dev.techgraph.model.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A document: {@code id} is derived from the source (so a changed document keeps its id), {@code sha256}
 * from the plain text (so an unchanged one is recognised).
 */
public record DocumentInfo(String id, String source, String title, String sha256) {

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        title = title == null || title.isBlank() ? source : title;
    }

    /** Builds the info of a document from its source name, title and plain text. */
    public static DocumentInfo of(String source, String title, String text) {
        return new DocumentInfo(idOf(source), source, title, sha256(text));
    }

    /** The stable id of a source: the first 16 hex digits of its SHA-256. */
    public static String idOf(String source) {
        return sha256(source).substring(0, 16);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
