package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.importer.extract.text.WeighingWords;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * COMPARED_WITH: "X vs Y" (compared_with.vs), "between X and Y" (compared_with.between), "X or Y" where
 * the sentence weighs a choice or asks (compared_with.choice), and "X is faster than Y" / "not as fast as
 * Y" / "compared to Y" (compared_with.than). The traits such sentences state come from the concept rule.
 */
public final class ComparedWithRule implements Rule {

    private static final Set<String> CHOICE = Set.of("choose", "choosing", "choice", "pick", "picking", "better",
            "decide", "deciding", "which", "between", "comparison", "compare", "?");

    /**
     * An or-list is weighed when its own clause names the choice (or the sentence is a heading or a question):
     * "easy to pick up for anyone who knows X, Y or Z" and "runs on top of X, Y or Z, so code can move between
     * backends" list options of something else; "pick up" is no choice, and "pick A over B or C" weighs A
     * against each, not B against C.
     */
    private static boolean weighedInItsClause(SentenceView v, Group g, boolean question) {
        if (v.parsed.heading() || question) {
            return true;
        }
        if (v.wordAt(g.from() - 1, "over")) {
            return false;
        }
        Clause clause = v.clauseOf(g.from());
        for (int k = clause.from(); k < clause.to(); k++) {
            if (CHOICE.contains(v.tokens.get(k).lower()) && !v.wordAt(k + 1, "up")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The report compares three candidates: A, B and C", "we evaluated A, B and C", "Review: A, B and C": a list
     * of technologies after a word that announces a comparison (in its clause, or in the clause its colon
     * elaborates) weighs every member against every other (compared_with.enumerated). "compared with/to X" is the
     * "than" rule's.
     */
    private static boolean enumeratedForComparison(SentenceView v, Group g) {
        Clause clause = v.clauseOf(g.from());
        int from = clause.from();
        if (clause.role() == Clause.Role.ELABORATION && from > 0) {
            from = v.clauseOf(from - 1).from();
        }
        int first = v.parsed.firstWord();
        if (first >= 0 && first < g.from() && v.wordAt(first, "review") && v.wordAt(first + 1, ":")) {
            return true;
        }
        for (int k = from; k < g.from(); k++) {
            if (WeighingWords.announces(v.tokens.get(k).lower()) && !v.wordAt(k + 1, "with") && !v.wordAt(k + 1, "to")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a link, not a choice: "bindings between X and Y", "the bridge between X and Y". */
    private static final Set<String> LINKS = Set.of("bindings", "binding", "bridge", "bridges", "glue", "interop",
            "interoperability", "communication", "calls", "traffic", "boundary", "boundaries", "conversion", "integration");

    private static boolean linking(SentenceView v, int at) {
        Token t = v.token(at);
        return t != null && LINKS.contains(t.lower());
    }

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        int sentence = v.parsed.index();
        boolean question = v.find(0, v.tokens.size(), Set.of("?")) >= 0;
        int which = v.find(0, v.tokens.size(), Set.of("which"));
        // "which" weighs a choice only in a question; ", which Flutter cannot" is a relative clause
        boolean choice = v.parsed.heading() || question
                || v.find(0, v.tokens.size(), CHOICE) >= 0 && (which < 0 || v.find(0, which, CHOICE) >= 0
                || v.find(which + 1, v.tokens.size(), CHOICE) >= 0);
        for (Group g : v.techGroups) {
            String rule = null;
            if (g.has("vs") || g.has("versus")) {
                rule = "compared_with.vs";
            } else if (v.wordAt(g.from() - 1, "between") && g.has("and") && !linking(v, g.from() - 2)) {
                rule = "compared_with.between";
            } else if (g.has("or") && choice && !g.has("with") && weighedInItsClause(v, g, question)) {
                rule = "compared_with.choice";
            } else if (g.members().size() >= 2 && !g.reference() && !g.has("with") && !g.has("or")
                    && enumeratedForComparison(v, g)) {
                rule = "compared_with.enumerated";
            }
            if (rule != null) {
                Set<String> splits = rule.equals("compared_with.choice") ? Set.of("or")
                        : rule.equals("compared_with.enumerated") ? Set.of(",", "and") : Set.of("vs", "versus");
                // "Go, Rust or Zig?" is one list of options: each member is a side of its own
                List<List<Term>> sides = rule.equals("compared_with.choice")
                        && g.links().stream().allMatch(l -> l.equals(",") || l.equals("or"))
                        ? g.members().stream().map(List::of).toList() : sides(g, splits);
                for (int i = 0; i < sides.size(); i++) {
                    for (int j = i + 1; j < sides.size(); j++) {
                        for (Term[] p : across(sides.get(i), sides.get(j))) {
                            out.add(p[0], RelationType.COMPARED_WITH, p[1], PolarityPass.compared(), rule, sentence);
                        }
                    }
                }
            }
        }
        if (question) {
            alternatives(v, out);
        }
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            if (!clause.asserts()) {
                continue;
            }
            for (int k = clause.from(); k < clause.to(); k++) {
                String w = v.tokens.get(k).lower();
                Group setting = w.equals("than") ? sameSetting(v, clause, k) : null;
                boolean than = w.equals("than") && k > 0 && (comparative(v, k) || setting != null);
                boolean asAs = w.equals("as") && k >= 2 && v.wordAt(k - 2, "as") && !coordination(v, k - 2);
                boolean compared = (w.equals("to") || w.equals("with")) && v.wordAt(k - 1, "compared");
                if (!(than || asAs || compared)) {
                    continue;
                }
                int at = k + 1;
                if ((v.wordAt(at, "that") || v.wordAt(at, "those")) && v.wordAt(at + 1, "of")) {
                    at += 2;
                } else if (v.wordAt(at, "what") || v.wordAt(at, "on") || v.wordAt(at, "in") || v.wordAt(at, "with")) {
                    at += 1;
                }
                Group other = v.techGroupAt(at);
                if (other == null && than) {
                    other = afterDescriptor(v, at);
                }
                Group owner = setting != null ? setting : a.ownerOf(c, k - (asAs ? 2 : 0));
                if (other != null && owner != null) {
                    for (Term[] p : across(owner.members(), other.members())) {
                        out.add(List.of(p[0]), RelationType.COMPARED_WITH, List.of(p[1]), PolarityPass.compared(),
                                clause, "compared_with.than", sentence);
                    }
                }
            }
            likeForm(a, c, out);
            migration(a, c, out);
            preference(a, c, out);
        }
    }

    private static final Set<String> PREFERS = Set.of("pick", "picks", "picked", "picking", "choose", "chooses",
            "chose", "chosen", "choosing", "prefer", "prefers", "preferred", "preferring", "favour", "favours",
            "favoured", "favor", "favors", "favored", "recommend", "recommends", "recommended", "select", "selects",
            "selected");
    /** "Try X before Y": the one to try first is preferred to the other. */
    private static final Set<String> TRIES = Set.of("try", "tries", "tried");
    private static final Set<String> CHOSEN_SKIP = Set.of("a", "an", "the", "plain", "either", "only");
    /** Plain words that may stand between the chosen technology and "over": "for a back-end service". */
    private static final int MAX_BETWEEN = 6;

    /**
     * "I would pick X over Y", "we chose X for the API over Y or Z", "prefer X over Y", "picked X instead of Y",
     * "try X before Y": the technology taken and
     * the one passed over are weighed against each other (compared_with.preference), whether or not the
     * choice is denied. "over" must follow the chosen technology closely, with no other technology between.
     */
    private static void preference(Analysis a, int c, Facts out) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
        for (int k = clause.from(); k < clause.to(); k++) {
            if (!PREFERS.contains(v.tokens.get(k).lower()) && !TRIES.contains(v.tokens.get(k).lower())) {
                continue;
            }
            int i = k + 1;
            while (i < clause.to() && CHOSEN_SKIP.contains(v.tokens.get(i).lower())) {
                i++;
            }
            Group chosen = v.techGroupAt(i);
            if (chosen == null) {
                continue;
            }
            int over = -1;
            boolean tries = TRIES.contains(v.tokens.get(k).lower());
            for (int j = chosen.to(); j < clause.to() && j <= chosen.to() + MAX_BETWEEN; j++) {
                if (!tries && v.wordAt(j, "over") || tries && v.wordAt(j, "before")) {
                    over = j;
                    break;
                }
                if (!tries && (v.wordAt(j, "instead") && v.wordAt(j + 1, "of")
                        || v.wordAt(j, "rather") && v.wordAt(j + 1, "than"))) {
                    over = j + 1; // "we picked X instead of Y", "choose X rather than Y"
                    break;
                }
                if (v.mentionAt(j) != null && v.mentionAt(j).isTech()) {
                    break;
                }
            }
            int at = over + 1;
            while (over >= 0 && at < clause.to() && CHOSEN_SKIP.contains(v.tokens.get(at).lower())) {
                at++;
            }
            Group passed = over < 0 ? null : v.techGroupAt(at);
            if (passed == null || passed.members().equals(chosen.members())) {
                continue;
            }
            for (Term[] p : across(chosen.members(), passed.members())) {
                out.add(List.of(p[0]), RelationType.COMPARED_WITH, List.of(p[1]), PolarityPass.compared(), clause,
                        "compared_with.preference", v.parsed.index());
            }
            return;
        }
    }

    private static final Set<String> MOVES = Set.of("move", "moves", "moved", "moving", "migrate", "migrates",
            "migrated", "migrating", "migration", "switch", "switches", "switched", "switching", "port", "ported",
            "porting", "transition", "transitioned", "transitioning", "rewrite", "rewrote", "rewriting");

    /**
     * "moving from X to Y", "we migrated the service from X to Y", a title "From X to Y: ...": the technology left
     * and the one adopted are weighed against each other (compared_with.migration).
     */
    private static void migration(Analysis a, int c, Facts out) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
        for (int k = clause.from(); k < clause.to(); k++) {
            int from;
            if (MOVES.contains(v.tokens.get(k).lower())) {
                from = v.find(k + 1, Math.min(clause.to(), k + 6), Set.of("from"));
            } else if (k == v.parsed.firstWord() && v.parsed.heading() && v.wordAt(k, "from")) {
                from = k; // a title "From X to Y: ..." names a move by itself
            } else {
                continue;
            }
            if (from < 0) {
                continue;
            }
            Group left = null;
            for (int i = from + 1; i < clause.to() && i <= from + 4 && left == null; i++) {
                left = v.techGroupAt(i);
            }
            if (left == null) {
                continue;
            }
            int to = v.find(left.to(), Math.min(clause.to(), left.to() + 4), Set.of("to", "onto", "into"));
            Group adopted = to < 0 ? null : v.techGroupAt(to + 1);
            if (adopted == null || adopted.members().equals(left.members())) {
                continue;
            }
            for (Term[] p : across(left.members(), adopted.members())) {
                out.add(List.of(p[0]), RelationType.COMPARED_WITH, List.of(p[1]), PolarityPass.compared(), clause,
                        "compared_with.migration", v.parsed.index());
            }
            return;
        }
    }

    /** "Zorblang has a Nimbel-like syntax": a name made into an adjective with "-like" compares (compared_with.like_form). */
    private static void likeForm(Analysis a, int c, Facts out) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
        for (Group g : a.groupsIn(clause)) {
            Token joiner = v.token(g.to());
            if (g.reference() || !g.single() || joiner == null || joiner.type() != Token.Type.JOINER
                    || !v.wordAt(g.to() + 1, "like")) {
                continue;
            }
            Group owner = a.ownerOf(c, g.from());
            if (owner != null && owner != g && owner.from() < g.from() && !owner.members().equals(g.members())) {
                for (Term[] p : across(owner.members(), g.members())) {
                    out.add(List.of(p[0]), RelationType.COMPARED_WITH, List.of(p[1]), PolarityPass.compared(),
                            clause, "compared_with.like_form", v.parsed.index());
                }
            }
        }
    }

    /**
     * "Should I learn X properly, or rewrite it all in Y?", "Is X worth it, or should I stay with Y and Z?": a
     * question whose "or" joins two courses of action weighs the technology named last before it against
     * the one named first after it (compared_with.question_or). An "or" inside a list of names is the choice
     * rule's.
     */
    private static void alternatives(SentenceView v, Facts out) {
        for (int k = 1; k < v.tokens.size(); k++) {
            if (!v.wordAt(k, "or") || !v.wordAt(k - 1, ",") && !Verbs.isVerbLike(lower(v, k + 1))) {
                continue;
            }
            Group before = null;
            Group after = null;
            for (Group g : v.techGroups) {
                if (g.to() <= k - 1 && (before == null || g.from() > before.from())) {
                    before = g;
                } else if (g.from() > k && after == null) {
                    after = g;
                }
                if (g.from() < k && g.to() > k) {
                    before = null; // the "or" lists names: not a second course of action
                    break;
                }
            }
            if (before == null || after == null) {
                continue;
            }
            for (Term[] p : across(before.members(), after.members())) {
                out.add(p[0], RelationType.COMPARED_WITH, p[1], PolarityPass.compared(), "compared_with.question_or",
                        v.parsed.index());
            }
            return;
        }
    }

    private static String lower(SentenceView v, int i) {
        Token t = v.token(i);
        return t == null ? "" : t.lower();
    }

    /**
     * The sides a comparison group weighs: "C# and .NET vs Java" has two ([C#, .NET], [Java]); a group
     * without a splitting link is one side per member ("Go, Rust or Zig?").
     */
    static List<List<Term>> sides(Group g, Set<String> splits) {
        List<Term> m = g.members();
        if (g.links().stream().noneMatch(splits::contains) || g.links().stream().allMatch(splits::contains)) {
            return m.stream().map(List::of).toList();
        }
        List<List<Term>> out = new ArrayList<>();
        List<Term> side = new ArrayList<>(List.of(m.get(0)));
        for (int i = 1; i < m.size(); i++) {
            if (splits.contains(g.links().get(i - 1))) {
                out.add(side);
                side = new ArrayList<>();
            }
            side.add(m.get(i));
        }
        out.add(side);
        return out;
    }

    /**
     * The pairs two sides of a comparison compare. When both sides are several entities ("Unreal with C++
     * is faster than Unity with C#", "Scala and Spark, or Python and pandas") only entities of the same kind
     * are weighed against each other: the engines, the languages; a single entity is weighed against each.
     */
    static List<Term[]> across(List<Term> a, List<Term> b) {
        boolean paired = a.size() > 1 && b.size() > 1;
        List<Term[]> out = new ArrayList<>();
        for (Term x : a) {
            for (Term y : b) {
                if (!paired || x.kind() == y.kind()) {
                    out.add(new Term[]{x, y});
                }
            }
        }
        return out;
    }

    /**
     * "R and Java as well as Python": "as well as" after a name or a noun joins a list; after a verb or an
     * adverb ("performs almost as well as Scala") it compares.
     */
    private static boolean coordination(SentenceView v, int firstAs) {
        if (!v.wordAt(firstAs + 1, "well")) {
            return false;
        }
        Token before = v.token(firstAs - 1);
        return before == null || !before.isWord() || v.mentionAt(firstAs - 1) != null
                || !(Verbs.isVerbLike(before.lower()) || before.lower().endsWith("ly")
                || Set.of("almost", "nearly", "just", "not", "about", "roughly", "twice").contains(before.lower()));
    }

    private static final Set<String> SETTINGS = Set.of("in", "with", "on", "for");

    /**
     * "easier in X than in Y", "faster with X than with Y": the technology between a comparative and "than", after
     * the preposition that follows "than" too, is the one weighed (being in a prepositional phrase, it is no clause
     * subject); null when the words are not so.
     */
    private static Group sameSetting(SentenceView v, Clause clause, int than) {
        Token after = v.token(than + 1);
        if (after == null || !SETTINGS.contains(after.lower())) {
            return null;
        }
        for (Group g : v.techGroups) {
            int preposition = g.from() - 1;
            if (g.to() == than && preposition > clause.from() && v.wordAt(preposition, after.lower())
                    && comparative(v, preposition)) {
                return g;
            }
        }
        return null;
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
        return w.endsWith("er") || v.wordAt(than - 2, "more") || v.wordAt(than - 2, "less")
                || comparativeBefore(v, than);
    }

    /** Words that end like a comparative and are not one. */
    private static final Set<String> NOT_COMPARATIVE = Set.of("rather", "other", "another", "over", "under", "after",
            "never", "ever", "however", "whether", "either", "neither", "together", "order", "number", "user",
            "server", "developer", "computer", "container", "cluster", "compiler", "layer", "provider", "manager",
            "header", "paper", "power", "matter", "parameter", "buffer", "folder", "answer", "member", "filter",
            "driver", "browser", "controller", "scheduler", "handler", "wrapper", "helper", "worker", "reader",
            "writer", "owner", "partner", "customer", "engineer", "player", "maintainer", "beginner", "consumer",
            "producer", "router", "bundler", "linter", "formatter", "runner", "offer", "consider", "prefer",
            "render", "cover", "enter", "register", "trigger", "deliver", "remember", "differ", "transfer");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "our", "your", "my",
            "this", "that", "these", "those", "every", "each");
    /** How far before "than" its comparative may stand ("easier to learn than", "more memory per request than"). */
    private static final int COMPARATIVE_REACH = 5;

