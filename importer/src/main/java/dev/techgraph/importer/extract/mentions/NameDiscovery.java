package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds technologies the vocabulary does not know by Hearst patterns (the kind word decides the kind):
 * "KIND such as X, Y and Z", "KIND like X or Y", "X, Y and other KIND", "X is a (...) KIND",
 * "X, a (...) KIND". A candidate must look like a name: capitalised, with a dotted form ("Socket.io") or an
 * identifier's underscore ("zorb_widgets").
 */
public final class NameDiscovery {

    private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "these", "those", "it", "its", "a",
            "an", "many", "most", "some", "other", "both", "all", "each", "every", "popular", "modern", "another",
            "one", "such", "our", "your", "we", "you", "they", "he", "she", "there", "here", "what", "which", "who",
            "in", "on", "for", "with", "and", "or", "but", "if", "when", "while", "although", "however", "why",
            "how", "today", "now", "also", "so", "yet", "then", "i", "my", "as", "at", "by", "from", "to", "of",
            "not", "no", "yes", "q", "a:", "note", "tip", "conclusion", "summary", "overview", "introduction");

    private NameDiscovery() {
    }

    /** Names found in one sentence, with their kinds; {@code known[i]} marks tokens already matched. */
    static Map<String, Kind> discover(List<Token> tokens, boolean[] known) {
        Map<String, Kind> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            Optional<Kind> plural = KindWords.namingPlural(t.lower());
            if (plural.isPresent()) {
                int list = listStart(tokens, i + 1);
                if (list > 0) {
                    readList(tokens, known, list, plural.get(), found);
                }
                if (i >= 2 && tokens.get(i - 1).is("other") && tokens.get(i - 2).is("and")) {
                    readListBackwards(tokens, known, i - 3, plural.get(), found);
                }
            }
            Optional<Kind> singular = KindWords.naming(t.lower());
            if (singular.isPresent()) {
                Kind kind = i > 0 && tokens.get(i - 1).is("game") && t.is("engine") ? Kind.FRAMEWORK
                        : singular.get();
                copula(tokens, known, i, kind, found);
                modifierName(tokens, known, i, kind, found);
                called(tokens, known, i, kind, found);
                kindThenName(tokens, known, i, kind, found);
                asKind(tokens, known, i, kind, found);
            }
            if (plural.isPresent()) {
                apposedPair(tokens, known, i, plural.get(), found);
            }
        }
        return found;
    }

    /** Position after "such as", "like", "including", or -1. */
    public static int listStart(List<Token> tokens, int i) {
        if (i < tokens.size() && (tokens.get(i).is("like") || tokens.get(i).is("including"))) {
            return i + 1;
        }
        if (i + 1 < tokens.size() && tokens.get(i).is("such") && tokens.get(i + 1).is("as")) {
            return i + 2;
        }
        return -1;
    }

    private static void readList(List<Token> tokens, boolean[] known, int i, Kind kind, Map<String, Kind> found) {
        while (i < tokens.size()) {
            int end = nameEnd(tokens, i);
            if (end == i) {
                return;
            }
            addName(tokens, known, i, end, kind, found);
            i = end;
            if (i < tokens.size() && tokens.get(i).is(",")) {
                i++;
            }
            if (i < tokens.size() && (tokens.get(i).is("and") || tokens.get(i).is("or"))) {
                i++;
            } else if (i > 0 && !tokens.get(i - 1).is(",")) {
                return;
            }
        }
    }

    private static void readListBackwards(List<Token> tokens, boolean[] known, int end, Kind kind,
                                          Map<String, Kind> found) {
        int i = end;
        while (i >= 0) {
            int start = i;
            while (start >= 0 && looksLikeNameWord(tokens.get(start)) && i - start < 3) {
                start--;
            }
            start++;
            if (start > i) {
                return;
            }
            addName(tokens, known, start, i + 1, kind, found);
            i = start - 1;
            boolean joined = false;
            if (i >= 0 && (tokens.get(i).is("and") || tokens.get(i).is("or"))) {
                i--;
                joined = true;
            }
            if (i >= 0 && tokens.get(i).is(",")) {
                i--;
                joined = true;
            }
            if (!joined) {
                return;
            }
        }
    }

    /** "X is a (...) KIND", "X, a (...) KIND" and "X, the (...) KIND" with X at the start of the sentence or a clause. */
    private static void copula(List<Token> tokens, boolean[] known, int kindAt, Kind kind, Map<String, Kind> found) {
        int j = kindAt - 1;
        int filler = 0;
        while (j >= 0 && (tokens.get(j).isWord() || tokens.get(j).type() == Token.Type.JOINER)
                && !tokens.get(j).is("a") && !tokens.get(j).is("an") && !tokens.get(j).is("the") && filler < 6) {
            filler += tokens.get(j).isWord() ? 1 : 0; // "an open-source message broker": joined words are one
            j--;
        }
        int owner = possessiveOwner(tokens, kindAt);
        if (owner > 0) {
            j = owner; // "X, Google's rendering engine": the owner's possessive stands where "a" would
        } else if (j < 1 || !(tokens.get(j).is("a") || tokens.get(j).is("an") || tokens.get(j).is("the"))) {
            return;
        }
        int verb = j - 1;
        if (!(tokens.get(verb).is("is") || tokens.get(verb).is(",") || tokens.get(verb).is("was")
                || tokens.get(verb).is("("))) {
            return;
        }
        if (tokens.get(j).is("the") && !tokens.get(verb).is(",")) {
            return; // "X, the Elixir web framework" names X; "X is the framework ..." may rank it among others
        }
        if (!tokens.get(verb).is(",") && verb >= 3 && tokens.get(verb - 1).is("which") && tokens.get(verb - 2).is(",")) {
            verb -= 2; // "X, which is a thin wrapper": a relative clause defines X as an apposition does
        }
        int end = verb;
        int start = end - 1;
        while (start >= 0 && looksLikeNameWord(tokens.get(start)) && end - start <= 3) {
            start--;
        }
        start++;
        if (start >= end && lowerCaseLead(tokens, end)) {
            // "tarn-cache": hyphen-joined words without spaces, as the sentence writes them
            addName(tokens, known, 0, end, kind, found, Token.join(tokens, 0, end, ""));
            return;
        }
        if (start >= end && tokens.get(verb).is(",") && end >= 2 && lowerCaseName(tokens.get(end - 1))
                && SlotNames.introducingWord(tokens.get(end - 2).lower())) {
            // "through zorbify, a thin wrapper", "we use quillctl, which is a small CLI": a word the writer
            // introduces as the means and then defines is a name whatever its case
            addName(tokens, known, end - 1, end, kind, found);
            return;
        }
        if (start >= end) {
            return;
        }
        if (start > 0 && !tokens.get(verb).is("(") && owner < 0 && !(tokens.get(start - 1).is(",") || tokens.get(start - 1).is(";")
                || tokens.get(start - 1).is(":") || tokens.get(start - 1).is("(") || possessed(tokens, start)
                || apposedAfterWord(tokens, start, verb))) {
            return;
        }
        addName(tokens, known, start, end, kind, found);
    }

    /**
     * "stored in Plumbix, a time-series database", "scheduled by Tarnwick, the orchestrator": an apposition
     * describes the name before its comma wherever the name stands, so a lower-case word (a preposition or
     * verb) may come before it; a capitalised one may be a name's own first word, which the scan did not take.
     */
    private static boolean apposedAfterWord(List<Token> tokens, int start, int verb) {
        Token before = tokens.get(start - 1);
        return tokens.get(verb).is(",") && before.isWord() && !before.capitalised() && !before.is("the")
                && !before.is("a") && !before.is("an");
    }

    /**
     * "Zorblang's Kestrel is a ...": a name after a capitalised owner's possessive at the start of the sentence
     * or a clause is the one the copula describes.
     */
    private static boolean possessed(List<Token> tokens, int start) {
        if (start < 2 || !tokens.get(start - 1).is("'s") || !looksLikeNameWord(tokens.get(start - 2))) {
            return false;
        }
        int owner = start - 2;
        while (owner > 0 && looksLikeNameWord(tokens.get(owner - 1)) && start - owner < 4) {
            owner--;
        }
        return owner == 0 || tokens.get(owner - 1).is(",") || tokens.get(owner - 1).is(";")
                || tokens.get(owner - 1).is(":") || tokens.get(owner - 1).is("(");
    }

    /** Determiners and possessives that introduce "the X library", "its newer X renderer". */
    private static final Set<String> INTRODUCERS = Set.of("the", "its", "their", "a", "an", "our", "this");
    /** Kind words too loose to type a name written before them ("the Web platform"). */
    private static final Set<String> LOOSE = Set.of("platform", "toolkit", "sdk", "module", "tool");

    /** Position of a capitalised owner in ", Owner's (...) KIND", or -1. */
    private static int possessiveOwner(List<Token> tokens, int kindAt) {
        for (int k = kindAt - 1; k >= 2 && kindAt - k <= 3; k--) {
            if (tokens.get(k).is("'s")) {
                boolean owner = tokens.get(k - 1).capitalised() && tokens.get(k - 2).is(",");
                return owner ? k - 1 : -1;
            }
            if (!tokens.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** "the Fastly library", "its newer Impeller engine", "the Bevy game engine": a name used as modifier. */
    private static void modifierName(List<Token> tokens, boolean[] known, int kindAt, Kind kind,
                                     Map<String, Kind> found) {
        if (LOOSE.contains(tokens.get(kindAt).lower()) || KindWords.describing(tokens.get(kindAt).lower())) {
            return;
        }
        int end = kindAt;
        if (end > 0 && tokens.get(end - 1).is("game") && tokens.get(kindAt).is("engine")) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 2 && looksLikeNameWord(tokens.get(start - 1))) {
            start--;
        }
        if (start == end || start == 0 || acronym(tokens.get(start)) && end - start == 1) {
            return; // "the fastest GUI editor", "an HTTP client": an acronym before a kind word says what sort it is
        }
        int intro = start - 1;
        if (intro > 0 && tokens.get(intro).isWord() && !INTRODUCERS.contains(tokens.get(intro).lower())
                && INTRODUCERS.contains(tokens.get(intro - 1).lower())) {
            intro--; // one adjective between: "its newer X renderer"
        }
        if (INTRODUCERS.contains(tokens.get(intro).lower())) {
            addName(tokens, known, start, end, kind, found);
        }
    }

    /**
     * "a crate called Xyz", "a library named Xyz", "a CLI called zorbctl": the pattern names what follows, so a
     * lower-case word is a name here too, when it is no function word and not "called from ...".
     */
    private static void called(List<Token> tokens, boolean[] known, int kindAt, Kind kind, Map<String, Kind> found) {
        int at = kindAt + 1;
        if (at + 1 < tokens.size() && (tokens.get(at).is("called") || tokens.get(at).is("named"))) {
            int end = nameEnd(tokens, at + 1);
            if (end == at + 1 && lowerCaseName(tokens.get(at + 1))) {
                end = at + 2;
            }
            if (end > at + 1) {
                addName(tokens, known, at + 1, end, kind, found);
            }
        }
    }

    /**
     * "The default bundler, Snapwick, now ships ...", "the old ORM, Hessle, is gone": a determined kind noun with
     * a name set off by commas right after it names that name.
     */
    private static void kindThenName(List<Token> tokens, boolean[] known, int kindAt, Kind kind,
                                     Map<String, Kind> found) {
        if (kindAt + 2 >= tokens.size() || !tokens.get(kindAt + 1).is(",") || !determined(tokens, kindAt)) {
            return;
        }
        int end = nameEnd(tokens, kindAt + 2);
        if (end > kindAt + 2 && (end == tokens.size() || tokens.get(end).is(",") || tokens.get(end).is(".")
                || tokens.get(end).is(")"))) {
            addName(tokens, known, kindAt + 2, end, kind, found);
        }
    }

    /** "relies on Morrow as its middleware", "picked Brisk as the scheduler": the name before "as" is one. */
    private static void asKind(List<Token> tokens, boolean[] known, int kindAt, Kind kind, Map<String, Kind> found) {
        int intro = kindAt - 1;
        if (intro > 0 && tokens.get(intro).isWord() && !INTRODUCERS.contains(tokens.get(intro).lower())) {
            intro--; // one adjective between: "as its default broker"
        }
        if (intro < 2 || !Set.of("its", "their", "the", "a", "an", "our").contains(tokens.get(intro).lower())
                || !tokens.get(intro - 1).is("as")) {
            return;
        }
        int end = intro - 1;
        int start = end;
        while (start > 0 && end - start < 3 && looksLikeNameWord(tokens.get(start - 1))) {
            start--;
        }
        if (start < end && start > 0) {
            addName(tokens, known, start, end, kind, found);
        }
    }

    /** Whether a determiner ("the", "its", "our", "this") starts the noun phrase of the kind word, adjectives between. */
    private static boolean determined(List<Token> tokens, int kindAt) {
        for (int k = kindAt - 1; k >= 0 && kindAt - k <= 3; k--) {
            Token t = tokens.get(k);
            if (Set.of("the", "its", "their", "our", "this", "your").contains(t.lower())) {
                return true;
            }
            if (!t.isWord() || t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** Words after "called"/"named" that make it a verb ("called from", "named after") or no name. */
    private static final Set<String> NOT_CALLED = Set.of("after", "from", "by", "with", "into", "out", "up", "once",
            "twice", "again", "only", "just", "directly", "whenever", "for", "like", "something", "anything",
            "everything", "nothing", "everyone", "someone");

    /** Whether a word is a function word, pronoun or sentence opener that never names anything. */
    static boolean functionWord(String lower) {
        return NOT_NAMES.contains(lower) || NOT_CALLED.contains(lower);
    }

    private static boolean lowerCaseName(Token t) {
        return t.isWord() && !t.capitalised() && t.text().length() > 1 && !functionWord(t.lower())
                && !t.lower().endsWith("ly") && Character.isLetter(t.text().charAt(0));
    }

    /**
     * "zorbctl is a small CLI tool", "quib-fmt, a formatter for ...": prose capitalises a sentence's first word,
     * so a lower-case word (or hyphen-joined words) opening the sentence right before the copula or apposition is
     * written as its project spells it: a name.
     */
    static boolean lowerCaseLead(List<Token> tokens, int end) {
        if (end < 1 || end > 5 || end % 2 == 0 || !lowerCaseName(tokens.get(0))) {
            return false;
        }
        for (int k = 1; k < end; k += 2) {
            Token joiner = tokens.get(k);
            if (!joiner.is("-") || joiner.type() != Token.Type.JOINER || joiner.start() != tokens.get(k - 1).end()
                    || !tokens.get(k + 1).isWord() || tokens.get(k + 1).start() != joiner.end()
                    || tokens.get(k + 1).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** "GUI", "HTTP": a word of capitals only (two or more, digits aside). */
    static boolean acronym(Token t) {
        String text = t.text();
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** "Xyz and Qux, two popular ORMs": a pair named, then typed by an apposition. */
    private static void apposedPair(List<Token> tokens, boolean[] known, int kindAt, Kind kind,
                                    Map<String, Kind> found) {
        int j = kindAt - 1;
        while (j >= 0 && tokens.get(j).isWord() && !tokens.get(j).is("two") && !tokens.get(j).is("both")
                && kindAt - j <= 3) {
            j--;
        }
        if (j < 1 || !(tokens.get(j).is("two") || tokens.get(j).is("both")) || !tokens.get(j - 1).is(",")) {
            return;
        }
        readListBackwards(tokens, known, j - 2, kind, found);
    }

    private static int nameEnd(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && j - i < 3 && looksLikeNameWord(tokens.get(j))) {
            j++;
        }
        return j;
    }

    static boolean looksLikeNameWord(Token t) {
        if (!t.isWord() || NOT_NAMES.contains(t.lower())) {
            return false;
        }
        return t.capitalised() || t.text().indexOf('.') > 0 || identifier(t.text());
    }

    /** "zorb_widgets": a word with an inner underscore is an identifier, which prose never writes. */
    private static boolean identifier(String text) {
        int underscore = text.indexOf('_');
        return underscore > 0 && underscore < text.length() - 1 && Character.isLetter(text.charAt(0));
    }

    private static void addName(List<Token> tokens, boolean[] known, int from, int to, Kind kind,
                                Map<String, Kind> found) {
        addName(tokens, known, from, to, kind, found, Token.join(tokens, from, to));
    }

    private static void addName(List<Token> tokens, boolean[] known, int from, int to, Kind kind,
                                Map<String, Kind> found, String name) {
        for (int k = from; k < to; k++) {
            if (known[k]) {
                return;
            }
        }
        if (name.length() > 1) {
            found.putIfAbsent(name, kind);
        }
    }
}
