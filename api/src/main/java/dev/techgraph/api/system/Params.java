package dev.techgraph.api.system;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import java.util.List;

/** Parsing and bounds of the query parameters every endpoint shares; bad values are a 400 that says why. */
public final class Params {

    private Params() {
    }

    /** A limit within [1, max], {@code fallback} when absent. */
    public static int limit(Integer value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > max) {
            throw ApiException.badRequest("limit must be between 1 and " + max + ", was " + value, List.of());
        }
        return value;
    }

    /** An offset within [0, 100000], 0 when absent. */
    public static int offset(Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 100_000) {
            throw ApiException.badRequest("offset must be between 0 and 100000, was " + value, List.of());
        }
        return value;
    }

    /** A kind, or null when absent; 400 listing the kinds when unknown. */
    public static Kind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Kind.parse(text).orElseThrow(() -> ApiException.badRequest("unknown kind '" + shorten(text) + "'",
                List.of("kind is one of " + Kind.allLabels())));
    }

    /** A kind that must be present. */
    public static Kind requiredKind(String text) {
        Kind kind = kind(text);
        if (kind == null) {
            throw ApiException.badRequest("a kind is required", List.of("kind is one of " + Kind.allLabels()));
        }
        return kind;
    }

    /** A polarity, {@code fallback} when absent. */
    public static Polarity polarity(String text, Polarity fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return Polarity.parse(text).orElseThrow(() -> ApiException.badRequest(
                "unknown polarity '" + shorten(text) + "'", List.of("polarity is positive or negative")));
    }

    /** Free text, stripped; null when blank; 400 when longer than {@code max}. */
    public static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ApiException.badRequest(name + " is longer than " + max + " characters", List.of());
        }
        return value.strip();
    }

    /** Echoes user input in messages: short, one line, no markup. */
    public static String shorten(String text) {
        String t = text.replaceAll("[\\p{Cntrl}<>]", "_");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
