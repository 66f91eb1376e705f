package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names that head sibling sections: a comparison gives each contender its own section ("## Zorbit",
 * "## Kestrel: the safe default"), so when a heading of one level is a known technology alone (or before a
 * colon), an unknown name heading a sibling section the same way is one of its peers and takes its kind.
 * Headings such as "## Pricing" or "## Verdict" are sections too, so the name must also be written capitalised
 * in the middle of a sentence of the body, which a common word heading a section never is.
 */
final class HeadingNames {

    /**
     * A heading's lead: the sentence, where its name ends, its level, the known technology there if any, and
     * whether it is one lower-case package token ("## zorbify").
     */
    private record Lead(ParsedSentence sentence, int to, int level, SiblingNames.Known known, boolean shaped) {
    }

    private HeadingNames() {
    }

    static void discover(List<ParsedSentence> sentences, List<PlainText.Block> blocks,
                         List<List<SiblingNames.Known>> technologies, List<boolean[]> known,
                         Map<String, Kind> found) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            if (!s.heading() || s.sentence.index() == 0 || s.block() < 0 || s.block() >= blocks.size()) {
                continue; // the title names the document's subject, which TitleNames reads
            }
            Lead lead = lead(s, blocks.get(s.block()).level(), technologies.get(i), known.get(i));
            if (lead != null) {
                leads.add(lead);
            }
        }
        for (Lead candidate : leads) {
            if (candidate.known() != null) {
                continue;
            }
            List<SiblingNames.Known> siblings = leads.stream()
                    .filter(l -> l.level() == candidate.level() && l.known() != null && !l.known().guarded())
                    .map(Lead::known).toList();
            Kind kind = SiblingNames.agreedKindOfAny(siblings);
            if (kind == null) {
                continue;
            }
            if (candidate.shaped()) {
                // a heading spelt in lower case among headings that name known technologies is a package's own
                // spelling, which a section's topic word ("## Pricing") never is
                String name = Token.join(candidate.sentence().tokens, 0, candidate.to(), "");
                if (siblings.size() >= 2 && !LowerCaseNames.writtenAsWord(sentences, name)) {
                    found.putIfAbsent(name, kind);
                }
            } else if (writtenInBody(sentences, candidate)) {
                found.putIfAbsent(Token.join(candidate.sentence().tokens, 0, candidate.to()), kind);
            }
        }
    }

    /** The name a heading is about when it is all the heading says, or all before a colon; null otherwise. */
    private static Lead lead(ParsedSentence s, int level, List<SiblingNames.Known> technologies, boolean[] known) {
        List<Token> tokens = s.tokens;
        int end = -1;
        SiblingNames.Known tech = null;
        for (SiblingNames.Known k : technologies) {
            if (k.from() == 0) {
                end = k.to();
                tech = k;
            }
        }
        boolean shaped = false;
        if (tech == null) {
            end = SiblingNames.nameEnd(tokens, known, 0);
            if (end < 0) {
                end = LowerCaseNames.packageToken(tokens, known, 0);
                shaped = true;
            }
        }
        if (end <= 0 || end < tokens.size() && !tokens.get(end).is(":")) {
            return null;
        }
        return new Lead(s, end, level, tech, shaped);
    }

    /** Whether the heading's name is written, capitalised as in the heading, after the first word of a body sentence. */
    private static boolean writtenInBody(List<ParsedSentence> sentences, Lead lead) {
        return writtenInBody(sentences, lead.sentence().tokens.subList(0, lead.to()), null);
    }

    /**
     * Whether {@code name} is written, capitalised as given, after the first word of a body sentence other than
     * {@code except}: where prose names it, a word that only labels a section or an item is seldom written.
     */
    static boolean writtenInBody(List<ParsedSentence> sentences, List<Token> name, ParsedSentence except) {
        for (ParsedSentence s : sentences) {
            if (s.heading() || s == except) {
                continue;
            }
            List<Token> tokens = s.tokens;
            for (int i = 1; i + name.size() <= tokens.size(); i++) {
                if (tokens.get(i - 1).isWord() && sameWords(tokens, i, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameWords(List<Token> tokens, int at, List<Token> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!tokens.get(at + k).text().equals(name.get(k).text())) {
                return false;
            }
        }
        return true;
    }
}
