package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unknown names that fill the slot of a relation cue: "written in Zorb" (a Language), "runs on Zorb" (a Runtime),
 * "a plugin for Zorb" and "the Zorb plugin" (a technology of unknown kind, Tool unless another pattern types it),
 * "Kestrel vs Zorb", "an alternative to Zorb", "migrated from Zorb to Kestrel" (a peer: the kind of the known
 * technology the sentence weighs it against). The cue says what sort of thing fills its slot whatever the article
 * is about, so this reads the language of such articles rather than their names. A capitalised word after a cue
 * is a month, a language people speak or a place as often, so the caller keeps a slot name only when the
 * document writes it twice; acronyms (protocols, hardware) and a sentence's first word never fill a slot.
 * The cues are data: the {@code @slot-before}, {@code @slot-after} and {@code @not-slot-names} lines of
 * {@code kind-words.tsv}.
 */
final class SlotNames {

    private static final String WORDS = "dev/techgraph/importer/extract/kind-words.tsv";
    /** "peer" in the kind column: the kind comes from the known technology the sentence weighs the name against. */
    private static final String PEER = "peer";
    /** Letters a word ending in "ing" needs to be read as a gerund ("Testing" has seven, "Spring" six). */
    private static final int MIN_GERUND_LENGTH = 6;

    /**
     * A cue's words (lower case) and the kind it gives; {@code null} kind for a peer cue. {@code introducing} marks a
     * cue that introduces what the writer uses or suggests ("through X", "consider X", "there is X"): it says less
     * of its slot than a relation's cue, so its name needs a known technology beside it or a second mention.
     */
    private record Cue(String[] words, Kind kind, boolean introducing) {
    }

    /** Cues written before the slot ("written in X"), by first word. */
    private static final Map<String, List<Cue>> BEFORE = new HashMap<>();
    /** Cues written after the slot ("X plugin"), by their one word. */
    private static final Map<String, Cue> AFTER = new HashMap<>();
    private static final Set<String> NOT_NAMES = new HashSet<>();

    static {
        for (DataFile.Line row : DataFile.lines(WORDS)) {
            String line = row.text();
            if (!line.startsWith("@slot-") && !line.startsWith("@intro-before") && !line.startsWith("@not-slot-names")) {
                continue; // kind words, and the lines of other readers (LowerCaseNames)
            }
            String[] cols = line.split("\t");
            if (cols[0].equals("@not-slot-names") && cols.length == 2) {
                for (String w : cols[1].split("\\|")) {
                    NOT_NAMES.add(w.strip().toLowerCase(java.util.Locale.ROOT));
                }
                continue;
            }
            Kind kind = cols.length == 3 ? Kind.parse(cols[1].strip()).orElse(null) : null;
            boolean peer = cols.length == 3 && cols[1].strip().equals(PEER);
            boolean introducing = cols[0].equals("@intro-before");
            if (cols.length != 3 || kind == null && !peer || !cols[0].equals("@slot-before")
                    && !cols[0].equals("@slot-after") && !introducing) {
                throw new IllegalStateException(WORDS + " line " + row.number()
                        + ": expected '@slot-before|@slot-after|@intro-before<TAB>Kind|peer<TAB>cues' or '@not-slot-names<TAB>words', was: "
                        + line);
            }
            for (String phrase : cols[2].split("\\|")) {
                String key = phrase.strip();
                Cue cue = new Cue(key.split(" "), kind, introducing);
                boolean fresh;
                if (cols[0].equals("@slot-after")) {
                    fresh = cue.words().length == 1 && AFTER.putIfAbsent(key, cue) == null;
                } else {
                    List<Cue> sameStart = BEFORE.computeIfAbsent(cue.words()[0], k -> new ArrayList<>());
                    fresh = sameStart.stream().noneMatch(c -> String.join(" ", c.words()).equals(key));
                    sameStart.add(cue);
                }
                if (!fresh) {
                    throw new IllegalStateException(WORDS + " line " + row.number() + ": slot cue '" + phrase
                            + "' listed twice or of more than one word after a name");
                }
            }
        }
    }

    private SlotNames() {
    }

