package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;

import java.util.List;
import java.util.Set;

/**
 * SUITED_FOR and HAS_TRAIT: every use case or trait a clause names belongs to the technologies the clause
 * is about ({@link Analysis#ownerOf}); lists distribute. A leading phrase without a technology of its own
 * ("For real-time apps, Node.js ...") lends its concepts to the main clause. The rule id names the cue
 * ("ideal", "known", "excels"...) when there is one.
 */
final class ConceptRule implements Rule {

    private static final Set<String> CUES = Set.of("suited", "suitable", "ideal", "built", "designed", "great",
            "good", "used", "excels", "shines", "powers", "powering", "dominance", "dominates", "known", "offers",
            "has", "choice", "perfect", "strong", "preferred", "fit", "relies", "go-to", "popular", "guarantees",
            "handles", "lets", "supports", "best");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            List<Mention> concepts = v.conceptsIn(clause);
            int objectRelative = objectRelative(v, clause);
            for (Mention m : concepts) {
                if (m.from() > objectRelative) {
                    break;
                }
                if (v.wordAt(m.from() - 1, "than") || v.wordAt(m.from() - 2, "than") && v.wordAt(m.from() - 1, "the")) {
                    continue;
                }
                Group owner = a.ownerOf(c, m.from());
                if (owner == null && clause.role() == Clause.Role.LEAD && a.clauseCount() > 1) {
                    owner = a.subject(1);
                }
                if (owner == null) {
                    continue;
                }
                Negation.Verdict verdict = Negation.of(v, clause, m.from(), m.to());
                if (m.opposite() && usedAsVerb(v, m)) {
                    continue;
                }
                if (m.opposite()) {
                    if (verdict.polarity() == dev.techgraph.model.Polarity.NEGATIVE || verdict.unsure()) {
                        continue;
                    }
                    verdict = Negation.Verdict.negative(m.surface().toLowerCase(java.util.Locale.ROOT));
                }
                RelationType type = m.kind() == Kind.USE_CASE ? RelationType.SUITED_FOR : RelationType.HAS_TRAIT;
                if (type == RelationType.SUITED_FOR && verdict.polarity() == dev.techgraph.model.Polarity.POSITIVE) {
                    for (Mention other : concepts) {
                        if (other.opposite() && other.to() <= m.from()) {
                            verdict = Negation.Verdict.negative(other.surface().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
                String rule = (type == RelationType.SUITED_FOR ? "suited_for." : "has_trait.") + cue(v, clause, m);
                out.add(owner.members(), type, List.of(m.term()), verdict, clause, rule, v.parsed.index());
            }
        }
    }

    /**
     * Start of an object relative clause ("the APIs that front end applications consume"): what it names
     * belongs to its own subject, not to the technology.
     */
    private static int objectRelative(SentenceView v, Clause clause) {
        for (int k = clause.from(); k + 1 < clause.to(); k++) {
            if (v.wordAt(k, "that") && afterNoun(v, k) || v.wordAt(k, "which") && !v.wordAt(k - 1, ",")) {
                Token next = v.token(k + 1);
                if (next != null && next.isWord() && v.mentionAt(k + 1) != null && v.mentionAt(k + 1).isConcept()) {
                    return k;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** "slow teams down": the word is a verb here, not a quality. */
    private static boolean usedAsVerb(SentenceView v, Mention m) {
        for (int k = m.to(); k < m.to() + 3; k++) {
            if (v.wordAt(k, "down")) {
                return true;
            }
        }
        return false;
    }

    /** "APIs that ..." is a relative clause; "lacks that control" is a determiner. */
    private static boolean afterNoun(SentenceView v, int that) {
        Token before = v.token(that - 1);
        if (before == null) {
            return false;
        }
        if (before.is(")") || v.mentionAt(that - 1) != null) {
            return true;
        }
        return before.isWord() && before.lower().endsWith("s") && !Verbs.isVerbLike(before.lower());
    }

    private static String cue(SentenceView v, Clause clause, Mention m) {
        for (int k = m.from() - 1; k >= clause.from(); k--) {
            String w = v.tokens.get(k).lower();
            if (CUES.contains(w)) {
                return "cue_" + w;
            }
        }
        return "clause";
    }
}
