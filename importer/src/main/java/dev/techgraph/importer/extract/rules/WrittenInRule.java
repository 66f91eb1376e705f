package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.mentions.NameDiscovery;
import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
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
public final class WrittenInRule implements Rule {

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
                    if (lang != null && owner != null && languages(lang) && !AuthoredInRule.authoredArtifact(a, c, k)) {
                        out.add(owner.members(), RelationType.WRITTEN_IN, lang.members(),
                                PolarityPass.of(v, clause, lang.from(), lang.to()), clause, "written_in.explicit",
                                sentence);
                    }
                }
            }
            for (Group g : a.groupsIn(clause)) {
                int kindAt = kindWordAfter(a, g);
                if (kindAt < 0) {
                    continue;
                }
                Kind kind = KindWords.any(v.tokens.get(kindAt).lower()).get();
                if (languages(g)) {
                    kindPhrase(a, c, g, kindAt, kind, out);
                } else if (none(g, Kind.LANGUAGE) && g.single()) {
                    // "Nuxt, the Vue meta framework": a framework or library named as the modifier of a
                    // described kind is what the described technology is used with
                    kindPhrase(a, c, g, kindAt, null, out);
                }
            }
            for (Group g : a.groupsIn(clause)) {
                if (!PRODUCTS.contains(lower(v, g.to()))) {
                    continue;
                }
                if (languages(g)) {
                    kindPhrase(a, c, g, g.to(), Kind.LIBRARY, out); // "X is a single Zorblang binary"
                } else if (none(g, Kind.LANGUAGE) && g.single()) {
                    kindPhrase(a, c, g, g.to(), null, out); // "X is a Vortex application"
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

    /**
     * Nouns for what a technology is as a built product: "X is a single Zorblang binary" (written in it), "X is a
     * Vortex application" (used with it). Not kind words: they name no kind of technology for name discovery.
     */
    private static final Set<String> PRODUCTS = Set.of("binary", "application", "app", "executable");

    private static String lower(SentenceView v, int i) {
        Token t = v.token(i);
        return t == null ? "" : t.lower();
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
        if (described.members().equals(lang.members())
                || kind == null && (listAt > 0 || !apposition(v, described.to(), lang.from()))) {
            return;
        }
        Negation.Verdict verdict = PolarityPass.of(v, clause, Math.min(lang.from(), kindAt), lang.to());
        if (kind == null) {
            out.add(described.members(), RelationType.USED_WITH, lang.members(), verdict, clause,
                    "used_with.kind_phrase", v.parsed.index());
        } else if (kind == Kind.RUNTIME) {
            out.add(lang.members(), RelationType.RUNS_ON, described.members(), verdict, clause,
                    "runs_on.kind_phrase", v.parsed.index());
        } else {
            out.add(described.members(), RelationType.WRITTEN_IN, lang.members(), verdict, clause,
                    "written_in.kind_phrase", v.parsed.index());
        }
    }

    /** Plain words a kind word may carry between its technology modifier and itself ("Elixir web framework"). */
    private static final int MAX_DESCRIPTORS = 2;

    /**
     * The kind word a group modifies: right after it ("Python frameworks"), or after up to two plain lower-case
     * words that describe the kind ("the main Elixir web framework", "a Rust game engine"); -1 when none.
     */
    private static int kindWordAfter(Analysis a, Group g) {
        SentenceView v = a.view;
        if (a.modifiesKindWord(g)) {
            return g.to();
        }
        if (g.reference()) {
            return -1;
        }
        for (int k = g.to(); k < v.tokens.size() && k <= g.to() + MAX_DESCRIPTORS; k++) {
            Token t = v.tokens.get(k);
            if (!t.isWord() || v.mentionAt(k) != null || t.capitalised()) {
                return -1;
            }
            var kind = KindWords.singular(t.lower());
            if (kind.isPresent()) {
                return k > g.to() && !(kind.get() == Kind.LANGUAGE && !none(g, Kind.LANGUAGE)) ? k : -1;
            }
            if (!DESCRIPTOR.matcher(t.lower()).matches() || Verbs.isVerbLike(t.lower())
                    || NOT_DESCRIPTORS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern DESCRIPTOR = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> NOT_DESCRIPTORS = Set.of("and", "or", "vs", "than", "as", "for", "in", "on",
            "of", "with", "to", "is", "are", "the", "a", "an", "its", "their", "not", "no", "other", "which", "that");

    private static boolean none(Group g, Kind kind) {
        for (Term t : g.members()) {
            if (t.kind() == kind) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X, the (main) ", "X is a (small) ": only an apposition or a copula with its article and at most two plain
     * words joins a described technology to the modifier of its kind word ("X is faster than the Y framework"
     * describes nothing).
     */
    private static boolean apposition(SentenceView v, int from, int to) {
        if (to - from < 2 || to - from > 5 || !(v.wordAt(from, ",") || v.wordAt(from, "is") || v.wordAt(from, "are")
                || v.tokens.get(from).is(","))) {
            return false;
        }
        int k = from + 1;
        if (!(v.wordAt(k, "a") || v.wordAt(k, "an") || v.wordAt(k, "the"))) {
            return false;
        }
        for (k++; k < to; k++) {
            String w = v.tokens.get(k).lower();
            if (!DESCRIPTOR.matcher(w).matches() || NOT_DESCRIPTORS.contains(w) || Verbs.isVerbLike(w)) {
                return false;
            }
        }
        return true;
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
