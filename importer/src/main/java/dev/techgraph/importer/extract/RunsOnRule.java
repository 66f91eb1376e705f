package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.List;
import java.util.Set;

/**
 * Where code runs. "L runs (natively) on/in R" (runs_on.explicit), "R runs L" (runs_on.object),
 * "L is based on / built on / on top of R" (runs_on.based_on). A technology that is not a language
 * running on a runtime is USED_WITH it (used_with.runs_on). "L does not run in R like M" also states that
 * M does (runs_on.contrast).
 */
final class RunsOnRule implements Rule {

    private static final Set<String> VERBS = Set.of("run", "runs", "running", "ran", "execute", "executes",
            "executed", "executing");
    private static final Set<String> ADVERBS = Set.of("natively", "directly", "only", "well", "everywhere", "both",
            "also", "fine", "smoothly", "anywhere", "just", "code", "the", "top", "of", "modern", "any", "every");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "inside", "within", "atop");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        int sentence = v.parsed.index();
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            for (int k = clause.from(); k < clause.to(); k++) {
                String w = v.tokens.get(k).lower();
                Group owner = null;
                Group target = null;
                String rule = null;
                if (VERBS.contains(w)) {
                    owner = a.ownerOf(c, k);
                    int i = k + 1;
                    Group object = groupAt(a, i);
                    if (object != null && owner != null && WrittenInRule.languages(object) && runtimes(owner)) {
                        out.add(object.members(), RelationType.RUNS_ON, owner.members(),
                                PolarityPass.of(v, clause, object.from(), object.to()), clause, "runs_on.object",
                                sentence);
                        continue;
                    }
                    while (i < clause.to() && ADVERBS.contains(v.tokens.get(i).lower())) {
                        i++;
                    }
                    if (i < clause.to() && PREPOSITIONS.contains(v.tokens.get(i).lower())) {
                        i++;
                        while (i < clause.to() && ADVERBS.contains(v.tokens.get(i).lower())) {
                            i++;
                        }
                        target = v.techGroupAt(i);
                        rule = "runs_on.explicit";
                    }
                } else if ((w.equals("based") || w.equals("built")) && v.wordAt(k + 1, "on")
                        || w.equals("top") && v.wordAt(k - 1, "on") && v.wordAt(k + 1, "of")) {
                    owner = a.ownerOf(c, k);
                    target = v.techGroupAt(k + 2);
                    rule = "runs_on.based_on";
                }
                if (owner == null || target == null) {
                    continue;
                }
                Negation.Verdict verdict = PolarityPass.of(v, clause, target.from(), target.to());
                List<Term> runtimes = WrittenInRule.only(target, Kind.RUNTIME);
                List<Term> languages = owner.members().stream().filter(t -> t.kind() == Kind.LANGUAGE).toList();
                List<Term> others = owner.members().stream().filter(t -> t.kind() != Kind.LANGUAGE).toList();
                out.add(languages, RelationType.RUNS_ON, runtimes, verdict, clause, rule, sentence);
                if (!others.isEmpty()) {
                    out.add(others, RelationType.USED_WITH, target.members(), verdict, clause,
                            "used_with." + rule.substring("runs_on.".length()), sentence);
                }
                contrast(a, clause, target, runtimes, verdict, out);
            }
        }
    }

    /** "does not run natively in browsers like JavaScript": JavaScript does. */
    private static void contrast(Analysis a, Clause clause, Group target, List<Term> runtimes,
                                 Negation.Verdict verdict, Facts out) {
        SentenceView v = a.view;
        if (verdict.polarity() != Polarity.NEGATIVE || !v.wordAt(target.to(), "like")) {
            return;
        }
        Group like = v.techGroupAt(target.to() + 1);
        if (like != null && WrittenInRule.languages(like)) {
            out.add(like.members(), RelationType.RUNS_ON, runtimes, PolarityPass.stated(), clause,
                    "runs_on.contrast", v.parsed.index());
        }
    }

    private static Group groupAt(Analysis a, int i) {
        for (Group g : a.groups) {
            if (g.from() == i) {
                return g;
            }
        }
        return null;
    }

    private static boolean runtimes(Group g) {
        return g.members().stream().allMatch(t -> t.kind() == Kind.RUNTIME);
    }
}
