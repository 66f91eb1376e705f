package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names a command installs or adds: "pip install zorbkit", "brew install grintool", "cargo add tessellate". Only
 * software is installed with a package manager, so the word after the command is a package, however it is spelt;
 * the manager says its kind (a system package manager installs tools, a language's installs libraries). The
 * commands are data: the {@code @install-command} lines of {@code kind-words.tsv}.
 */
final class CommandNames {

    private static final String WORDS = "dev/techgraph/importer/extract/kind-words.tsv";

    /** A command's words (lower case, "apt-get" one word as written) and the kind of what it installs. */
    private record Command(String[] words, Kind kind) {
    }

    /** Commands by their first word as a token reads it ("apt" for "apt-get install"). */
    private static final Map<String, List<Command>> COMMANDS = new HashMap<>();

    static {
        for (DataFile.Line row : DataFile.lines(WORDS)) {
            String[] cols = row.text().split("\t");
            if (!cols[0].equals("@install-command")) {
                continue;
            }
            Kind kind = cols.length == 3 ? Kind.parse(cols[1].strip()).orElse(null) : null;
            if (kind == null) {
                throw new IllegalStateException(WORDS + " line " + row.number()
                        + ": expected '@install-command<TAB>Kind<TAB>commands', was: " + row.text());
            }
            for (String command : cols[2].split("\\|")) {
                String[] words = command.strip().split(" ");
                COMMANDS.computeIfAbsent(words[0].split("-")[0], k -> new ArrayList<>()).add(new Command(words, kind));
            }
        }
    }

    private CommandNames() {
    }

    /** Names installed by a command in one sentence, with their kinds; {@code known[i]} marks matched tokens. */
    static Map<String, Kind> discover(List<Token> tokens, boolean[] known) {
        Map<String, Kind> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Command> commands = tokens.get(i).isWord() ? COMMANDS.get(tokens.get(i).lower()) : null;
            if (commands == null) {
                continue;
            }
            for (Command c : commands) {
                int at = matchEnd(tokens, i, c.words());
                if (at > 0) {
                    name(tokens, known, at, c.kind(), found);
                }
            }
        }
        return found;
    }

    /** The package right after the command: a word or hyphen compound, no flag, function word or kind noun. */
    private static void name(List<Token> tokens, boolean[] known, int at, Kind kind, Map<String, Kind> found) {
        if (at >= tokens.size() || !tokens.get(at).isWord() || known[at]) {
            return;
        }
        Token first = tokens.get(at);
        if (!Character.isLetter(first.text().charAt(0)) || NameDiscovery.functionWord(first.lower())
                || KindWords.any(first.lower()).isPresent() || first.isVersion()) {
            return; // "pip install it", "npm install the package", "brew install -g"
        }
        int end = CodeNames.hyphenEnd(tokens, at);
        found.putIfAbsent(Token.join(tokens, at, end, ""), kind);
    }

    /**
     * The position after the command's words written from {@code at}, or -1; a word of the command written with
     * a hyphen ("apt-get") matches the tokens the hyphen joins.
     */
    private static int matchEnd(List<Token> tokens, int at, String[] words) {
        int k = at;
        for (String word : words) {
            String[] parts = word.split("-");
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    if (k >= tokens.size() || tokens.get(k).type() != Token.Type.JOINER || !tokens.get(k).is("-")) {
                        return -1;
                    }
                    k++;
                }
                if (k >= tokens.size() || !tokens.get(k).is(parts[p])) {
                    return -1;
                }
                k++;
            }
        }
        return k;
    }
}
