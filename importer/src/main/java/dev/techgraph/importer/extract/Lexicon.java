package dev.techgraph.importer.extract;

import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Everything the extractor matches text against, built once: the vocabulary's surface forms in a
 * {@link TermTrie}, plus the forms that state a concept's opposite ({@code opposites.tsv}).
 */
final class Lexicon {

    private static final String OPPOSITES = "dev/techgraph/importer/extract/opposites.tsv";

    private final Vocabulary vocabulary;
    private final TermTrie trie = new TermTrie();

    Lexicon(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Term term : vocabulary.terms()) {
            for (String form : term.surfaceForms()) {
                trie.add(term, form, term.ambiguous() && isPlainWord(form), false);
            }
        }
        loadOpposites();
    }

    /** An ambiguous term's plain-word forms ("Go", "Rails") need support; "Golang" and "Node.js" do not. */
    private static boolean isPlainWord(String form) {
        return form.chars().allMatch(Character::isLetter);
    }

    private void loadOpposites() {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(OPPOSITES);
        if (in == null) {
            throw new IllegalStateException(OPPOSITES + " is missing from the classpath");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", 2);
                Optional<Term> concept = vocabulary.lookup(fields[0].strip(), EnumSet.of(Kind.TRAIT, Kind.USE_CASE));
                if (concept.isEmpty() || fields.length < 2) {
                    continue; // an opposite of a concept the vocabulary no longer has
                }
                for (String form : fields[1].split(",")) {
                    if (!form.isBlank()) {
                        trie.add(concept.get(), form.strip(), false, true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPPOSITES, e);
        }
    }

    TermTrie trie() {
        return trie;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The vocabulary Language of this name, if any. */
    Optional<Term> language(String name) {
        return name == null ? Optional.empty() : vocabulary.find(Kind.LANGUAGE, Keys.of(name));
    }
}
