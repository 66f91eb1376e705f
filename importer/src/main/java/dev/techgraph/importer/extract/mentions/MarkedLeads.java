package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names an author set apart at the start of sibling items: "- **Zorbit** builds ...", "&lt;li&gt;&lt;strong&gt;Kestrel
 * &lt;/strong&gt;, a ...". The markup says where the name ends, which plain text cannot ({@link PlainText.Block#lead()}).
 * When one such lead in a run of items is a technology (known, or found in the document), the other leads
 * of the run that look like names are its peers and take its kind (Tool when the known ones differ), and an
 * ambiguous vocabulary name among them is the technology. A lead
 * the vocabulary reads as something else ("**Performance**"), a lead in lower case or a sentence set in bold
 * ("**Pick one.**") is no name; an unknown label ("**Pricing:** ...") is one only where prose names it too.
 */
final class MarkedLeads {

    private static final int MAX_NAME_WORDS = 3;

    /**
     * The marked lead of an item's first sentence: where the name ends, what it is if known, and whether it is
     * a label ("**Zorbit:** ...", "**Zorbit.** ..."), which a common word ("**Pricing:**") can be too.
     */
    private record Lead(ParsedSentence sentence, int to, SiblingNames.Known known, boolean label, boolean shaped) {
    }

    private MarkedLeads() {
    }

    static void discover(List<ParsedSentence> sentences, List<PlainText.Block> blocks,
                         List<List<SiblingNames.Known>> technologies, List<boolean[]> known,
                         Map<String, Kind> found) {
        List<Lead> run = new ArrayList<>();
        int lastBlock = -2;
        PlainText.BlockType runType = null;
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            int b = s.block();
            if (b == lastBlock || b < 0 || b >= blocks.size()) {
                continue; // later sentences of an item carry no lead
            }
            PlainText.Block block = blocks.get(b);
            Lead lead = block.lead() > 0 && (block.type() == PlainText.BlockType.LIST_ITEM
                    || block.type() == PlainText.BlockType.PARAGRAPH)
                    ? lead(s, block, technologies.get(i), known.get(i), found) : null;
            if (lead == null || b != lastBlock + 1 || block.type() != runType) {
                type(run, sentences, found);
                run.clear();
            }
            lastBlock = b;
            runType = block.type();
            if (lead != null) {
                run.add(lead);
            }
        }
        type(run, sentences, found);
    }

    /** The lead of a block's first sentence when it is a name: a known technology, or words shaped like a name. */
    private static Lead lead(ParsedSentence s, PlainText.Block block, List<SiblingNames.Known> technologies,
                             boolean[] known, Map<String, Kind> found) {
        if (s.sentence.start() != block.start()) {
            return null;
        }
        int leadEnd = block.lead();
        List<Token> tokens = s.tokens;
        int to = 0;
        while (to < tokens.size() && tokens.get(to).end() <= leadEnd) {
            to++;
        }
        if (to > 1 && (tokens.get(to - 1).is(".") || tokens.get(to - 1).is(":"))) {
            to--; // "**Zorbit.** Builds fast": the label's stop is not part of the name
        }
        if (to == 0) {
            return null;
        }
        boolean label = to < tokens.size() && (tokens.get(to).is(":") || tokens.get(to).is("."));
        for (SiblingNames.Known k : technologies) {
            if (k.from() == 0 && k.to() == to) {
                return new Lead(s, to, k, label, false);
            }
        }
        String name = Token.join(tokens, 0, to);
        Kind kind = found.get(name);
        if (kind != null) {
            return new Lead(s, to, new SiblingNames.Known(0, to, kind, false), label, false);
        }
        if (nameShaped(tokens, known, to)) {
            return new Lead(s, to, null, label, false);
        }
        // "**zorbify.** The derive API ...": one lower-case package token, a name only among mostly known peers
        return LowerCaseNames.packageToken(tokens, known, 0) == to ? new Lead(s, to, null, label, true) : null;
    }

    /** Capitalised name words, a version after the first ("Kestrel 3"), none of them read by the vocabulary. */
    private static boolean nameShaped(List<Token> tokens, boolean[] known, int to) {
        int words = 0;
        for (int k = 0; k < to; k++) {
            Token t = tokens.get(k);
            if (known[k]) {
                return false;
            }
            if (k > 0 && t.isWord() && t.isVersion()) {
                continue;
            }
            if (!NameDiscovery.looksLikeNameWord(t)) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= MAX_NAME_WORDS;
    }

    private static void type(List<Lead> run, List<ParsedSentence> sentences, Map<String, Kind> found) {
        List<SiblingNames.Known> peers = run.stream().map(Lead::known)
                .filter(k -> k != null && !k.guarded() && k.kind().isTechnology()).toList();
        if (peers.isEmpty() || run.size() < 2) {
            return;
        }
        Kind agreed = SiblingNames.agreedKindOfAny(peers);
        Kind kind = agreed != null ? agreed : Kind.TOOL;
        boolean shapedVouched = peers.size() >= 2 && peers.size() * 2 >= run.size();
        for (Lead lead : run) {
            String name = Token.join(lead.sentence().tokens, 0, lead.to(), lead.shaped() ? "" : " ");
            if (lead.shaped() && (!shapedVouched || LowerCaseNames.writtenAsWord(sentences, name))) {
                continue;
            }
            if (lead.known() == null) {
                if (!lead.label() || HeadingNames.writtenInBody(sentences,
                        lead.sentence().tokens.subList(0, lead.to()), lead.sentence())) {
                    found.putIfAbsent(name, kind);
                }
            } else if (lead.known().guarded()) {
                // an ambiguous name ("Chisel") set apart like its peers is the technology, not the word
                found.putIfAbsent(name, lead.known().kind());
            }
        }
    }
}
