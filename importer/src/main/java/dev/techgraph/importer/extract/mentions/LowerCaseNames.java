package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Package and program names written in lower case, which prose writes for nothing else:
 * <ul>
 * <li>a lower-case word opening a sentence of running prose right before its verb ("zorbkv is used in
 * production", "quibble3d started as a fork"), or after a speaker's label ("ANA: nettle-ui is promising"): prose
 * capitalises a sentence's first word, so a word left in lower case there is spelt as its project spells it;</li>
 * <li>a word of a code-name shape anywhere: a C library's prefix ("libzorb") or a hyphen compound ending in an
 * ecosystem's suffix ("tarn-rs", "quill-py", "zorb-cli").</li>
 * </ul>
 * List items, table cells and headings start in lower case for layout's sake ("- fast startup"), so they open
 * nothing. The shapes are data: the {@code @lower-prefix}, {@code @lower-suffix} and {@code @not-lower-prefixed}
 * lines of {@code kind-words.tsv}.
 */
final class LowerCaseNames {

    private static final String WORDS = "dev/techgraph/importer/extract/kind-words.tsv";
    /** Prefixes of code names ("lib"), with the kind they give. */
    private static final Map<String, Kind> PREFIXES = new LinkedHashMap<>();
    /** Last parts of hyphen compounds that name an ecosystem's package ("rs", "py"), with the kind they give. */
    private static final Map<String, Kind> SUFFIXES = new HashMap<>();
    /** Beginnings of English words that start like a code prefix ("librar", "libert"). */
    private static final List<String> ENGLISH_STARTS = new ArrayList<>();
    /** Packaging nouns a lower-case name stands before ("crate", "library"), with the kind they give. */
    private static final Map<String, Kind> PACKAGE_NOUNS = new HashMap<>();
    /** Those of the nouns written as part of the name ("the re module"), as a language's packaging unit is. */
    private static final Set<String> NAMED_NOUNS = new HashSet<>();
    /** Lower-case words before a packaging noun that name no package ("the core module", "the json package"). */
    private static final Set<String> NOT_PACKAGE_NAMES = new HashSet<>();
    /** Endings of English adjectives and abstract nouns ("-ing", "-tion", "-al"): no package name before a noun. */
    private static final List<String> NOT_PACKAGE_ENDINGS = new ArrayList<>();
    /** Answers, grades, units, licences, formats and feature labels: no name as a whole cell or lead. */
    private static final Set<String> NOT_SLOT_TOKENS = DataFile.wordList(WORDS, "@not-slot-tokens");
    /** Words before which a lower-case word is an ordinary one ("the speed", "very fast"). */
    private static final Set<String> BEFORE_WORDS = Set.of("the", "a", "an", "its", "their", "our", "this", "your",
            "that", "these", "those", "my", "his", "her", "very", "more", "less", "most", "least", "too", "so");
    /** Determiners that open "the zorbify crate", "a quillkit package", "its tarn library". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their",
            "our", "this", "your");
    /** Tokens at most between the determiner and the name: one adjective, or a hyphen compound ("built-in"). */
    private static final int MAX_BETWEEN = 3;
    /** Letters a prefixed name has after its prefix at least ("libuv" has two, "lib" alone is none). */
    private static final int MIN_AFTER_PREFIX = 2;

    static {
        for (DataFile.Line row : DataFile.lines(WORDS)) {
            String[] cols = row.text().split("\t");
            switch (cols[0]) {
                case "@lower-prefix", "@lower-suffix" -> {
                    Kind kind = cols.length == 3 ? Kind.parse(cols[1].strip()).orElse(null) : null;
                    if (kind == null) {
                        throw new IllegalStateException(WORDS + " line " + row.number()
                                + ": expected '" + cols[0] + "<TAB>Kind<TAB>parts', was: " + row.text());
                    }
                    for (String part : cols[2].split("\\|")) {
                        (cols[0].equals("@lower-prefix") ? PREFIXES : SUFFIXES).put(part.strip(), kind);
                    }
                }
                case "@package-noun" -> {
                    Kind kind = cols.length == 4 ? Kind.parse(cols[1].strip()).orElse(null) : null;
                    if (kind == null) {
                        throw new IllegalStateException(WORDS + " line " + row.number()
                                + ": expected '@package-noun<TAB>Kind<TAB>named|bare<TAB>nouns', was: " + row.text());
                    }
                    for (String noun : cols[3].split("\\|")) {
                        PACKAGE_NOUNS.put(noun.strip(), kind);
                        if (cols[2].strip().equals("named")) {
                            NAMED_NOUNS.add(noun.strip());
                        }
                    }
                }
                case "@not-package-names" -> {
                    for (String word : cols[1].split("\\|")) {
                        NOT_PACKAGE_NAMES.add(word.strip());
                    }
                }
                case "@not-package-endings" -> {
                    for (String ending : cols[1].split("\\|")) {
                        NOT_PACKAGE_ENDINGS.add(ending.strip());
                    }
                }
                case "@not-lower-prefixed" -> {
                    for (String start : cols[1].split("\\|")) {
                        ENGLISH_STARTS.add(start.strip().toLowerCase(Locale.ROOT));
                    }
                }
                default -> {
                }
            }
        }
    }

    private LowerCaseNames() {
    }

    /**
     * Names opening one sentence of running prose in lower case, with their kinds; {@code known[i]} marks tokens
     * already matched. The caller keeps them only where the author capitalises sentences ({@link #uncapitalised}).
     */
    static Map<String, Kind> leads(ParsedSentence s, boolean[] known) {
        Map<String, Kind> found = new LinkedHashMap<>();
        List<Token> tokens = s.tokens;
        // a reading the structure stage wrote ("zorb is well suited for ...") starts with its template's subject
        if (s.sentence.blockType() == PlainText.BlockType.PARAGRAPH && !s.rewritten()) {
            lead(tokens, known, 0, found);
            if (tokens.size() > 2 && tokens.get(0).isWord() && tokens.get(1).is(":")) {
                lead(tokens, known, 2, found); // "ANA: nettle-ui is promising": a speaker's label, then the sentence
            }
        }
        return found;
    }

    /**
     * "we tried it and honestly the docs are thin": a prose sentence opening with a lower-case function word says
     * the author does not capitalise sentences, so a lower-case word opening another says nothing of its spelling.
     */
    static boolean uncapitalised(ParsedSentence s) {
        if (s.sentence.blockType() != PlainText.BlockType.PARAGRAPH || s.tokens.isEmpty()) {
            return false;
        }
        Token first = s.tokens.get(0);
        return first.isWord() && !first.capitalised()
                && (NameDiscovery.functionWord(first.lower()) || first.lower().endsWith("ly")); // "honestly, ..."
    }

    /** Names spelt as code in one sentence, with their kinds; {@code known[i]} marks tokens already matched. */
    static Map<String, Kind> discover(ParsedSentence s, boolean[] known) {
        Map<String, Kind> found = new LinkedHashMap<>();
        List<Token> tokens = s.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || known[i] || i > 0 && tokens.get(i - 1).type() == Token.Type.JOINER) {
                continue;
            }
            int end = CodeNames.hyphenEnd(tokens, i);
            if (end - i == 1) {
                prefixed(t).ifPresent(kind -> found.putIfAbsent(t.text(), kind));
            } else if (lowerCase(tokens, i, end) && !anyKnown(known, i, end)) {
                Kind kind = SUFFIXES.get(tokens.get(end - 1).text());
                if (kind != null && Character.isLetter(t.text().charAt(0))) {
                    found.putIfAbsent(Token.join(tokens, i, end, ""), kind);
                }
            }
        }
        return found;
    }

    /**
     * "the zorbify crate", "a quillkit package", "the built-in tarn module", "the zorb-rt bindings": a lower-case
     * word between a determiner and a packaging noun, in a sentence that names a known technology, is a package's
     * name as its ecosystem spells it; prose puts an adjective or an application's own part there ("the core
     * module", "the billing package"), which {@code @not-package-names} and the shape of the word keep out. A
     * language's packaging unit keeps its noun in the name ("the re module"), a component's does not, nor does a
     * hyphen compound.
     */
    static Map<String, Kind> beforeKindNoun(List<Token> tokens, boolean[] known, boolean namesTechnology) {
        Map<String, Kind> found = new LinkedHashMap<>();
        if (!namesTechnology) {
            return found;
        }
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (!tokens.get(i).isWord() || known[i] || tokens.get(i - 1).type() == Token.Type.JOINER) {
                continue;
            }
            int end = CodeNames.hyphenEnd(tokens, i);
            if (end >= tokens.size() || !tokens.get(end).isWord() || !tokens.get(end).text().equals(tokens.get(end).lower())) {
                continue;
            }
            Kind kind = PACKAGE_NOUNS.get(tokens.get(end).lower());
            if (kind == null || anyKnown(known, i, end) || !packageName(tokens, i, end) || !determined(tokens, i)
                    || nounModifies(tokens, end + 1)) {
                continue;
            }
            String name = Token.join(tokens, i, end, "");
            // a hyphen compound ("tui-rs") is spelt as code already and needs no noun to tell it from a word
            boolean withNoun = NAMED_NOUNS.contains(tokens.get(end).lower()) && end - i == 1;
            found.putIfAbsent(withNoun ? name + " " + tokens.get(end).lower() : name, kind);
        }
        return found;
    }

    /**
     * The end of a package-shaped token opening {@code tokens} at {@code from} ("zorbify", "kestrel-cli",
     * "quill_ext", "tarn/core", "zorb.io"), or -1: lower-case words (letters, digits, "_" and "." inside) joined
     * without spaces by "-" or "/", starting with a letter, none matched by the vocabulary. A table cell or an
     * item's lead that is such a token alone is a name where its siblings are technologies; words of the stop
     * lists (function words, kind words, answers and grades, units, licences, formats, feature labels) and words
     * with an English adjective's or abstract noun's ending are not.
     */
    static int packageToken(List<Token> tokens, boolean[] known, int from) {
        if (from >= tokens.size() || !tokens.get(from).isWord()) {
            return -1;
        }
        int end = from + 1;
        while (end + 1 < tokens.size() && tokens.get(end).type() == Token.Type.JOINER
                && (tokens.get(end).is("-") || tokens.get(end).is("/")) && tokens.get(end + 1).isWord()
                && tokens.get(end).start() == tokens.get(end - 1).end()
                && tokens.get(end + 1).start() == tokens.get(end).end()) {
            end += 2;
        }
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            if (k < known.length && known[k] || !t.text().equals(t.lower())) {
                return -1;
            }
            if (t.isWord() && !t.text().chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return -1;
            }
        }
        String whole = Token.join(tokens, from, end, "");
        String first = tokens.get(from).lower();
        String last = tokens.get(end - 1).lower();
        if (whole.length() < 2 || !Character.isLetter(whole.charAt(0)) || NOT_SLOT_TOKENS.contains(whole)
                || NOT_SLOT_TOKENS.contains(first) || NOT_PACKAGE_NAMES.contains(whole)
                || NameDiscovery.functionWord(first) || KindWords.any(last).isPresent()
                || KindWords.naming(last).isPresent() || Verbs.isVerbLike(first)
                || NOT_PACKAGE_ENDINGS.stream().anyMatch(last::endsWith)
                || whole.chars().anyMatch(Character::isDigit) && end - from == 1 && !InnerCapitalNames.letterDigit(whole)) {
            return -1;
        }
        return end;
    }

    /**
     * Whether the document writes {@code word} (lower case) as an ordinary word somewhere: after a determiner or a
     * degree word ("the speed", "very fast") and not before a kind or packaging noun ("the zorbify crate").
     */
    static boolean writtenAsWord(List<ParsedSentence> sentences, String word) {
        for (ParsedSentence s : sentences) {
            List<Token> tokens = s.tokens;
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals(word) && BEFORE_WORDS.contains(tokens.get(i - 1).lower())
                        && !(i + 1 < tokens.size() && (KindWords.any(tokens.get(i + 1).lower()).isPresent()
                            || PACKAGE_NOUNS.containsKey(tokens.get(i + 1).lower())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words from {@code from} to {@code to} are spelt as a package's name, none an English word of the stop list. */
    private static boolean packageName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k += 2) {
            String w = tokens.get(k).text();
            String lower = tokens.get(k).lower();
            if (!w.equals(lower) || !Character.isLetter(w.charAt(0)) || !w.chars().allMatch(Character::isLetterOrDigit)
                    || NOT_PACKAGE_NAMES.contains(lower) || NameDiscovery.functionWord(lower)
                    || KindWords.any(lower).isPresent() || KindWords.naming(lower).isPresent()
                    || NOT_PACKAGE_ENDINGS.stream().anyMatch(lower::endsWith)
                    || w.chars().anyMatch(Character::isDigit) && !InnerCapitalNames.letterDigit(w)) {
                return false;
            }
        }
        String first = tokens.get(from).lower();
        return !(to - from == 1 && (first.length() < 2 || Verbs.isVerbLike(first)));
    }

    /** "a huge plugin marketplace": a lower-case noun after the packaging noun makes it a modifier, no name's kind. */
    private static boolean nounModifies(List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next).isWord() || tokens.get(next).capitalised()) {
            return false;
        }
        String word = tokens.get(next).lower();
        return !InnerCapitalNames.AFTER.contains(word) && KindWords.singular(word).isEmpty()
                && !Verbs.isVerbLike(word) && !(word.endsWith("s") && !word.endsWith("ss"));
    }

    /** Whether a determiner opens the phrase before {@code at}, with one adjective or hyphen compound at most between. */
    private static boolean determined(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && at - k <= MAX_BETWEEN + 1; k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.lower())) {
                return true;
            }
            if (!(t.isWord() && !t.capitalised() || t.type() == Token.Type.JOINER && t.is("-"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "zorbkv is used ...", "tarn-cache started as ...": the words from {@code at} up to the verb are a name when
     * they are lower case, no function word, and a verb follows (a version may stand between: "zorbkv 0.8 landed").
     */
    private static void lead(List<Token> tokens, boolean[] known, int at, Map<String, Kind> found) {
        int end = CodeNames.hyphenEnd(tokens, at);
        if (end >= tokens.size() || anyKnown(known, at, end)
                || !NameDiscovery.lowerCaseLead(tokens.subList(at, tokens.size()), end - at)
                || Verbs.isVerbLike(tokens.get(at).lower()) || tokens.get(at).lower().endsWith("ing")
                || KindWords.any(tokens.get(at).lower()).isPresent() || !lowerCase(tokens, at, end)) {
            // "iPhone sales rose", "useEffect runs twice": a capital inside is a device's or shop's brand as often as
            // a program, or a function's name
            return;
        }
        int verb = end < tokens.size() - 1 && tokens.get(end).isVersion() ? end + 1 : end;
        if (predicate(tokens.get(verb))) {
            found.putIfAbsent(Token.join(tokens, at, end, ""), Kind.LIBRARY);
        }
    }

    /** A word that starts a predicate: an auxiliary or common verb, or a past or third-person form. */
    private static boolean predicate(Token t) {
        String w = t.lower();
        return t.isWord() && !t.capitalised() && (Verbs.isVerbLike(w)
                || w.length() > 3 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")));
    }

    /** "libzorb": a code prefix followed by letters or digits, no English word that starts the same way. */
    private static Optional<Kind> prefixed(Token t) {
        String text = t.text();
        if (!text.equals(t.lower())) {
            return Optional.empty();
        }
        for (Map.Entry<String, Kind> p : PREFIXES.entrySet()) {
            String prefix = p.getKey();
            if (text.startsWith(prefix) && text.length() >= prefix.length() + MIN_AFTER_PREFIX
                    && text.chars().allMatch(Character::isLetterOrDigit)
                    && ENGLISH_STARTS.stream().noneMatch(text::startsWith)) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean lowerCase(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k += 2) {
            if (!tokens.get(k).text().equals(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyKnown(boolean[] known, int from, int to) {
        for (int k = from; k < to && k < known.length; k++) {
            if (known[k]) {
                return true;
            }
        }
        return false;
    }
}
