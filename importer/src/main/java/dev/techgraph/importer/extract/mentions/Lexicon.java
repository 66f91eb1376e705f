package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Tokenizer;
import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Everything the extractor matches text against, built once: the vocabulary's surface forms in a
 * {@link TermTrie}, plus the forms that state a concept's opposite ({@code opposites.tsv}).
 */
public final class Lexicon {

    private static final String OPPOSITES = "dev/techgraph/importer/extract/opposites.tsv";
    static final String PHRASES = "dev/techgraph/importer/extract/concept-phrases.tsv";

    /** Every form of {@code concept-phrases.tsv}, lower case: each states its concept ("starts in milliseconds"). */
    public static final java.util.Set<String> PHRASE_FORMS = phraseForms();

    private static java.util.Set<String> phraseForms() {
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (DataFile.Line row : DataFile.lines(PHRASES)) {
            String[] fields = row.text().split("\\|", 2);
            if (fields.length == 2) {
                for (String form : fields[1].split(",")) {
                    forms.add(form.strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return java.util.Set.copyOf(forms);
    }

    private final Vocabulary vocabulary;
    private final TermTrie trie = new TermTrie();
    private final java.util.Map<String, Term> opposites = new java.util.LinkedHashMap<>();
    /** Organisation names as token texts, by their first token. */
    private final java.util.Map<String, java.util.List<java.util.List<String>>> organisations =
            new java.util.HashMap<>();

    public Lexicon(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (var organisation : vocabulary.organisations()) {
            for (String form : organisation.surfaceForms()) {
                java.util.List<String> texts = Tokenizer.tokenize(form).stream().map(Token::text).toList();
                if (!texts.isEmpty()) {
                    organisations.computeIfAbsent(texts.get(0), k -> new java.util.ArrayList<>()).add(texts);
                }
            }
        }
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Term term : vocabulary.terms()) {
            for (String form : term.surfaceForms()) {
                trie.add(term, form, term.ambiguous() && isPlainWord(form) || readsAsWords(form), false);
                written.add(form.toLowerCase(java.util.Locale.ROOT));
            }
        }
        loadOpposites();
        deriveOpposites(written);
        loadPhrases(written);
        deriveVerbPhrases(written);
        for (Term term : vocabulary.terms()) {
            if (!term.kind().isTechnology()) {
                for (String form : term.surfaceForms()) {
                    addPlural(term, form, false, written);
                    addComparative(term, form, false, written);
                }
            }
        }
        opposites.forEach((form, term) -> {
            addPlural(term, form, true, written);
            addComparative(term, form, true, written);
        });
    }

    /**
     * "Let's Encrypt" also reads as ordinary words ("let's encrypt the data"): a form with a possessive inside is
     * matched only as written, with support, like an ambiguous plain word.
     */
    private static boolean readsAsWords(String form) {
        return Tokenizer.tokenize(form).stream().anyMatch(t -> t.is("'s"));
    }

    /** An ambiguous term's plain-word forms ("Go", "Rails") need support; "Golang" and "Node.js" do not. */
    private static boolean isPlainWord(String form) {
        return form.chars().allMatch(Character::isLetter);
    }

    private void loadOpposites() {
        for (DataFile.Line row : DataFile.lines(OPPOSITES)) {
            String[] fields = row.text().split("\\|", 2);
            Optional<Term> concept = vocabulary.lookup(fields[0].strip(), EnumSet.of(Kind.TRAIT, Kind.USE_CASE));
            if (concept.isEmpty() || fields.length < 2) {
                continue; // an opposite of a concept the vocabulary no longer has
            }
            for (String form : fields[1].split(",")) {
                if (!form.isBlank()) {
                    trie.add(concept.get(), form.strip(), false, true);
                    opposites.put(form.strip(), concept.get());
                }
            }
        }
    }

    private static final java.util.List<String> EASY = java.util.List.of("easy to ", "easier to ");
    private static final java.util.List<String> HARD = java.util.List.of("hard to ", "difficult to ", "painful to ",
            "tricky to ");

    /**
     * "hard to test" for testability, "difficult to reproduce" for reproducibility: a quality the vocabulary states
     * as "easy to V", or names "V-ability", is denied by "hard to V" and its like, so those forms are its
     * opposites without listing each in {@code opposites.tsv}. Both "reproduc" and "reproduce" are tried for the
     * verb; a form that is no word never matches. A form another entry owns is left to it.
     */
    private void deriveOpposites(java.util.Set<String> written) {
        for (Term term : vocabulary.terms()) {
            if (term.kind().isTechnology()) {
                continue;
            }
            java.util.Set<String> verbs = new java.util.LinkedHashSet<>();
            for (String form : term.surfaceForms()) {
                String lower = form.toLowerCase(java.util.Locale.ROOT);
                for (String easy : EASY) {
                    if (lower.startsWith(easy) && lower.indexOf(' ', easy.length()) < 0) {
                        verbs.add(lower.substring(easy.length()));
                    }
                }
            }
            String name = term.name().toLowerCase(java.util.Locale.ROOT);
            for (String suffix : java.util.List.of("ability", "ibility")) {
                if (name.endsWith(suffix) && name.indexOf(' ') < 0 && name.length() > suffix.length() + 2) {
                    String stem = name.substring(0, name.length() - suffix.length());
                    verbs.add(stem);
                    verbs.add(stem + "e");
                }
            }
            for (String verb : verbs) {
                for (String hard : HARD) {
                    String form = hard + verb;
                    if (!written.contains(form) && !opposites.containsKey(form)) {
                        trie.add(term, form, false, true);
                        opposites.put(form, term);
                    }
                }
            }
        }
    }

    /**
     * Whether the concept is a quality with a named opposite ("slower" for high performance, "hard to test" for
     * testability): a scale whose named end is the good one, so that listing it as a weakness denies it.
     */
    public boolean hasOpposite(Term concept) {
        return opposites.containsValue(concept);
    }

    /** Verb-phrase forms of concepts ({@code concept-phrases.tsv}); a form already known is skipped. */
    private void loadPhrases(java.util.Set<String> written) {
        for (DataFile.Line row : DataFile.lines(PHRASES)) {
            String[] fields = row.text().split("\\|", 2);
            if (fields.length < 2) {
                throw new IllegalStateException(PHRASES + " line " + row.number() + ": expected 'Concept | forms'");
            }
            Optional<Term> concept = vocabulary.lookup(fields[0].strip(), EnumSet.of(Kind.TRAIT, Kind.USE_CASE));
            if (concept.isEmpty()) {
                continue;
            }
            for (String form : fields[1].split(",")) {
                String f = form.strip();
                if (!f.isEmpty() && !opposites.containsKey(f) && written.add(f.toLowerCase(java.util.Locale.ROOT))) {
                    trie.add(concept.get(), f, false, false);
                }
            }
        }
    }

    /**
     * A quality said as a verb phrase: "reconnects automatically" for automatic reconnection, "evaluated lazily"
     * and "lazily evaluated" for lazy evaluation. From every two-word form of a trait whose last word is a
     * nominalisation (-ing, -ion), the verb is recovered and put with the adverb of the first word. Every spelling
     * the endings allow is tried; a form that is no word never matches text. A form another entry owns is left to it.
     */
    private void deriveVerbPhrases(java.util.Set<String> written) {
        for (Term term : vocabulary.terms()) {
            if (term.kind() != Kind.TRAIT) {
                continue;
            }
            for (String form : term.surfaceForms()) {
                String[] words = form.split(" ");
                if (words.length != 2 || !words[0].chars().allMatch(Character::isLowerCase)
                        || !words[1].chars().allMatch(Character::isLowerCase) || words[0].length() < 3) {
                    continue;
                }
                for (String verb : VerbForms.verbsOf(words[1])) {
                    for (String phrase : VerbForms.phrases(words[0], verb)) {
                        if (!opposites.containsKey(phrase) && written.add(phrase)) {
                            trie.add(term, phrase, false, false);
                        }
                    }
                }
            }
        }
    }

    /**
     * "smaller communities" for "smaller community": a multi-word concept form whose last word is a plain
     * singular noun also matches in the plural, unless another entry already owns that form.
     */
    private void addPlural(Term term, String form, boolean opposite, java.util.Set<String> written) {
        int space = form.lastIndexOf(' ');
        String last = form.substring(space + 1);
        if (space < 0 || last.length() < 3 || !last.chars().allMatch(Character::isLowerCase)
                || last.endsWith("s") || last.endsWith("ing") || last.endsWith("ed") || last.endsWith("y")
                || last.endsWith("x") || last.endsWith("ch") || last.endsWith("sh")
                || KindWords.any(last).isPresent()) { // "compiled languages" is a group of technologies, not a trait
            return;
        }
        String plural = form + "s";
        if (written.add(plural.toLowerCase(java.util.Locale.ROOT))) {
            trie.add(term, plural, false, opposite);
        }
    }

    /** The comparative of a leading "easy to" / "hard to" / "difficult to" form and what it becomes. */
    private static final java.util.Map<String, String> COMPARATIVES = java.util.Map.of("easy to ", "easier to ",
            "hard to ", "harder to ", "difficult to ", "more difficult to ");

    /**
     * "easier to read" for "easy to read", "harder to maintain" for "hard to maintain": a comparison states the
     * same quality as the plain adjective ("Zorblang is easier to read than Nimbel"), unless another entry
     * already owns that form.
     */
    private void addComparative(Term term, String form, boolean opposite, java.util.Set<String> written) {
        String lower = form.toLowerCase(java.util.Locale.ROOT);
        for (var c : COMPARATIVES.entrySet()) {
            if (lower.startsWith(c.getKey()) && lower.length() > c.getKey().length()) {
                String comparative = c.getValue() + form.substring(c.getKey().length());
                if (written.add(comparative.toLowerCase(java.util.Locale.ROOT))) {
                    trie.add(term, comparative, false, opposite);
                }
            }
        }
    }

    public TermTrie trie() {
        return trie;
    }

    /** End of the longest organisation name written (case as listed) at token {@code from}, or -1. */
    int organisationEnd(java.util.List<Token> tokens, int from) {
        int end = -1;
        for (java.util.List<String> texts : organisations.getOrDefault(tokens.get(from).text(),
                java.util.List.of())) {
            int to = from + texts.size();
            if (to > end && to <= tokens.size()) {
                boolean same = true;
                for (int k = 0; k < texts.size() && same; k++) {
                    same = tokens.get(from + k).text().equals(texts.get(k));
                }
                if (same) {
                    end = to;
                }
            }
        }
        return end;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The vocabulary Language of this name, if any. */
    public Optional<Term> language(String name) {
        return name == null ? Optional.empty() : vocabulary.find(Kind.LANGUAGE, Keys.of(name));
    }
}
