package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Mention;
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
public final class RunsOnRule implements Rule {

    private static final Set<String> VERBS = Set.of("run", "runs", "running", "ran", "execute", "executes",
            "executed", "executing");
    private static final Set<String> ADVERBS = Set.of("natively", "directly", "only", "well", "everywhere", "both",
            "also", "fine", "smoothly", "anywhere", "just", "code", "the", "top", "of", "modern", "any", "every");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "inside", "within", "atop", "under");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        int sentence = v.parsed.index();
        adjacent(a, out);
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
                        String preposition = v.tokens.get(i).lower();
                        i++;
                        while (i < clause.to() && ADVERBS.contains(v.tokens.get(i).lower())) {
                            i++;
                        }
                        target = v.techGroupAt(i);
                        if (target == null && owner != null && owner.to() <= k) {
                            // "runs on a laptop, on Vortex or on Quasar": the places the preposition repeats for
                            target = v.repeatedObjectAfter(i, preposition);
                        }
                        rule = "runs_on.explicit";
                        writtenThenRuns(v, clause, k, target, out);
                    }
                } else if (TARGETS.contains(w)) {
                    targets(a, c, k, out);
                    continue;
                } else if ((w.equals("lives") || w.equals("live")) && v.wordAt(k + 1, "on")) {
                    owner = a.ownerOf(c, k);
                    target = v.techGroupAt(k + 2);
                    rule = "runs_on.lives_on";
                } else if ((w.equals("based") || w.equals("built")) && v.wordAt(k + 1, "on")
                        || w.equals("top") && v.wordAt(k - 1, "on") && v.wordAt(k + 1, "of")) {
                    owner = a.ownerOf(c, k);
                    target = v.techGroupAt(k + 2);
                    rule = "runs_on.based_on";
                }
                if (owner == null || target == null) {
                    continue;
                }
                int before = target.from() - (v.wordAt(target.from() - 1, "the") ? 2 : 1);
                String preposition = v.tokens.get(before).lower();
                for (Group more = PREPOSITIONS.contains(preposition) ? v.repeatedObject(target, preposition) : null;
                     more != null; more = v.repeatedObject(more, preposition)) {
                    // "Zorblang runs on Vortex and even on Quasar": the preposition names a second place
                    addRuns(a, v.clauseOf(more.from()), owner, more, rule, out);
                }
                addRuns(a, clause, owner, target, rule, out);
                for (Group item = v.nextListItem(target); item != null; item = v.nextListItem(item)) {
                    addRuns(a, clause, owner, item, rule, out); // "runs on Vortex boxes, Quasar and ..."
                }
            }
        }
    }

    private static final Set<String> WRITTEN = Set.of("written", "implemented", "rewritten", "coded");

    /**
     * "X is written in L and runs on R": code in L runs on R (runs_on.written_in), whatever X is. Only right after
     * the written-in phrase, joined by "and": "written in L, runs on almost any host" names no runtime of L.
     */
    private static void writtenThenRuns(SentenceView v, Clause clause, int verb, Group target, Facts out) {
        if (target == null || !v.wordAt(verb - 1, "and")) {
            return;
        }
        for (Group lang : v.techGroups) {
            if (lang.to() == verb - 1 && v.wordAt(lang.from() - 1, "in") && WrittenInRule.languages(lang)
                    && WRITTEN.contains(v.tokens.get(Math.max(0, lang.from() - 2)).lower())) {
                out.add(lang.members(), RelationType.RUNS_ON, WrittenInRule.only(target, Kind.RUNTIME),
                        PolarityPass.of(v, clause, target.from(), target.to()), clause, "runs_on.written_in",
                        v.parsed.index());
            }
        }
    }

    /** The owner's languages run on the target's runtimes; its other technologies are used with the target. */
    private static void addRuns(Analysis a, Clause clause, Group owner, Group target, String rule, Facts out) {
        SentenceView v = a.view;
        int sentence = v.parsed.index();
        Negation.Verdict verdict = PolarityPass.of(v, clause, target.from(), target.to());
        List<Term> runtimes = WrittenInRule.only(target, Kind.RUNTIME);
        List<Term> languages = owner.members().stream().filter(t -> t.kind() == Kind.LANGUAGE).toList();
        List<Term> others = owner.members().stream().filter(t -> t.kind() != Kind.LANGUAGE).toList();
        out.add(languages, RelationType.RUNS_ON, runtimes, verdict, clause, rule, sentence);
        List<Term> hosts = target.members().stream().filter(t -> t.kind() != Kind.RUNTIME).toList();
        if (!languages.isEmpty() && !hosts.isEmpty()) {
            // "COBOL running under Zorbcics", "Zorblang runs inside Kestrel": a host that is no runtime is used with
            out.add(languages, RelationType.USED_WITH, hosts, verdict, clause,
                    "used_with." + rule.substring("runs_on.".length()), sentence);
        }
        if (!others.isEmpty()) {
            out.add(others, RelationType.USED_WITH, target.members(), verdict, clause,
                    "used_with." + rule.substring("runs_on.".length()), sentence);
        }
        contrast(a, clause, target, runtimes, verdict, out);
    }

    /**
     * "TypeScript on Node.js", "Kotlin on the JVM": a language named right before "on" and a runtime runs on it
     * (runs_on.adjacent).
     */
    private static void adjacent(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (Mention m : v.parsed.mentions) {
            if (!m.isTech() || m.term().kind() != Kind.LANGUAGE || !v.wordAt(m.to(), "on")) {
                continue;
            }
            int i = m.to() + 1;
            if (v.wordAt(i, "the")) {
                i++;
            }
            Mention r = v.mentionAt(i);
            if (r == null || !r.isTech() || r.from() != i || r.term().kind() != Kind.RUNTIME) {
                continue;
            }
            Clause clause = v.clauseOf(m.from());
            if (a.madeIn(m.from())) {
                // "Zorbit is written in L on R": the language is Zorbit's means; Zorbit is what runs on R
                Group owner = a.ownerOf(a.clauseIndex(clause), m.from());
                Group target = v.techGroupAt(i);
                if (owner != null && target != null && !owner.members().contains(m.term())) {
                    addRuns(a, clause, owner, target, "runs_on.adjacent", out);
                }
                continue;
            }
            out.add(List.of(m.term()), RelationType.RUNS_ON, List.of(r.term()), PolarityPass.of(v, clause, i, r.to()),
                    clause, "runs_on.adjacent", v.parsed.index());
        }
    }

    private static final Set<String> TARGETS = Set.of("targets", "target", "targeting", "targeted");
    private static final Set<String> TARGET_ADVERBS = Set.of("also", "now", "only", "can", "could", "will", "still",
            "mainly", "primarily", "natively", "directly", "officially", "already");

    /**
     * "Vyper targets the EVM": a language that targets a runtime runs on it (runs_on.targets); "the compiler can
     * target WebAssembly": what targets a language compiles to it (compiles_to.targets).
     */
    private static void targets(Analysis a, int c, int k, Facts out) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
        int i = k + 1;
        while (i < clause.to() && (v.wordAt(i, "the") || v.wordAt(i, "both") || v.wordAt(i, "also"))) {
            i++;
        }
        Group target = v.techGroupAt(i);
        Group owner = a.ownerOf(c, k);
        if (target == null || owner == null || owner.from() >= k || owner.members().equals(target.members())) {
            return;
        }
        for (int j = owner.to(); j < k; j++) {
            if (!TARGET_ADVERBS.contains(v.tokens.get(j).lower())) {
                return; // "the Azure SDKs target C#": the SDKs do, not Azure
            }
        }
        Negation.Verdict verdict = PolarityPass.of(v, clause, target.from(), target.to());
        List<Term> languages = owner.members().stream().filter(t -> t.kind() == Kind.LANGUAGE).toList();
        out.add(languages, RelationType.RUNS_ON, WrittenInRule.only(target, Kind.RUNTIME), verdict, clause,
                "runs_on.targets", v.parsed.index());
        out.add(owner.members(), RelationType.COMPILES_TO, WrittenInRule.only(target, Kind.LANGUAGE), verdict, clause,
                "compiles_to.targets", v.parsed.index());
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