    /**
     * A comparative a few plain words before "than": "easier to learn than", "lower level than", "far more memory
     * per connection than", "faster and cheaper per request than". The words between are plain words of the same
     * clause; a technology, a punctuation mark or a determined noun ("the server") ends the search.
     */
    private static boolean comparativeBefore(SentenceView v, int than) {
        int stop = v.clauseOf(than).from();
        for (int k = than - 1; k >= Math.max(stop, than - COMPARATIVE_REACH); k--) {
            Token t = v.tokens.get(k);
            Mention m = v.mentionAt(k);
            if (!t.isWord() || m != null && m.isTech()) {
                return false;
            }
            String w = t.lower();
            if (NOT_COMPARATIVE.contains(w) || DETERMINERS.contains(w)) {
                return false;
            }
            boolean comparative = w.equals("more") || w.equals("less") || w.equals("fewer") || w.equals("better")
                    || w.equals("worse") || w.length() >= 5 && w.endsWith("er");
            if (comparative && k < than - 1 && !DETERMINERS.contains(lower(v, k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "than a minimal X setup", "than the equivalent X": one plain descriptive word between the article and the
     * technology compared; the group right after it, or null.
     */
    private static Group afterDescriptor(SentenceView v, int at) {
        if (!(v.wordAt(at, "a") || v.wordAt(at, "an") || v.wordAt(at, "the"))) {
            return null;
        }
        Token word = v.token(at + 1);
        if (word == null || !word.isWord() || v.mentionAt(at + 1) != null || word.capitalised()
                || NOT_DESCRIPTORS.contains(word.lower()) || Verbs.isVerbLike(word.lower())) {
            return null;
        }
        Mention m = v.mentionAt(at + 2);
        return m != null && m.isTech() && m.from() == at + 2 ? v.techGroupAt(at + 2) : null;
    }

    private static final Set<String> NOT_DESCRIPTORS = Set.of("and", "or", "of", "in", "on", "for", "with", "to",
            "one", "ones", "rest", "same", "other", "code", "version", "old", "new");
}