    /**
     * Adds to {@code found} the names filling a cue's slot in one sentence, with their kinds; a name an introducing
     * cue gives in a sentence that also names a plain known technology goes to {@code introduced}, which the caller
     * keeps without a second mention.
     */
    static void discover(List<Token> tokens, boolean[] known, List<SiblingNames.Known> technologies,
                         Map<String, Kind> found, Map<String, Kind> introduced) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            List<Cue> before = BEFORE.get(t.lower());
            if (before != null) {
                for (Cue cue : before) {
                    int end = matchEnd(tokens, i, cue.words());
                    if (end > 0) {
                        fillAfter(tokens, known, technologies, i, end, cue,
                                cue.introducing() && besideKnown(technologies) ? introduced : found);
                    }
                }
            }
            Cue after = AFTER.get(t.lower());
            if (after != null && i > 1) {
                fillBefore(tokens, known, technologies, i, after, found);
            }
        }
    }

    /** The position after {@code words} written from {@code at}, or -1. */
    private static int matchEnd(List<Token> tokens, int at, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (at + k >= tokens.size() || !tokens.get(at + k).is(words[k])) {
                return -1;
            }
        }
        return at + words.length;
    }

    /** "written in Zorb", "a plugin for the Zorb editor": the name right after the cue, a determiner between. */
    private static void fillAfter(List<Token> tokens, boolean[] known, List<SiblingNames.Known> technologies,
                                  int cueAt, int at, Cue cue, Map<String, Kind> found) {
        if (at < tokens.size() && (tokens.get(at).is("the") || tokens.get(at).is("a") || tokens.get(at).is("an"))) {
            at++;
        }
        if (at < tokens.size() && tokens.get(at).is(".")) {
            at++; // "vs." written with its dot
        }
        if (at >= tokens.size()) {
            return;
        }
        int end = SiblingNames.nameEnd(tokens, known, at);
        if (end < 0 || end < tokens.size() && known[end]) {
            return; // "runs on Zorb Linux": the name goes on into a known one
        }
        if (cue.introducing() && (!tokens.get(at).capitalised() || gerund(tokens.get(end - 1))
                || end < tokens.size() && (tokens.get(end).is("'s") || tokens.get(end).type() == Token.Type.JOINER
                || person(tokens, end)))) {
            // "via conan.lock" (a file), "through Testing" (an English gerund), "through Maria's script", "with
            // Maria, who ...", "the Plural-Forms header"
            return;
        }
        if (end < tokens.size() && tokens.get(end).isWord() && !InnerCapitalNames.AFTER.contains(tokens.get(end).lower())
                && (cue.introducing() || KindWords.naming(tokens.get(end).lower()).isEmpty()
                && KindWords.namingPlural(tokens.get(end).lower()).isEmpty())) {
            // "runs on Lisbon time": a name before a noun modifies it, unless the noun is a kind ("X servers"); after
            // an introducing cue even a kind noun makes it a modifier ("works with Zorb tools": a group, no name)
            return;
        }
        Kind peer = cue.kind() != null ? null : knownBefore(technologies, cueAt);
        if (peer == null && cue.kind() == null && end + 1 < tokens.size() && tokens.get(end).is("to")) {
            peer = knownFrom(technologies, end + 1); // "migrated from Zorb to Kestrel"
        }
        add(tokens, technologies, at, end, cue.kind() != null ? cue.kind() : peer, found);
    }

    /** "the Zorb plugin", "Zorb vs Kestrel": the name right before the cue, not the sentence's first word. */
    private static void fillBefore(List<Token> tokens, boolean[] known, List<SiblingNames.Known> technologies,
                                   int cueAt, Cue cue, Map<String, Kind> found) {
        int start = cueAt;
        while (start > 0 && cueAt - start < 3 && !known[start - 1]
                && NameDiscovery.looksLikeNameWord(tokens.get(start - 1))) {
            start--;
        }
        if (start == cueAt || start == 0 || known[start - 1]) {
            return;
        }
        Kind peer = cue.kind() != null ? null : knownFrom(technologies, cueAt + 1);
        if (peer == null && cue.kind() == null && cueAt + 2 < tokens.size() && tokens.get(cueAt + 1).is(".")) {
            peer = knownFrom(technologies, cueAt + 2); // "Zorb vs. Kestrel"
        }
        add(tokens, technologies, start, cueAt, cue.kind() != null ? cue.kind() : peer, found);
    }

    private static void add(List<Token> tokens, List<SiblingNames.Known> technologies, int from, int to, Kind kind,
                            Map<String, Kind> found) {
        for (SiblingNames.Known k : technologies) {
            if (k.from() < to && from < k.to()) {
                return; // an ambiguous vocabulary name keeps its own kind; the guard decides whether it is meant
            }
        }
        Token first = tokens.get(from);
        if (from == 0 || NameDiscovery.acronym(first) || acronymPlural(first)
                || !Character.isLetter(first.text().charAt(0))) {
            return;
        }
        for (int k = from; k < to; k++) {
            if (NOT_NAMES.contains(tokens.get(k).lower())) {
                return;
            }
        }
        if (kind != null) {
            found.putIfAbsent(Token.join(tokens, from, to), kind);
        }
    }

    /**
     * The kind of a plain known technology ending at most three tokens before a peer cue ("Kestrel vs", "Kestrel,
     * an alternative to", "Kestrel instead of"): the one the slot's name is weighed against; {@code null} when none.
     * A technology further off, or after a fronted "Compared with Zorb, ...", may be another thing altogether.
     */
    private static Kind knownBefore(List<SiblingNames.Known> technologies, int cueAt) {
        SiblingNames.Known nearest = null;
        for (SiblingNames.Known k : technologies) {
            if (!k.guarded() && k.to() <= cueAt && cueAt - k.to() <= 3 && (nearest == null || k.to() > nearest.to())) {
                nearest = k;
            }
        }
        return nearest == null ? null : nearest.kind();
    }

    /** "Testing", "Caching": a capitalised English gerund, not "Spring" or "Ring". */
    private static boolean gerund(Token t) {
        return t.text().length() > MIN_GERUND_LENGTH && t.lower().endsWith("ing");
    }

    /** Whether the words at {@code at} go on with "who" or "whose" (a comma between): the name before is a person's. */
    private static boolean person(List<Token> tokens, int at) {
        int k = at < tokens.size() && tokens.get(at).is(",") ? at + 1 : at;
        return k < tokens.size() && (tokens.get(k).is("who") || tokens.get(k).is("whose"));
    }

    /** Whether {@code lower} is a word of {@code @not-slot-names} (a month, a language people speak, a format). */
    static boolean stopName(String lower) {
        return NOT_NAMES.contains(lower);
    }

    /** Whether a one-word introducing cue ("through", "use", "try") is spelt {@code lower}. */
    static boolean introducingWord(String lower) {
        List<Cue> cues = BEFORE.get(lower);
        if (cues == null) {
            return false;
        }
        for (Cue cue : cues) {
            if (cue.introducing() && cue.words().length == 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence names a plain (unambiguous) known technology. */
    private static boolean besideKnown(List<SiblingNames.Known> technologies) {
        for (SiblingNames.Known k : technologies) {
            if (!k.guarded()) {
                return true;
            }
        }
        return false;
    }

    /** The kind of a plain known technology starting at {@code at}, a determiner skipped; {@code null} when none. */
    private static Kind knownFrom(List<SiblingNames.Known> technologies, int at) {
        for (SiblingNames.Known k : technologies) {
            if (!k.guarded() && (k.from() == at || k.from() == at + 1)) {
                return k.kind();
            }
        }
        return null;
    }

    /** "GPUs", "APIs": an acronym's plural names hardware or a protocol's things, no product. */
    private static boolean acronymPlural(Token t) {
        String text = t.text();
        return text.length() > 2 && text.endsWith("s") && NameDiscovery.acronym(new Token(text.substring(0,
                text.length() - 1), t.lower(), t.start(), t.end() - 1, t.type()));
    }

    /**
     * Whether a slot's name is spelt as code, which no month, place or person is: one word with a capital after a
     * lower-case letter ("ZorbKit") or an inner dot or underscore ("zorb.js", "zorb_io").
     */
    static boolean codeSpelt(String name) {
        if (name.indexOf(' ') >= 0) {
            return false;
        }
        for (int k = 1; k < name.length() - 1; k++) {
            char c = name.charAt(k);
            if (Character.isUpperCase(c) && Character.isLowerCase(name.charAt(k - 1)) || c == '.' || c == '_') {
                return true;
            }
        }
        return false;
    }
}
