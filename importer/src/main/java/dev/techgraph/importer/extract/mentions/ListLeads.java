package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that lead the items of a bulleted list: "- Qwixle is fully managed ...", "- Plinkar: fast, ...". A list
 * whose items open with at least two known technologies of one kind is a list of such technologies, so an
 * unknown name (or an ambiguous vocabulary name) opening a sibling item is one of them. A lead must be
 * followed by a colon, a bracket, a comma or a verb that describes it; an item that opens with a plain
 * capitalised word ("Faster builds", "Pick one") is advice, not a name.
 */
final class ListLeads {

    /** The lead of one list item: its tokens, and the known technology there if any. */
    private record Lead(ParsedSentence sentence, int to, SiblingNames.Known known) {

        /** Whether the lead is written in lower case ("tmux: ..."), as a project spells its command. */
        boolean lowerCase() {
            Token first = sentence.tokens.get(0);
            return first.text().equals(first.lower());
        }
    }

    private static final Set<String> DESCRIBING = Set.of("is", "has", "was", "from", "by", "gives", "offers",
            "provides", "supports", "adds", "handles", "runs", "lets", "ships", "targets", "stores", "builds",
            "simulates", "visualises", "visualizes", "manages", "keeps", "remains", "stays", "works", "focuses");
    private static final Set<String> AFTER_LEAD = Set.of(":", "(", ",", "-", "–", "—");

    private ListLeads() {
    }

    /**
     * Names found across a document; {@code technologies} holds each sentence's known technologies and
     * {@code known} each sentence's matched tokens.
     */
    static void discover(List<ParsedSentence> sentences, List<List<SiblingNames.Known>> technologies,
                         List<boolean[]> known, Map<String, Kind> found) {
        List<Lead> list = new ArrayList<>();
        int lastBlock = -2;
        PlainText.BlockType runType = null;
        Kind section = null;
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            PlainText.BlockType type = s.sentence.blockType();
            if (s.heading()) {
                type(list, section, sentences, found);
                list.clear();
                section = sectionKind(s.tokens);
            }
            boolean itemStart = (type == PlainText.BlockType.LIST_ITEM || type == PlainText.BlockType.PARAGRAPH)
                    && (i == 0 || sentences.get(i - 1).sentence.block() != s.sentence.block());
            if (!itemStart) {
                if (s.sentence.block() != lastBlock) {
                    type(list, section, sentences, found);
                    list.clear();
                }
                continue;
            }
            if (s.sentence.block() != lastBlock + 1 || type != runType) {
                type(list, section, sentences, found);
                list.clear();
            }
            lastBlock = s.sentence.block();
            runType = type;
            Lead lead = lead(s, technologies.get(i), known.get(i));
            if (lead != null) {
                list.add(lead);
            }
        }
        type(list, section, sentences, found);
    }

    /**
     * "## Supported logging libraries", "## Parsers": a heading whose last word is a kind noun in the plural says
     * what the lists of its section lead with; null for any other heading.
     */
    private static Kind sectionKind(List<Token> heading) {
        for (int k = heading.size() - 1; k >= 0; k--) {
            if (heading.get(k).isWord()) {
                return KindWords.plural(heading.get(k).lower()).orElse(null);
            }
        }
        return null;
    }

    private static Lead lead(ParsedSentence s, List<SiblingNames.Known> technologies, boolean[] known) {
        for (SiblingNames.Known k : technologies) {
            if (k.from() == 0) {
                return new Lead(s, k.to(), k);
            }
        }
        int end = SiblingNames.nameEnd(s.tokens, known, 0);
        if (end < 0 && s.sentence.blockType() == PlainText.BlockType.LIST_ITEM) {
            end = lowerCaseLead(s.tokens, known); // kept only in a list whose known leads are spelt so too
        }
        if (end < 0 || end >= s.tokens.size()) {
            return null;
        }
        Token next = s.tokens.get(end);
        if (s.sentence.blockType() == PlainText.BlockType.PARAGRAPH) {
            // "mkr_dev: ...", "Comments:": a paragraph led by a label is a speaker's turn or a caption, not a name
            return DESCRIBING.contains(next.lower()) && s.tokens.get(0).capitalised() ? new Lead(s, end, null) : null;
        }
        return AFTER_LEAD.contains(next.text()) || DESCRIBING.contains(next.lower()) ? new Lead(s, end, null) : null;
    }

    /**
     * A list led by at least three known technologies is a list of technologies even when their kinds differ
     * ("a framework, two libraries and an SDK"); an unknown lead takes the kind most of them share, when more
     * than half of them do.
     */
    private static Kind majorityKind(List<Lead> list) {
        Map<Kind, Integer> counts = new java.util.EnumMap<>(Kind.class);
        int known = 0;
        for (Lead lead : list) {
            if (lead.known() != null && !lead.known().guarded()) {
                counts.merge(lead.known().kind(), 1, Integer::sum);
                known++;
            }
        }
        for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
            if (known >= 3 && e.getValue() * 2 > known) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * "- zorbctl: ...", "- zorbctl (Acme): ...": the end of a lead that is one package-shaped lower-case token
     * ({@link LowerCaseNames#packageToken}) followed by a colon, a bracket or a describing verb (as the reading of
     * "zorbctl: the default" says it: "zorbctl is the default"), or -1.
     */
    private static int lowerCaseLead(List<Token> tokens, boolean[] known) {
        int end = LowerCaseNames.packageToken(tokens, known, 0);
        if (end < 0 || end + 1 >= tokens.size() || !(tokens.get(end).is(":") || tokens.get(end).is("(")
                || DESCRIBING.contains(tokens.get(end).lower()))) {
            return -1;
        }
        return end;
    }

    private static void type(List<Lead> list, Kind section, List<ParsedSentence> sentences, Map<String, Kind> found) {
        Kind kind = SiblingNames.agreedKind(list.stream().map(Lead::known).toList());
        if (kind == null) {
            kind = majorityKind(list);
        }
        boolean underKindHeading = kind == null && section != null;
        if (underKindHeading) {
            kind = section; // "## Supported libraries" over "- zorbify: ...": the heading says what the leads are
        }
        if (kind == null) {
            return;
        }
        // a lower-case lead is a name where the list writes known technologies so ("tmux: ..."), where most of its
        // leads are known technologies, or under a heading naming their kind; never a word prose writes as a word
        long knownLeads = list.stream().filter(lead -> lead.known() != null && !lead.known().guarded()).count();
        boolean lowerCaseVouched = underKindHeading || knownLeads * 2 >= list.size()
                || list.stream().anyMatch(lead -> lead.known() != null && lead.lowerCase());
        for (Lead lead : list) {
            if (lead.known() == null && lead.lowerCase() && (!lowerCaseVouched
                    || LowerCaseNames.writtenAsWord(sentences, Token.join(lead.sentence().tokens, 0, lead.to(), "")))) {
                continue;
            }
            if (lead.known() == null && !lead.lowerCase() && underKindHeading) {
                continue; // a capitalised lead ("- Pricing: ...") under such a heading still needs known siblings
            }
            if (SiblingNames.takesKind(lead.known(), kind)) {
                found.putIfAbsent(Token.join(lead.sentence().tokens, 0, lead.to(), lead.known() == null && lead.lowerCase() ? "" : " "), kind);
            }
        }
    }
}
