package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;

import java.util.List;
import java.util.Map;
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
