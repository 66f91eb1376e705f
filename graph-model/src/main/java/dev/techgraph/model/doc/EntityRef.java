package dev.techgraph.model.doc;

import dev.techgraph.model.Kind;
import java.util.Objects;

/** Identity of an entity: its kind and normalised key (see {@link dev.techgraph.model.Keys}). */
public record EntityRef(Kind kind, String key) {

    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("entity key must not be blank");
        }
    }
}
