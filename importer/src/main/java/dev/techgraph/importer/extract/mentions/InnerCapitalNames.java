package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names written with an inner capital ("GeoWidget", "SQLWeave", "Zorbit3D"): prose capitalises a word's first
 * letter only, so a capital inside a word marks a coined name. Class names ("the HashMap", "a TypeError:"),
 * plurals ("DataFrames", "DevOps") and events ("at PyCon") are written the same way, so the word must stand
 * where a product is named: after a preposition of use ("through X", "with X", "in X"), or opening a sentence
 * that names a known technology too ("X renders what Falcon serves"). A word that mixes letters and digits
 * ("Quill2", "zorb4k", "Tarn9db") is coined the same way and read in the same places: English writes no digit
 * inside a word, while encoders, engines and hash schemes often carry one in their names.
 */
final class InnerCapitalNames {

    /** Prepositions that introduce something used ("built with X", "stored in X", "moved to X"). */
    private static final Set<String> USE = Set.of("through", "with", "via", "using", "in", "into", "than", "for",
            "to", "onto");
    /**
     * Lower-case words that may follow a name; any other lower-case word after it makes it a modifier ("for
     * DataFrame code"), which a type's name is as often as a product's.
     */
    static final Set<String> AFTER = Set.of("and", "or", "but", "as", "which", "that", "is", "was", "has",
            "on", "in", "for", "with", "to", "at", "since", "because", "when", "while", "instead", "too", "also",
            "now", "today", "alone", "itself", "so", "if", "than", "via", "over", "under", "behind", "last", "this",
            "next", "recently", "early", "later", "after", "before", "until", "out", "first");
    /**
     * Words that make an inner-capital word standing elsewhere no product: an event ("at PyCon"), a maker ("by
     * DataCorp"), an article before a type's instance ("the HashMap is empty", "a StringBuilder"); an adjective
     * between ("the newer FpDebug") reads as a product again.
     */
    private static final Set<String> NOT_BEFORE = Set.of("at", "by", "the", "a", "an");
    /** Endings of type names a log or a code sample writes, which are no products. */
    private static final List<String> TYPE_ENDINGS = List.of("Exception", "Error", "Event", "Handler", "Listener");
    private static final int MIN_LENGTH = 5;
    /**
     * Words spelt with digits that name no product: numeric types, text encodings, media containers, licences,
     * hardware generations and standards' numbers ({@code @not-digit-names} in {@code kind-words.tsv}).
     */
    private static final Set<String> NOT_DIGIT_NAMES =
            DataFile.wordList("dev/techgraph/importer/extract/kind-words.tsv", "@not-digit-names");
    /** Digits a name spelt with a single letter needs ("x264" is an encoder, "h1" a tag, "p99" a percentile). */
    private static final int MIN_DIGITS_AFTER_ONE_LETTER = 3;

    private InnerCapitalNames() {
    }

