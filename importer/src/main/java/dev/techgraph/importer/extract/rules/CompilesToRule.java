package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.RelationType;

import java.util.Set;

/**
 * COMPILES_TO: "X compiles (L code) to/into M" (compiles_to.explicit); the source language, when named,
 * is what X is written in by the annotation convention (written_in.compiles_from). A runtime's bytecode as
 * the target ("compiles to Vortex bytecode", "to bytecode for the Vortex VM") says the language RUNS_ON that
 * runtime (runs_on.bytecode).
 */
public final class CompilesToRule implements Rule {

    private static final Set<String> VERBS = Set.of("compile", "compiles", "compiled", "compiling", "transpile",
            "transpiles", "transpiled", "transpiling", "converts", "convert", "translates", "translate", "turns", "turn");
    private static final Set<String> FILLER = Set.of("code", "source", "programs", "scripts", "the", "your",
            "down", "directly");

    /**
     * Verbs whose direct object is the output: "emits plain Zorblang", "emits the Zorblang glue code". A code
     * generator says it with "generates" ("generates Zorblang or Nimbel"); the object must be a language, so
     * "generates Vortex config" or "generates the bindings" state nothing.
     */
    private static final Set<String> EMITS = Set.of("emit", "emits", "emitted", "emitting", "generate", "generates",
            "generating");

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

    /**
     * Where the target starts after "to" or an emitting verb: past "the" and one plain word that describes the
     * output ("readable Zorblang", "idiomatic Tessel", "plain Nimbel"), when a technology follows it.
     */
    private static int described(SentenceView v, int t) {
        int at = v.wordAt(t, "the") ? t + 1 : t;
        Token word = v.token(at);
        if (word != null && word.isWord() && v.mentionAt(at) == null && word.lower().equals(word.text())
                && v.techGroupAt(at + 1) != null) {
            return at + 1;
        }
        return v.techGroupAt(at) != null ? at : t;
    }

    /** "Pecker emits plain Zorblang", "it also emits the Zorblang glue code": what X emits, X compiles to. */
    private static void emitted(Analysis a, int c, int k, Facts out) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
        Group target = v.techGroupAt(described(v, k + 1));
        Group owner = a.ownerOf(c, k);
        if (target == null || owner == null || owner.from() >= k || !WrittenInRule.languages(target)
                || owner.members().equals(target.members())) {
            return;
        }
        out.add(owner.members(), RelationType.COMPILES_TO, target.members(), PolarityPass.of(v, clause, k, k + 1),
                clause, "compiles_to.emits", v.parsed.index());
    }

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            for (int k = clause.from(); k < clause.to(); k++) {
                if (EMITS.contains(v.tokens.get(k).lower())) {
                    emitted(a, c, k, out);
                    continue;
                }
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
                int t = described(v, i + 1);
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
                if (target == null || owner == null || !WrittenInRule.languages(target)
                        || (source != null || words > 0) && WrittenInRule.languages(owner)) {
                    // "you write Zorblang, or compile Nimbel to Tessel": a language that is the clause's subject
                    // is no compiler of the source the verb names
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
