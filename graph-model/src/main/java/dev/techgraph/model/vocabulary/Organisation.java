package dev.techgraph.model.vocabulary;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A company, foundation or other organisation: never a technology, however a text introduces it
 * ("Acme's rendering engine", "backed by Acme"). Listed so that name discovery does not invent one.
 *
 * @param name    display name
 * @param aliases other surface forms
 */
public record Organisation(String name, List<String> aliases) {

    public Organisation {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** The name followed by the aliases. */
    public List<String> surfaceForms() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }
}
