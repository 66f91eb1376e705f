package dev.techgraph.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kind of an entity; its name is the Neo4j label. */
public enum Kind {
    LANGUAGE("Language"),
    FRAMEWORK("Framework"),
    RUNTIME("Runtime"),
    LIBRARY("Library"),
    TOOL("Tool"),
    USE_CASE("UseCase"),
    TRAIT("Trait");

    /** Label every entity node carries besides its kind labels. */
    public static final String ENTITY_LABEL = "Entity";

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The Neo4j label, e.g. {@code UseCase}. */
    public String label() {
        return label;
    }

    /** All labels of a node of this kind: a Runtime is also a Framework. */
    public List<String> labels() {
        return this == RUNTIME
                ? List.of(ENTITY_LABEL, label, FRAMEWORK.label)
                : List.of(ENTITY_LABEL, label);
    }

    /** True for languages, frameworks, runtimes, libraries and tools; false for use cases and traits. */
    public boolean isTechnology() {
        return this != USE_CASE && this != TRAIT;
    }

    /** Whether an entity of this kind answers a question about {@code asked} (a Runtime is a Framework). */
    public boolean satisfies(Kind asked) {
        return this == asked || (asked == FRAMEWORK && this == RUNTIME);
    }

    /** Parses a label or a loose spelling ("usecase", "use-case", "Use case"). */
    public static Optional<Kind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        for (Kind kind : values()) {
            if (kind.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The labels, comma separated, for messages that list what is accepted. */
    public static String allLabels() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Kind::label).toList());
    }
}
