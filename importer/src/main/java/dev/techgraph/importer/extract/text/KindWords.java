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
    /**
     * Nouns of the fourth column "names": they type a name written with them ("the Zorb proxy", "Zorb is a
     * tiny daemon") but say too little alone to form a short reference or to keep a phrase from being a
     * concept ("the server", "web servers" are no technology of the article).
     */
    private static final Map<String, Kind> NAMING_SINGULAR = new HashMap<>();
    private static final Map<String, Kind> NAMING_PLURAL = new HashMap<>();
    /** Nouns marked "describes": what the thing is for, so a name before them is what it serves. */
    private static final java.util.Set<String> DESCRIBING = new java.util.HashSet<>();
    /** Words after a product's name that make an edition of it ("Zorb Enterprise", "Zorb Classic"). */
    private static final java.util.Set<String> EDITIONS = new java.util.HashSet<>();

    static {
        for (DataFile.Line row : DataFile.lines(WORDS)) {
            int n = row.number();
            String line = row.text();
            if (line.startsWith("@edition-words\t")) {
                for (String w : line.substring(line.indexOf('\t') + 1).split("\\|")) {
                    EDITIONS.add(w.strip());
                }
                continue;
            }
            if (line.startsWith("@")) {
                continue; // the slots of relation cues and code-name shapes, read in the mentions stage
            }
            String[] cols = line.split("\t");
            boolean describing = cols.length == 4 && cols[3].strip().equals("describes");
            boolean namingOnly = cols.length == 4 && (cols[3].strip().equals("names") || describing);
            Kind kind = cols.length == 3 || namingOnly ? Kind.parse(cols[2].strip()).orElse(null) : null;
            if (kind == null || NAMING_SINGULAR.putIfAbsent(cols[0].strip(), kind) != null
                    || NAMING_PLURAL.putIfAbsent(cols[1].strip(), kind) != null) {
                throw new IllegalStateException(WORDS + " line " + n
                        + ": expected 'singular<TAB>plural<TAB>Kind[<TAB>names|describes]' with words listed once, was: "
                        + line);
            }
            if (describing) {
                DESCRIBING.add(cols[0].strip());
            }
            if (!namingOnly) {
                SINGULAR.put(cols[0].strip(), kind);
                PLURAL.put(cols[1].strip(), kind);
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

    /** The kind a singular noun gives a name written with it, the nouns that only name included. */
    public static Optional<Kind> naming(String lower) {
        return Optional.ofNullable(NAMING_SINGULAR.get(lower));
    }

    /** The kind a plural noun gives the names it lists, the nouns that only name included. */
    public static Optional<Kind> namingPlural(String lower) {
        return Optional.ofNullable(NAMING_PLURAL.get(lower));
    }

    /** Whether a name written before the singular noun is what the thing serves, not its name ("the Falcon client"). */
    public static boolean describing(String lower) {
        return DESCRIBING.contains(lower);
    }

    public static Optional<Kind> any(String lower) {
        Kind k = SINGULAR.get(lower);
        return Optional.ofNullable(k != null ? k : PLURAL.get(lower));
    }

    /** Whether {@code lower} after a product's name makes an edition of the same product, of its kind. */
    public static boolean edition(String lower) {
        return EDITIONS.contains(lower);
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
