package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;

import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Names that are the subject of a verb only software takes: "Plimsoll renders every page from a template",
 * "Quarrel generated the stubs". A capitalised word opening a sentence says nothing by itself (every sentence
 * opens so), and a person or a company may do most things a program does; what they do not do is render,
 * compile, parse or transpile (the verbs are data: {@code @software-verbs} in {@code kind-words.tsv}). The
 * caller keeps such a name only when the document also writes it inside a sentence, where only a name is
 * capitalised, so a plural or an English word that opens a sentence ("Templates compile ...") is no name.
 */
final class SubjectNames {

    private static final Set<String> SOFTWARE_VERBS =
            DataFile.wordList("dev/techgraph/importer/extract/kind-words.tsv", "@software-verbs");

    private SubjectNames() {
    }

    /** A name opening one sentence before a software verb (a "-ly" adverb may stand between), or none. */
    static void discover(ParsedSentence s, boolean[] known, Map<String, Kind> found) {
        PlainText.BlockType type = s.sentence.blockType();
        if (s.heading() || s.rewritten() || type == PlainText.BlockType.CELL) {
            return;
        }
        List<Token> tokens = s.tokens;
        int at = tokens.size() > 2 && tokens.get(0).isWord() && tokens.get(1).is(":") ? 2 : 0;
        int end = at + 1;
        if (end + 1 >= tokens.size()) {
            return;
        }
        Token name = tokens.get(at);
        if (known[at] || tokens.get(end).type() == Token.Type.JOINER || !name.isWord() || !name.capitalised()
                || NameDiscovery.functionWord(name.lower()) || KindWords.any(name.lower()).isPresent()
                || name.lower().endsWith("ing")) {
            return;
        }
        int verb = end;
        if (tokens.get(verb).lower().endsWith("ly") && verb + 1 < tokens.size()) {
            verb++; // "Quarrel quietly compiles ..."
        }
        if (SOFTWARE_VERBS.contains(tokens.get(verb).text())) {
            found.putIfAbsent(Token.join(tokens, at, end, ""), Kind.TOOL);
        }
    }

    private static final Set<String> NOT_NAME_ENDINGS =
            DataFile.wordList("dev/techgraph/importer/extract/kind-words.tsv", "@not-name-endings");
    private static final Set<String> NOT_NAME_FOLLOWERS =
            DataFile.wordList("dev/techgraph/importer/extract/kind-words.tsv", "@not-name-followers");
    private static final List<String[]> NOT_NAME_CUES =
            DataFile.wordList("dev/techgraph/importer/extract/kind-words.tsv", "@not-name-cues").stream()
                    .map(cue -> cue.split(" ")).toList();
    private static final Set<String> CONCEPT_ACRONYMS =
            DataFile.wordList("dev/techgraph/importer/extract/kind-words.tsv", "@concept-acronyms");
    private static final Set<String> EMPHASIS_CAPITALS =
            DataFile.wordList("dev/techgraph/importer/extract/kind-words.tsv", "@emphasis-capitals");
    /** A count that no number of other sentences makes a name: the word was once written as a person's, a place's or a maker's. */
    private static final int VETOED = -1_000_000;

    /** Words a sentence opens with after them: a capitalised word right after one is no evidence of a name. */
    private static final Set<String> OPENERS = Set.of(".", ":", "!", "?", "\"", "\u201c", "'", "\u2018");
    /** Letters a one-word name needs: shorter capitalised words are initials, units or abbreviations. */
    private static final int MIN_RECURRING_LENGTH = 3;
    /** Sentences that must write a capitalised word alone mid-sentence before it is taken for a name. */
    static final int MIN_RECURRING = 2;

