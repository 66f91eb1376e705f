package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;

import java.util.Map;
import java.util.Optional;

/**
 * Nouns that name a kind of technology ("framework", "libraries", "runtime"): they decide the kind of a
 * name found by pattern, support ambiguous names ("the Go language") and form short references
 * ("these frameworks").
 */
final class KindWords {

    private static final Map<String, Kind> SINGULAR = Map.ofEntries(
            Map.entry("language", Kind.LANGUAGE), Map.entry("framework", Kind.FRAMEWORK),
            Map.entry("library", Kind.LIBRARY), Map.entry("package", Kind.LIBRARY), Map.entry("orm", Kind.LIBRARY),
            Map.entry("module", Kind.LIBRARY), Map.entry("sdk", Kind.LIBRARY),
            Map.entry("runtime", Kind.RUNTIME), Map.entry("engine", Kind.RUNTIME), Map.entry("vm", Kind.RUNTIME),
            Map.entry("tool", Kind.TOOL), Map.entry("compiler", Kind.TOOL), Map.entry("transpiler", Kind.TOOL),
            Map.entry("bundler", Kind.TOOL), Map.entry("toolkit", Kind.FRAMEWORK), Map.entry("platform", Kind.FRAMEWORK),
            Map.entry("microframework", Kind.FRAMEWORK), Map.entry("crate", Kind.LIBRARY),
            Map.entry("gem", Kind.LIBRARY), Map.entry("cli", Kind.TOOL));

    private static final Map<String, Kind> PLURAL = Map.ofEntries(
            Map.entry("languages", Kind.LANGUAGE), Map.entry("frameworks", Kind.FRAMEWORK),
            Map.entry("libraries", Kind.LIBRARY), Map.entry("packages", Kind.LIBRARY), Map.entry("orms", Kind.LIBRARY),
            Map.entry("modules", Kind.LIBRARY), Map.entry("sdks", Kind.LIBRARY),
            Map.entry("runtimes", Kind.RUNTIME), Map.entry("engines", Kind.RUNTIME),
            Map.entry("tools", Kind.TOOL), Map.entry("compilers", Kind.TOOL), Map.entry("transpilers", Kind.TOOL),
            Map.entry("bundlers", Kind.TOOL), Map.entry("toolkits", Kind.FRAMEWORK), Map.entry("platforms", Kind.FRAMEWORK),
            Map.entry("crates", Kind.LIBRARY), Map.entry("gems", Kind.LIBRARY));

    private KindWords() {
    }

    static Optional<Kind> singular(String lower) {
        return Optional.ofNullable(SINGULAR.get(lower));
    }

    static Optional<Kind> plural(String lower) {
        return Optional.ofNullable(PLURAL.get(lower));
    }

    static Optional<Kind> any(String lower) {
        Kind k = SINGULAR.get(lower);
        return Optional.ofNullable(k != null ? k : PLURAL.get(lower));
    }

    static boolean isPlural(String lower) {
        return PLURAL.containsKey(lower);
    }

    /** Whether a short reference of kind {@code word} ("tools", "frameworks") can name an entity of {@code kind}. */
    static boolean compatible(Kind word, Kind kind) {
        if (word == kind || word == Kind.TOOL && kind.isTechnology() && kind != Kind.LANGUAGE) {
            return true;
        }
        return (word == Kind.FRAMEWORK && (kind == Kind.RUNTIME || kind == Kind.LIBRARY))
                || (word == Kind.LIBRARY && kind == Kind.FRAMEWORK)
                || (word == Kind.RUNTIME && kind == Kind.FRAMEWORK);
    }
}
