package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package names written as code: a lower-case, hyphen-joined word whose first part is a known technology
 * ("zorb-compose", "kestrel-stubs", "zorblang-lint") names a package of that ecosystem, not the technology
 * itself; the ecosystem comes first by convention, so "awesome-zorb" or "team-zorb" is no package of Zorb. Adjective compounds ("zorb-based", "kestrel-like", "zorb-family"), curated lists ("awesome-zorb")
 * and capitalised compounds ("Zorb-based") are prose.
 * The kind comes from a kind word right after the name, else Tool when a part is a tool, else Library.
 */
public final class CodeNames {

    /** Parts that make a compound an adjective or a phrase about the technology, not a package name. */
    private static final Set<String> PROSE_PARTS = Set.of("based", "like", "style", "only", "native", "specific",
            "friendly", "first", "compatible", "powered", "backed", "aware", "free", "ready", "heavy", "centric",
            "oriented", "related", "driven", "side", "level", "agnostic", "independent", "to", "in", "of", "and",
            "or", "the", "a", "vs", "versus", "gen", "ish", "esque", "inspired", "compliant", "focused", "facing",
            "land", "world", "flavored", "flavoured", "certified", "approved", "less", "enabled", "capable",
            "centred", "centered", "shaped", "sized", "light", "speak", "adjacent", "wise", "family",
            "flavour", "flavor", "type", "kind", "ecosystem", "awesome");

    private CodeNames() {
    }

    /** Compounds in one sentence; {@code techParts} maps a token index to the kind of the technology it names. */
    static Map<String, Kind> discover(ParsedSentence s, Map<Integer, Kind> techParts) {
        Map<String, Kind> found = new LinkedHashMap<>();
        if (techParts.isEmpty()) {
            return found;
        }
        var tokens = s.tokens;
        int i = 0;
        while (i < tokens.size()) {
            int end = compoundEnd(s, i);
            if (end - i >= 3 && codeShaped(s, i, end) && known(techParts, i, end)) {
                Kind kind = kindOf(s, techParts, i, end);
                found.putIfAbsent(s.text().substring(tokens.get(i).start(), tokens.get(end - 1).end()), kind);
            }
            i = Math.max(end, i + 1);
        }
        return found;
    }

    /** End of the run of words joined by hyphens with no space, starting at {@code from}. */
    private static int compoundEnd(ParsedSentence s, int from) {
        var tokens = s.tokens;
        if (!tokens.get(from).isWord() || from > 0 && tokens.get(from - 1).type() == Token.Type.JOINER) {
            return from + 1;
        }
        return hyphenEnd(tokens, from);
    }

    /** End of the words joined by hyphens with no space from the word at {@code from} (from + 1 for a lone word). */
    static int hyphenEnd(List<Token> tokens, int from) {
        int end = from + 1;
        while (end + 1 < tokens.size() && tokens.get(end).type() == Token.Type.JOINER && tokens.get(end).is("-")
                && tokens.get(end + 1).isWord() && tokens.get(end).start() == tokens.get(end - 1).end()
                && tokens.get(end + 1).start() == tokens.get(end).end()) {
            end += 2;
        }
        return end;
    }

    /** Whether a name as written ("zorb-compose") is a code name: lower-case words joined by hyphens. */
    public static boolean codeShaped(List<Token> tokens) {
        if (tokens.size() < 3 || tokens.size() % 2 == 0) {
            return false;
        }
        for (int k = 1; k < tokens.size(); k += 2) {
            if (!tokens.get(k).is("-") || tokens.get(k).type() != Token.Type.JOINER) {
                return false;
            }
        }
        return codeShaped(tokens, 0, tokens.size());
    }

    private static boolean codeShaped(ParsedSentence s, int from, int to) {
        return codeShaped(s.tokens, from, to);
    }

    private static boolean codeShaped(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k += 2) {
            Token t = tokens.get(k);
            if (!t.text().equals(t.lower()) || PROSE_PARTS.contains(t.lower()) || !Character.isLetter(t.text().charAt(0))) {
                return false;
            }
            if (k > from && t.lower().endsWith("ed") && t.text().length() > 4) {
                return false; // a participle makes an adjective: "zorb-coloured", "kestrel-flavoured"
            }
        }
        return true;
    }

    /** The first part must be known: a package name starts with the ecosystem it extends. */
    private static boolean known(Map<Integer, Kind> techParts, int from, int to) {
        return techParts.containsKey(from);
    }

    private static Kind kindOf(ParsedSentence s, Map<Integer, Kind> techParts, int from, int to) {
        if (to < s.tokens.size() && s.tokens.get(to).isWord()) {
            var word = KindWords.singular(s.tokens.get(to).lower());
            if (word.isPresent()) {
                return word.get();
            }
        }
        for (int k = from; k < to; k += 2) {
            if (techParts.get(k) == Kind.TOOL) {
                return Kind.TOOL;
            }
        }
        return Kind.LIBRARY;
    }
}
