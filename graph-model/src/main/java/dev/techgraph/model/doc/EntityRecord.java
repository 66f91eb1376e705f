package dev.techgraph.model.doc;

import dev.techgraph.model.Kind;
import java.util.List;
import java.util.Objects;

/** An entity a document names: display name, and the surface forms seen for it. */
public record EntityRecord(Kind kind, String key, String name, List<String> aliases) {

    public EntityRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    public EntityRef ref() {
        return new EntityRef(kind, key);
    }
}
