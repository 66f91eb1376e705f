package dev.techgraph.importer.extract;

import dev.techgraph.model.RelationType;

import java.util.Set;

/**
 * COMPILES_TO: "X compiles (L code) to/into M" (compiles_to.explicit); the source language, when named,
 * is what X is written in by the annotation convention (written_in.compiles_from). A runtime's bytecode as
 * the target ("compiles to Vortex bytecode", "to bytecode for the Vortex VM") says the language RUNS_ON that
 * runtime (runs_on.bytecode).
 */
final class CompilesToRule implements Rule {

    private static final Set<String> VERBS = Set.of("compile", "compiles", "compiled", "compiling", "transpile",
            "transpiles", "transpiled", "transpiling", "converts", "convert", "translates", "translate", "turns", "turn");
    private static final Set<String> FILLER = Set.of("code", "source", "programs", "scripts", "the", "your",
            "down", "directly");

    private static final Set<String> BYTECODE = Set.of("bytecode", "bytecodes", "byte-code");

    /**
     * "compiles to Vortex bytecode", "compiles to bytecode for the Vortex VM": the target is a runtime's
     * instruction set, so the language runs on that runtime (RUNS_ON); null for any other target.
     */
    private static Group bytecodeRuntime(SentenceView v, int t, Group target) {
        if (target != null) {
            return runtimes(target) && BYTECODE.contains(lower(v, target.to())) ? target : null;
        }
        if (BYTECODE.contains(lower(v, t)) && (v.wordAt(t + 1, "for") || v.wordAt(t + 1, "on"))) {
            int at = v.wordAt(t + 2, "the") ? t + 3 : t + 2;
            Group vm = v.techGroupAt(at);
            return vm != null && runtimes(vm) ? vm : null;
        }
        return null;
    }

    private static String lower(SentenceView v, int i) {
        Token token = v.token(i);
        return token == null ? "" : token.lower();
    }

    private static boolean runtimes(Group g) {
        return g.members().stream().allMatch(m -> m.kind() == dev.techgraph.model.Kind.RUNTIME);
    }

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
                Group vm = bytecodeRuntime(v, t, target);
                if (vm != null) {
                    Group language = source != null && WrittenInRule.languages(source) ? source
                            : owner != null && WrittenInRule.languages(owner) ? owner : null;
                    if (language != null) {
                        out.add(language.members(), RelationType.RUNS_ON, vm.members(),
                                PolarityPass.of(v, clause, k, k + 1), clause, "runs_on.bytecode", v.parsed.index());
                    }
                    continue;
                }
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
