package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.mentions.CodeNames;
import dev.techgraph.importer.extract.mentions.Lexicon;
import dev.techgraph.importer.extract.mentions.TermTrie;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Tokenizer;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.List;

/**
 * A package named after the technology it extends is used with it: "zorb-compose" USED_WITH Zorb,
 * "kestrel-stubs" USED_WITH Kestrel ({@link CodeNames}); the ecosystem is the first part by convention
 * ("zorb-bindgen" is no package of a "bindgen"). The name states this whatever the sentence says of the
 * package, so the fact is stated even in a negated sentence; only one-word parts count. An ambiguous name counts
 * too ("rq-scheduler" USED_WITH RQ): the hyphen makes the part code, and a compound on an ambiguous part is
 * discovered only in a document that writes the name as the vocabulary does.
 */
public final class CodeNameRule implements Rule {

    private final Lexicon lexicon;

    public CodeNameRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (Mention m : v.parsed.mentions) {
            if (!m.isTech()) {
                continue;
            }
            List<Token> parts = Tokenizer.tokenize(m.surface());
            if (!CodeNames.codeShaped(parts)) {
                continue;
            }
            Term ecosystem = technology(parts, 0);
            if (ecosystem != null && !ecosystem.equals(m.term())) {
                out.add(m.term(), RelationType.USED_WITH, ecosystem, PolarityPass.stated(), "used_with.code_name",
                        v.parsed.index());
            }
        }
    }

    /** The technology the part at {@code k} names on its own, or null; an unguarded entry first. */
    private Term technology(List<Token> parts, int k) {
        Term guarded = null;
        for (TermTrie.Match match : lexicon.trie().matchesAt(parts, k)) {
            if (match.to() != k + 1) {
                continue;
            }
            for (TermTrie.Entry e : match.entries()) {
                if (!e.opposite() && e.term().kind().isTechnology()) {
                    if (!e.guarded()) {
                        return e.term();
                    }
                    guarded = guarded == null ? e.term() : guarded;
                }
            }
        }
        return guarded;
    }
}