    /**
     * Counts, for one sentence, the capitalised words it writes alone inside the sentence ("we moved the notes to
     * Quillon", "Quillon and Zorbex both sync"): in running English only a name is capitalised there, so a word
     * written so in two sentences is a name unless it is a stop word of its own (a month, a language people
     * speak, a format or protocol: {@code @not-slot-names}; an organisation and a speaker the caller drops), or the
     * document once writes it as a person's, a place's or a maker's ({@code @not-name-followers},
     * {@code @not-name-cues}: "as Ivo said", "Lisbon staff", "built by Acme"; such a word is never counted). Not a
     * word beside another capitalised word (a part of a longer name, "Quillon Studio", or a title), not a word
     * with a capital or digit inside (other classes read those), not a heading, table cell or title-case line.
     */
    static void countRecurring(ParsedSentence s, boolean[] known, boolean titled, Map<String, Integer> counts) {
        PlainText.BlockType type = s.sentence.blockType();
        if (titled || s.heading() || type == PlainText.BlockType.CELL) {
            return; // a structure reading keeps its sentence's words: "Quillon and Zorbex are well suited for ..."
        }
        List<Token> tokens = s.tokens;
        int first = tokens.size() > 2 && tokens.get(1).is(":") ? 2 : 0;
        for (int k = first + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int hyphenEnd = hyphenatedAcronymEnd(tokens, known, k);
            if (hyphenEnd > 0) {
                if (!OPENERS.contains(tokens.get(k - 1).text()) && !besideCapital(tokens, k - 1)
                        && !besideCapital(tokens, hyphenEnd)) {
                    counts.merge(Token.join(tokens, k, hyphenEnd, ""), afterCue(tokens, k) ? VETOED : 1, Integer::sum);
                }
                k = hyphenEnd - 1;
                continue;
            }
            if (!known[k] && t.isWord() && plainCapitalised(t.text()) && k + 1 < tokens.size()
                    && NOT_NAME_FOLLOWERS.contains(tokens.get(k + 1).lower())) {
                counts.merge(t.text(), VETOED, Integer::sum); // "The Quor team", "Lisbon staff": wherever it stands
                continue;
            }
            if (known[k] || !t.isWord() || !plainCapitalised(t.text()) && !productAcronym(t.text()) || OPENERS.contains(tokens.get(k - 1).text())
                    || besideCapital(tokens, k - 1) || besideCapital(tokens, k + 1)
                    || NameDiscovery.functionWord(t.lower()) || KindWords.any(t.lower()).isPresent()
                    || SlotNames.stopName(t.lower()) || t.lower().endsWith("ing")
                    || NOT_NAME_ENDINGS.stream().anyMatch(t.lower()::endsWith)
                    || s.rewritten() && !insideSentence(s.sentence.text(), t.text())) {
                continue; // a reading puts its template before the sentence's first word: the sentence decides
            }
            boolean notSoftware = followedByWho(tokens, k + 1)
                    || k + 1 < tokens.size() && NOT_NAME_FOLLOWERS.contains(tokens.get(k + 1).lower())
                    || afterCue(tokens, k) || route(tokens, k);
            counts.merge(t.text(), notSoftware ? VETOED : 1, Integer::sum);
        }
    }

