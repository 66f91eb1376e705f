package dev.techgraph.model;

import java.util.Arrays;
import java.util.Optional;

/** Relationship types between entities; the enum name is the Neo4j relationship type. */
public enum RelationType {
    /** Framework, Runtime, Library, Tool → Language: code that uses it is written in that language. */
    WRITTEN_IN(false),
    /** Tool → Language: it turns code into that language. */
    COMPILES_TO(false),
    /** Language → Runtime: code in the language executes there. */
    RUNS_ON(false),
    /** technology → UseCase. */
    SUITED_FOR(false),
    /** technology → Trait. */
    HAS_TRAIT(false),
    /** UseCase → UseCase, Trait → Trait: narrower → broader. */
    PART_OF(false),
    /** technology ↔ technology, stored in one direction and read in both. */
    USED_WITH(true),
    /** technology ↔ technology, stored in one direction and read in both. */
    COMPARED_WITH(true);

    private final boolean symmetric;

    RelationType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    /** Symmetric types are stored once and read in both directions. */
    public boolean symmetric() {
        return symmetric;
    }

    /** Parses a type name case-insensitively. */
    public static Optional<RelationType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
