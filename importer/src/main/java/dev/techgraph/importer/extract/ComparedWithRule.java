package dev.techgraph.importer.extract;

import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.List;
import java.util.Set;

/**
 * COMPARED_WITH: "X vs Y" (compared_with.vs), "between X and Y" (compared_with.between), "X or Y" where
 * the sentence weighs a choice or asks (compared_with.choice), and "X is faster than Y" / "not as fast as
 * Y" / "compared to Y" (compared_with.than). The traits such sentences state come from the concept rule.
 */
final class ComparedWithRule implements Rule {

    private static final Set<String> CHOICE = Set.of("choose", "choosing", "choice", "pick", "picking", "better",
            "decide", "deciding", "which", "between", "comparison", "compare", "?");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        int sentence = v.parsed.index();
        boolean choice = v.parsed.heading() || v.find(0, v.tokens.size(), CHOICE) >= 0;
        for (Group g : v.techGroups) {
            String rule = null;
            if (g.has("vs") || g.has("versus")) {
                rule = "compared_with.vs";
            } else if (v.wordAt(g.from() - 1, "between") && g.has("and")) {
                rule = "compared_with.between";
            } else if (g.has("or") && choice && !g.has("with")) {
                rule = "compared_with.choice";
            }
            if (rule != null) {
                List<Term> m = g.members();
                for (int i = 0; i < m.size(); i++) {
                    for (int j = i + 1; j < m.size(); j++) {
                        out.add(m.get(i), RelationType.COMPARED_WITH, m.get(j), Polarity.POSITIVE, null, rule, sentence);
                    }
                }
            }
        }
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            if (!clause.asserts()) {
                continue;
            }
            for (int k = clause.from(); k < clause.to(); k++) {
                String w = v.tokens.get(k).lower();
                boolean than = w.equals("than") && k > 0 && comparative(v, k);
                boolean asAs = w.equals("as") && k >= 2 && v.wordAt(k - 2, "as");
                boolean compared = (w.equals("to") || w.equals("with")) && v.wordAt(k - 1, "compared");
                if (!(than || asAs || compared)) {
                    continue;
                }
                Group other = v.techGroupAt(k + 1);
                Group owner = a.ownerOf(c, k - (asAs ? 2 : 0));
                if (other != null && owner != null) {
                    out.add(owner.members(), RelationType.COMPARED_WITH, other.members(), Negation.Verdict.POSITIVE,
                            clause, "compared_with.than", sentence);
                }
            }
        }
    }

    /** "faster than", "more concise than", "easier than": not "rather than", "other than", "more than 100". */
    private static boolean comparative(SentenceView v, int than) {
        Token before = v.token(than - 1);
        if (before == null || !before.isWord()) {
            return false;
        }
        String w = before.lower();
        if (w.equals("rather") || w.equals("other") || w.equals("more") || w.equals("less")) {
            return false;
        }
        return w.endsWith("er") || v.wordAt(than - 2, "more") || v.wordAt(than - 2, "less");
    }
}
