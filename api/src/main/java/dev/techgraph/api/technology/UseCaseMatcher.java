package dev.techgraph.api.technology;

import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches what a user types for a use case ("realtime", "real-time", "real time apps") to use-case keys:
 * the vocabulary's names and aliases compared without spaces, hyphens and generic words, then widened to
 * every narrower use case of the vocabulary's hierarchy.
 */
@Singleton
public final class UseCaseMatcher {

    private static final Pattern GENERIC = Pattern.compile(
            "\\b(applications?|apps?|development|dev|programming|systems?|projects?|work|tasks?|the|a|an)\\b");

    private final Vocabulary vocabulary;

    public UseCaseMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Keys of the use cases the text names, with their narrower use cases; also the text's own key. */
    public List<String> keys(String text) {
        String wanted = core(text);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.of(text));
        if (wanted.isEmpty()) {
            return List.copyOf(keys);
        }
        for (Term term : vocabulary.terms()) {
            if (term.kind() != Kind.USE_CASE) {
                continue;
            }
            for (String form : term.surfaceForms()) {
                if (core(form).equals(wanted)) {
                    vocabulary.narrowerOrSelf(term).forEach(t -> keys.add(t.key()));
                    break;
                }
            }
        }
        return List.copyOf(keys);
    }

    /** The comparable core of a phrase: lower case, generic words dropped, no spaces or punctuation. */
    static String core(String text) {
        String key = Keys.of(text);
        String stripped = GENERIC.matcher(key).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}+#]", "");
        return stripped.isEmpty() ? key.replaceAll("[^\\p{L}\\p{N}+#]", "") : stripped;
    }
}