    /** Whether a cue of {@code @not-name-cues} ends right before {@code at} ("built by", "based in"). */
    private static boolean afterCue(List<Token> tokens, int at) {
        for (String[] cue : NOT_NAME_CUES) {
            int from = at - cue.length;
            if (from < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < cue.length && match; k++) {
                match = tokens.get(from + k).is(cue[k]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** "from Berlin to Lisbon": two capitalised words after "from" and "to" are places, either of them. */
    private static boolean route(List<Token> tokens, int at) {
        boolean second = at >= 3 && tokens.get(at - 1).is("to") && tokens.get(at - 3).is("from")
                && tokens.get(at - 2).capitalised();
        boolean first = at >= 1 && at + 2 < tokens.size() && tokens.get(at - 1).is("from")
                && tokens.get(at + 1).is("to") && tokens.get(at + 2).capitalised();
        return first || second;
    }

    /** Whether {@code text} writes {@code word} as a whole word after a lower-case word or a comma. */
    private static boolean insideSentence(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            int end = at + word.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            int before = at - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            if (before >= 0 && before < at - 1 && (Character.isLowerCase(text.charAt(before)) || text.charAt(before) == ',')) {
                return true;
            }
        }
        return false;
    }

    /** "QZK", "ZRB2": capitals (digits after the first), long enough, no acronym of a concept ({@code @concept-acronyms}). */
    private static boolean productAcronym(String text) {
        if (text.length() < MIN_RECURRING_LENGTH || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2 && !CONCEPT_ACRONYMS.contains(text) && !EMPHASIS_CAPITALS.contains(text);
    }

    /**
     * "QX-SAT", "ZRB-Tools", "VQT-AV1": capitals, a hyphen, and a capitalised part (a capital, then letters or
     * digits), the end of the three tokens; -1 otherwise. Running English hyphenates no acronym to a capitalised
     * word, so the shape is a product's spelling; not a concept acronym's compound ("UTF-8", "HTTP-Only": its
     * first part is in {@code @concept-acronyms}), not a version or standard number ("QX-2", a digit part), not a
     * longer chain ("X-Frame-Options"), not a vocabulary name.
     */
    private static int hyphenatedAcronymEnd(List<Token> tokens, boolean[] known, int k) {
        if (k + 2 >= tokens.size() || known[k] || known[k + 2] || !tokens.get(k).isWord()
                || !tokens.get(k + 1).is("-") || tokens.get(k + 1).type() != Token.Type.JOINER) {
            return -1;
        }
        String head = tokens.get(k).text();
        String tail = tokens.get(k + 2).text();
        boolean chain = k + 3 < tokens.size() && tokens.get(k + 3).type() == Token.Type.JOINER;
        if (chain || head.length() < 2 || !head.chars().allMatch(Character::isUpperCase)
                || CONCEPT_ACRONYMS.contains(head) || CONCEPT_ACRONYMS.contains(tail)
                || EMPHASIS_CAPITALS.contains(head) || EMPHASIS_CAPITALS.contains(tail.toUpperCase(java.util.Locale.ROOT))
                || tail.length() < 2 || !Character.isUpperCase(tail.charAt(0))
                || !tail.chars().allMatch(Character::isLetterOrDigit)) {
            return -1;
        }
        return k + 3;
    }

    /** "Quillon": a capital, then lower-case letters only, long enough not to be initials. */
    private static boolean plainCapitalised(String text) {
        if (text.length() < MIN_RECURRING_LENGTH || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int k = 1; k < text.length(); k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token at {@code at} is a capitalised word or a joiner ("Quillon Studio", "Plural-Forms"). */
    private static boolean besideCapital(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(at);
        return t.type() == Token.Type.JOINER || t.isWord() && t.capitalised();
    }

    /** ", who" or "who" after a word: a person's name. */
    private static boolean followedByWho(List<Token> tokens, int at) {
        int k = at < tokens.size() && tokens.get(at).is(",") ? at + 1 : at;
        return k < tokens.size() && (tokens.get(k).is("who") || tokens.get(k).is("whose"));
    }

    /**
     * The words the document writes as ordinary words, exactly as written: a capitalised word whose lower-case form
     * is among them had a title's or a sentence's capital. A part of a hyphen or slash compound ("quillon-sync",
     * "tools/quillon") is a package's spelling and does not count.
     */
    static Set<String> lowerCaseWords(List<ParsedSentence> sentences) {
        Set<String> words = new HashSet<>();
        for (ParsedSentence s : sentences) {
            List<Token> tokens = s.tokens;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).isWord() && !joined(tokens, k - 1) && !joined(tokens, k + 1)) {
                    words.add(tokens.get(k).text());
                }
            }
        }
        return words;
    }

    private static boolean joined(List<Token> tokens, int at) {
        return at >= 0 && at < tokens.size() && tokens.get(at).type() == Token.Type.JOINER;
    }

    /** Whether a sentence writes {@code name} after its first word (a speaker's label and its colon aside). */
    static boolean writtenInside(List<ParsedSentence> sentences, String name) {
        for (ParsedSentence s : sentences) {
            List<Token> tokens = s.tokens;
            int first = tokens.size() > 2 && tokens.get(1).is(":") ? 2 : 0;
            for (int k = first + 1; k < tokens.size(); k++) {
                if (tokens.get(k).text().equals(name) && !tokens.get(k - 1).is(".")) {
                    return true;
                }
            }
        }
        return false;
    }
}
