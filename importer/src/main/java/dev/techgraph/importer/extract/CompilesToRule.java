package dev.techgraph.importer.extract;

import dev.techgraph.model.RelationType;

import java.util.Set;

/**
 * COMPILES_TO: "X compiles (L code) to/into M" (compiles_to.explicit); the source language, when named,
 * is what X is written in by the annotation convention (written_in.compiles_from).
 */
final class CompilesToRule implements Rule {

    private static final Set<String> VERBS = Set.of("compile", "compiles", "compiled", "compiling", "transpile",
            "transpiles", "transpiled", "transpiling", "converts", "convert", "translates", "translate", "turns", "turn");
    private static final Set<String> FILLER = Set.of("code", "source", "programs", "scripts", "the", "your",
            "down", "directly");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            for (int k = clause.from(); k < clause.to(); k++) {
                if (!VERBS.contains(v.tokens.get(k).lower())) {
                    continue;
                }
                int i = k + 1;
                Group source = v.techGroupAt(i);
                if (source != null) {
                    i = source.to();
                }
                int words = 0;
                while (i < clause.to() && !v.wordAt(i, "to") && !v.wordAt(i, "into")
                        && (FILLER.contains(v.tokens.get(i).lower())
                        || words < 2 && v.tokens.get(i).isWord() && v.mentionAt(i) == null)) {
                    if (!FILLER.contains(v.tokens.get(i).lower())) {
                        words++;
                    }
                    i++;
                }
                if (!(v.wordAt(i, "to") || v.wordAt(i, "into"))) {
                    continue;
                }
                int t = i + 1;
                if (v.wordAt(t, "plain") || v.wordAt(t, "vanilla") || v.wordAt(t, "optimised")
                        || v.wordAt(t, "optimized")) {
                    t++;
                }
                Group target = v.techGroupAt(t);
                Group owner = a.ownerOf(c, k);
                if (target == null || owner == null || !WrittenInRule.languages(target)) {
                    continue;
                }
                Negation.Verdict verdict = PolarityPass.of(v, clause, k, k + 1);
                out.add(owner.members(), RelationType.COMPILES_TO, target.members(), verdict, clause,
                        "compiles_to.explicit", v.parsed.index());
                if (source != null && WrittenInRule.languages(source)) {
                    out.add(owner.members(), RelationType.WRITTEN_IN, source.members(), verdict, clause,
                            "written_in.compiles_from", v.parsed.index());
                }
            }
        }
    }
}
