package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.List;
import java.util.Set;

/**
 * WRITTEN_IN stated in the sentence: "X is written in L" (written_in.explicit); "L frameworks like X",
 * "X is a L framework", "X, a L library", "X is the web framework for L" (written_in.kind_phrase). With a
 * runtime kind word the fact is RUNS_ON instead: "Node.js is a JavaScript runtime" states JavaScript
 * RUNS_ON Node.js (runs_on.kind_phrase).
 */
final class WrittenInRule implements Rule {

    private static final Set<String> VERBS = Set.of("written", "implemented", "coded", "built", "developed",
            "rewritten", "authored");
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were", ",", "as", "remains");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        int sentence = v.parsed.index();
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            for (int k = clause.from(); k < clause.to(); k++) {
                if (VERBS.contains(v.tokens.get(k).lower()) && v.wordAt(k + 1, "in")) {
                    Group lang = v.techGroupAt(k + 2);
                    Group owner = a.ownerOf(c, k);
                    if (lang != null && owner != null && languages(lang)) {
                        out.add(owner.members(), RelationType.WRITTEN_IN, lang.members(),
                                Negation.of(v, clause, lang.from(), lang.to()), clause, "written_in.explicit",
                                sentence);
                    }
                }
            }
            for (Group g : a.groupsIn(clause)) {
                if (languages(g) && a.modifiesKindWord(g)) {
                    kindPhrase(a, c, g, g.to(), KindWords.any(v.tokens.get(g.to()).lower()).get(), out);
                }
            }
            for (int k = clause.from(); k + 2 < clause.to(); k++) {
                var kind = KindWords.singular(v.tokens.get(k).lower());
                if (kind.isPresent() && v.wordAt(k + 1, "for") && v.mentionAt(k) == null) {
                    Group lang = v.techGroupAt(k + 2);
                    if (lang != null && languages(lang)) {
                        kindPhrase(a, c, lang, k, kind.get(), out);
                    }
                }
            }
        }
    }

    /** The language group {@code lang} qualifies the kind word at {@code kindAt}: find what it describes. */
    private static void kindPhrase(Analysis a, int c, Group lang, int kindAt, Kind kind, Facts out) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
        int listAt = NameDiscovery.listStart(v.tokens, Math.max(kindAt, lang.to()) + 1);
        Group described = null;
        if (listAt > 0) {
            described = v.techGroupAt(listAt);
        }
        if (described == null) {
            Group before = null;
            for (Group g : a.groupsIn(clause)) {
                if (g.to() <= Math.min(lang.from(), kindAt) && !languages(g)) {
                    before = g;
                }
            }
            if (before != null && copulaBetween(v, before.to(), Math.min(lang.from(), kindAt))) {
                described = before;
            }
        }
        if (described == null) {
            return;
        }
        Negation.Verdict verdict = Negation.of(v, clause, Math.min(lang.from(), kindAt), lang.to());
        if (kind == Kind.RUNTIME) {
            out.add(lang.members(), RelationType.RUNS_ON, described.members(), verdict, clause,
                    "runs_on.kind_phrase", v.parsed.index());
        } else {
            out.add(described.members(), RelationType.WRITTEN_IN, lang.members(), verdict, clause,
                    "written_in.kind_phrase", v.parsed.index());
        }
    }

    private static boolean copulaBetween(SentenceView v, int from, int to) {
        if (to - from > 8 || to <= from) {
            return false;
        }
        boolean copula = false;
        for (int k = from; k < to; k++) {
            String w = v.tokens.get(k).lower();
            if (COPULA.contains(w)) {
                copula = true;
            } else if (!v.tokens.get(k).isWord() && !w.equals(",")) {
                return false;
            }
        }
        return copula && (v.wordAt(to - 1, "a") || v.wordAt(to - 1, "an") || v.wordAt(to - 1, "the")
                || articleWithin(v, from, to));
    }

    private static boolean articleWithin(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.wordAt(k, "a") || v.wordAt(k, "an") || v.wordAt(k, "the")) {
                return true;
            }
        }
        return false;
    }

    static boolean languages(Group g) {
        for (Term t : g.members()) {
            if (t.kind() != Kind.LANGUAGE) {
                return false;
            }
        }
        return true;
    }

    static List<Term> only(Group g, Kind kind) {
        return g.members().stream().filter(t -> t.kind() == kind).toList();
    }
}