    /**
     * Inner-capital names a cue makes sure of go to {@code found}; a word standing elsewhere in a sentence that names a known technology ("Meson has its own WrapDB")
     * goes to {@code beside}, and one in any other sentence to {@code elsewhere}, which the caller keeps once the
     * document has written it twice: a coined word a page sets beside the software it discusses, or comes back
     * to, is a product more often than a type. The caller adds both after every other pattern, whose kind wins.
     */
    static void discover(List<Token> tokens, boolean[] known, boolean namesTechnology, Map<String, Kind> found,
                         Map<String, Kind> beside, Map<String, Kind> elsewhere) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (known[i] || !t.isWord()) {
                continue;
            }
            boolean digits = !innerCapital(t.text()) && letterDigit(t.text());
            if (!digits && !innerCapital(t.text())) {
                continue;
            }
            boolean joined = i > 0 && tokens.get(i - 1).type() == Token.Type.JOINER
                    || i + 1 < tokens.size() && tokens.get(i + 1).type() == Token.Type.JOINER
                    || i + 1 < tokens.size() && tokens.get(i + 1).is(":");
            if (joined || digits && handle(tokens, i)) {
                continue; // "Zorb-GeoWidget", "TypeError:": part of a longer name or a log line
            }
            boolean used = i > 0 && USE.contains(tokens.get(i - 1).lower()) && !modifier(tokens, i + 1);
            // a sentence's subject, or a forum answer's after its label ("A: X beats ...")
            boolean opening = (i == 0 || i == 2 && tokens.get(1).is(":")) && namesTechnology;
            Kind kind = i + 1 < tokens.size() ? KindWords.singular(tokens.get(i + 1).lower()).orElse(Kind.TOOL)
                    : Kind.TOOL;
            if (used || opening) {
                found.putIfAbsent(t.text(), kind);
            } else if (!modifier(tokens, i + 1) && !(i > 0 && NOT_BEFORE.contains(tokens.get(i - 1).lower())
                    // a type's instance follows an article, but a type is seldom spelt with a digit ("the Quill2 engine")
                    && !(digits && tokens.get(i - 1).isArticle()))) {
                (namesTechnology ? beside : elsewhere).putIfAbsent(t.text(), kind);
            }
        }
    }

    /** A forum's user name, which often carries digits: "@mike77", "[ferro42] wrote". */
    private static boolean handle(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).is("@") || tokens.get(i - 1).is("["))
                || i + 1 < tokens.size() && tokens.get(i + 1).is("]");
    }

    /** Whether the word at {@code next} makes the name before it a modifier: "for DataFrame code". */
    private static boolean modifier(List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next).isWord() || tokens.get(next).capitalised()) {
            return false;
        }
        String word = tokens.get(next).lower();
        return !AFTER.contains(word) && KindWords.singular(word).isEmpty();
    }

    private static boolean surnamePrefix(String text) {
        int after = text.startsWith("Mc") ? 2 : text.startsWith("Mac") ? 3 : -1;
        return after > 0 && Character.isUpperCase(text.charAt(after));
    }

    /**
     * Whether a word starts with a capital and has another inside: after a lower-case letter ("GeoWidget"), after a
     * digit ("Zorbit3D"), or ending a run of capitals before lower-case ("SQLWeave"); not a plural ("DataFrames").
     */
    static boolean innerCapital(String text) {
        if (text.length() < MIN_LENGTH || !Character.isUpperCase(text.charAt(0)) || text.endsWith("s")
                || surnamePrefix(text)) {
            return false; // "McAllister", "MacKenzie": a surname's prefix
        }
        for (String ending : TYPE_ENDINGS) {
            if (text.endsWith(ending)) {
                return false;
            }
        }
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            char before = text.charAt(k - 1);
            if (Character.isUpperCase(c) && (Character.isLowerCase(before) || Character.isDigit(before))) {
                return true;
            }
            // a word after the capitals, not a licence's or a protocol's version letter ("AGPLv3", "HTTPv2")
            if (k >= 2 && Character.isUpperCase(c) && Character.isUpperCase(before) && k + 2 < text.length()
                    && Character.isLowerCase(text.charAt(k + 1)) && Character.isLowerCase(text.charAt(k + 2))
                    && Character.isUpperCase(text.charAt(k - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word mixes letters and digits as a project's name does ("Quill2", "zorb4k", "Tarn9db", "q264"):
     * it starts with a letter, holds nothing but letters and digits, and has two letters at least, or one
     * lower-case letter before three digits or more (a quarter "Q3", a card "A100", a tag "h1" are no names);
     * not a version ("v2", "GPLv3", "IPv6"), not a letter-digit-letter abbreviation ("B2B", "P2P"), not a word
     * of {@code @not-digit-names}.
     */
    static boolean letterDigit(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else {
                return false;
            }
        }
        if (digits == 0 || letters < 2 && !(Character.isLowerCase(text.charAt(0))
                && digits >= MIN_DIGITS_AFTER_ONE_LETTER)) {
            return false;
        }
        int lastLetter = text.length() - 1;
        while (Character.isDigit(text.charAt(lastLetter))) {
            lastLetter--;
        }
        if (lastLetter < text.length() - 1 && (text.charAt(lastLetter) == 'v' || text.charAt(lastLetter) == 'V')) {
            return false; // a version or a licence's or protocol's version letter: "v2", "GPLv3", "IPv6"
        }
        if (text.length() == 3 && Character.isUpperCase(text.charAt(0)) && Character.isDigit(text.charAt(1))
                && Character.isUpperCase(text.charAt(2))) {
            return false; // "B2B", "P2P", "E2E"
        }
        return !NOT_DIGIT_NAMES.contains(text.toLowerCase(Locale.ROOT));
    }
}
