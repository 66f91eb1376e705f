package dev.techgraph.importer.extract.text;

import dev.techgraph.model.Kind;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Nouns that name a kind of technology ("framework", "libraries", "runtime"): they decide the kind of a
 * name found by pattern, support ambiguous names ("the Go language") and form short references
 * ("these frameworks"). The words are data: {@code kind-words.tsv}.
 */
public final class KindWords {

    private static final String WORDS = "dev/techgraph/importer/extract/kind-words.tsv";
    private static final Map<String, Kind> SINGULAR = new HashMap<>();
    private static final Map<String, Kind> PLURAL = new HashMap<>();

    static {
        for (DataFile.Line row : DataFile.lines(WORDS)) {
            int n = row.number();
            String line = row.text();
            String[] cols = line.split("\t");
            Kind kind = cols.length == 3 ? Kind.parse(cols[2].strip()).orElse(null) : null;
            if (kind == null || SINGULAR.putIfAbsent(cols[0].strip(), kind) != null
                    || PLURAL.putIfAbsent(cols[1].strip(), kind) != null) {
                throw new IllegalStateException(WORDS + " line " + n
                        + ": expected 'singular<TAB>plural<TAB>Kind' with words listed once, was: " + line);
            }
        }
    }

    private KindWords() {
    }

    public static Optional<Kind> singular(String lower) {
        return Optional.ofNullable(SINGULAR.get(lower));
    }

    public static Optional<Kind> plural(String lower) {
        return Optional.ofNullable(PLURAL.get(lower));
    }

    public static Optional<Kind> any(String lower) {
        Kind k = SINGULAR.get(lower);
        return Optional.ofNullable(k != null ? k : PLURAL.get(lower));
    }

    public static boolean isPlural(String lower) {
        return PLURAL.containsKey(lower);
    }

    /** Whether a short reference of kind {@code word} ("tools", "frameworks") can name an entity of {@code kind}. */
    public static boolean compatible(Kind word, Kind kind) {
        if (word == kind || word == Kind.TOOL && kind.isTechnology() && kind != Kind.LANGUAGE) {
            return true;
        }
        return (word == Kind.FRAMEWORK && (kind == Kind.RUNTIME || kind == Kind.LIBRARY))
                || (word == Kind.LIBRARY && kind == Kind.FRAMEWORK)
                || (word == Kind.RUNTIME && kind == Kind.FRAMEWORK);
    }
}
