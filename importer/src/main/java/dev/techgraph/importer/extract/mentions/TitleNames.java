package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The technology a document is about, named by its title the way READMEs and release notes name it: a title that
 * is one package name ("# zorb-api-kit") or a name followed by a version ("Zorbit Studio 5.0 release notes",
 * "kestrel-lint 4.0.0: what changed"). Such a project is a Tool unless the vocabulary knows it; a title with any
 * other words ("Five lessons from Zorbit 2") names nothing this way.
 */
final class TitleNames {

    /** Words a version in a title may be followed by. */
    private static final Set<String> AFTER_VERSION = Set.of("release", "releases", "released", "changelog", "notes",
            "is", "-", "\u2013", "\u2014", ":", "(");

    private TitleNames() {
    }

    /**
     * The name the document's title gives, if any; {@code known[i]} marks tokens a known technology covers (a
     * concept's word may be part of a product's name: "Zorb ML Studio").
     */
    static void discover(ParsedSentence title, boolean[] known, Map<String, Kind> found) {
        List<Token> tokens = title.tokens;
        if (tokens.isEmpty() || known[0]) {
            return;
        }
        int end = nameEnd(tokens, known);
        if (end <= 0) {
            return;
        }
        boolean whole = end == tokens.size() && end >= 3 && codeShaped(tokens, end);
        boolean versioned = end < tokens.size() && tokens.get(end).isVersion()
                && (end + 1 == tokens.size() || AFTER_VERSION.contains(tokens.get(end + 1).lower()))
                && (releaseNumber(tokens.get(end)) || end + 1 < tokens.size() && RELEASE.contains(tokens.get(end + 1).lower()));
        if (whole || versioned) {
            found.putIfAbsent(title.text().substring(tokens.get(0).start(), tokens.get(end - 1).end()), Kind.TOOL);
        }
    }

    /**
     * End of the name at the start of the title: up to four capitalised words, or one package name of lower-case
     * words joined by hyphens; -1 when the title opens otherwise or a word is known.
     */
    private static int nameEnd(List<Token> tokens, boolean[] known) {
        int end = 0;
        while (end < tokens.size() && !known[end]
                && (tokens.get(end).isWord() && !tokens.get(end).isVersion()
                && (NameDiscovery.looksLikeNameWord(tokens.get(end)) || codeWord(tokens, end))
                || tokens.get(end).type() == Token.Type.JOINER && end > 0 && end + 1 < tokens.size()
                && tokens.get(end).is("-"))) {
            end++;
        }
        return end == 0 || end > 7 || tokens.get(end - 1).type() == Token.Type.JOINER ? -1 : end;
    }

    /** A lower-case word that is part of a hyphen-joined package name ("zorb" in "zorb-api-kit"). */
    private static boolean codeWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean joined = k + 1 < tokens.size() && tokens.get(k + 1).type() == Token.Type.JOINER
                || k > 0 && tokens.get(k - 1).type() == Token.Type.JOINER;
        return joined && t.text().equals(t.lower()) && Character.isLetter(t.text().charAt(0));
    }

    private static boolean codeShaped(List<Token> tokens, int end) {
        for (int k = 1; k < end; k += 2) {
            if (tokens.get(k).type() != Token.Type.JOINER) {
                return false;
            }
        }
        return true;
    }

    /** Words that make a plain number after a name a release ("Zorbit 3 release notes"). */
    private static final Set<String> RELEASE = Set.of("release", "released", "releases", "changelog", "notes");

    /**
     * "5.0", "4.0.0", "v2": a number written as a release is, which "Part 3" or "RFC 12" (a document's own
     * numbering) is not.
     */
    private static boolean releaseNumber(Token t) {
        return t.text().indexOf('.') > 0 || t.lower().startsWith("v");
    }
}
