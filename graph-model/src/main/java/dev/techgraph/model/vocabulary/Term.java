package dev.techgraph.model.vocabulary;

import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.EntityRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One vocabulary entry.
 *
 * @param kind      what it is
 * @param name      canonical display name
 * @param aliases   other surface forms (case-insensitive unless {@code ambiguous})
 * @param ambiguous the name is also an ordinary word ("Go", "Rust", "React"): matched case-sensitively
 *                  and only with support in the sentence
 * @param language  conventional implementation language of a technology, or null
 * @param broader   canonical name of the broader concept of a use case or trait, or null
 * @param compiles  target language of a compiler or transpiler, or null
 * @param needsCue  stricter than {@code ambiguous} (which it implies): a capitalised form in mid-sentence
 *                  is not enough, the sentence must give a kind cue ("the Foundation framework"), a sibling
 *                  technology or a pattern that demands a technology ("Apache License" is no web server)
 */
public record Term(Kind kind, String name, List<String> aliases, boolean ambiguous, String language,
                   String broader, String compiles, boolean needsCue) {

    public Term {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        ambiguous = ambiguous || needsCue;
    }

    /** A term whose ambiguous forms are accepted capitalised in mid-sentence (no {@code needs-cue}). */
    public Term(Kind kind, String name, List<String> aliases, boolean ambiguous, String language,
                String broader, String compiles) {
        this(kind, name, aliases, ambiguous, language, broader, compiles, false);
    }

    public String key() {
        return Keys.of(name);
    }

    public EntityRef ref() {
        return new EntityRef(kind, key());
    }

    public Optional<String> languageHint() {
        return Optional.ofNullable(language);
    }

    /** The name followed by the aliases. */
    public List<String> surfaceForms() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
