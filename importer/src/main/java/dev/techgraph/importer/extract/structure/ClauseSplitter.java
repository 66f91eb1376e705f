package dev.techgraph.importer.extract.structure;

import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into clauses at semicolons, colons, dashes, "but"/"whereas", ", which"/", where", and
 * ", and it ..." (a new subject), and cuts off a leading subordinate or prepositional phrase ("While Python
 * can ...,", "For real-time apps,"). Marks clauses that assert nothing (questions, "whether") and hedged
 * ones ("Technically, ...", "While X can ...").
 */
public final class ClauseSplitter {

    private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "when",
            "if", "since", "because", "as", "unless", "once", "even", "whenever");
    private static final Set<String> CONCESSIVE = Set.of("while", "although", "though", "whereas", "even");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "for", "with", "at", "by", "from", "among",
            "unlike", "like", "compared", "besides", "beyond", "instead", "after", "before", "during", "outside",
            "within", "across", "apart", "despite", "thanks", "given", "finally", "usually", "moreover",
            "however", "technically", "theoretically", "today", "still", "yet", "overall", "meanwhile", "so",
            "also", "first", "second", "third", "lastly", "ultimately", "historically", "generally", "typically");
    /** "Unlike Zorblang, Kestrel has ...": the technology after the comma is the subject, not a list's next item. */
    private static final Set<String> CONTRAST_LEADS = Set.of("unlike", "compared", "besides", "versus");
    private static final Set<String> HEDGE_LEADS = Set.of("technically", "theoretically");
    private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "possible");
    private static final Set<String> BREAK_WORDS = Set.of("but", "whereas", "yet");
    /** Words that open a clause with a subject of its own after ", and"/", so" ("there" opens an existential one). */
    private static final Set<String> NEW_SUBJECT = Set.of("it", "they", "its", "their", "this", "these", "there");
    /** ", and if you need X, Y is ...": a condition after ", and" opens a clause of its own. */
    private static final Set<String> CONDITIONS = Set.of("if", "when", "once", "unless", "whenever");
    /** ", and most web teams use ...": a quantified noun phrase starts a clause with a subject of its own. */
    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "some", "few", "plenty", "every",
            "other", "several");

    private ClauseSplitter() {
    }

    static List<Clause> split(SentenceView v) {
        List<Token> t = v.tokens;
        List<int[]> cuts = new ArrayList<>(); // [position, role ordinal]
        int leadEnd = leadEnd(v);
        if (leadEnd > 0) {
            cuts.add(new int[]{leadEnd, Clause.Role.MAIN.ordinal()});
        }
        for (int i = 1; i < t.size(); i++) {
            Token tok = t.get(i);
            String w = tok.lower();
            if (i <= leadEnd) {
                continue;
            }
            if (w.equals(";") || w.equals("\u2014") || w.equals("\u2013")
                    || w.equals("-") && tok.type() == Token.Type.PUNCT) {
                cuts.add(new int[]{i + 1, Clause.Role.MAIN.ordinal()});
            } else if (w.equals(":")) {
                cuts.add(new int[]{i + 1, Clause.Role.ELABORATION.ordinal()});
            } else if (BREAK_WORDS.contains(w) && !adverbialYet(v, i) || (w.equals("while") || w.equals("although") || w.equals("though"))
                    && t.get(i - 1).is(",")) {
                cuts.add(new int[]{i, Clause.Role.MAIN.ordinal()});
            } else if (w.equals(",") && i + 1 < t.size()) {
                String next = t.get(i + 1).lower();
                if (next.equals("which") || next.equals("where") || next.equals("who")) {
                    cuts.add(new int[]{i + 1, Clause.Role.RELATIVE.ordinal()});
                } else if ((next.equals("and") || next.equals("so")) && i + 2 < t.size()
                        && (NEW_SUBJECT.contains(t.get(i + 2).lower()) || startsTech(v, i + 2) && !endsTech(v, i - 1)
                        || techThenVerb(v, i + 2) || quantifiedSubject(v, i + 2)
                        || next.equals("and") && CONDITIONS.contains(t.get(i + 2).lower()))) {
                    cuts.add(new int[]{i + 1, Clause.Role.MAIN.ordinal()});
                }
            } else if (w.equals("and") && newSubjectAfterObject(v, i)) {
                cuts.add(new int[]{i, Clause.Role.MAIN.ordinal()});
            } else if (w.equals("and") && i + 1 < t.size() && (t.get(i + 1).is("it") || t.get(i + 1).is("they"))) {
                cuts.add(new int[]{i, Clause.Role.MAIN.ordinal()});
            }
        }
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        Clause.Role role = leadEnd > 0 ? Clause.Role.LEAD : Clause.Role.MAIN;
        for (int[] cut : cuts) {
            if (cut[0] <= start || cut[0] >= t.size()) {
                continue;
            }
            clauses.add(make(v, start, cut[0], role));
            start = cut[0];
            role = Clause.Role.values()[cut[1]];
        }
        clauses.add(make(v, start, t.size(), role));
        boolean hedgeNext = leadEnd > 0 && (HEDGE_LEADS.contains(t.get(v.parsed.firstWord()).lower())
                || unclaimed(v, 0, leadEnd));
        if (hedgeNext && clauses.size() > 1) {
            Clause c = clauses.get(1);
            clauses.set(1, new Clause(c.from(), c.to(), c.role(), c.asserts(), true));
        }
        return clauses;
    }

    /** "Unlike X, ...", "Compared to X, ...": the sentence opens with a contrast. */
    static boolean contrastLead(SentenceView v) {
        int first = v.parsed.firstWord();
        return first >= 0 && CONTRAST_LEADS.contains(v.tokens.get(first).lower());
    }

    /** "Rails has Hotwire and Laravel has Livewire": after an object, a technology with its own verb. */
    private static boolean newSubjectAfterObject(SentenceView v, int and) {
        Mention before = v.mentionAt(and - 1);
        Mention after = v.mentionAt(and + 1);
        if (before == null || after == null || !before.isTech() || !after.isTech()) {
            return false;
        }
        Token beforeObject = v.token(before.from() - 1);
        Token afterSubject = v.token(after.to());
        return beforeObject != null && afterSubject != null && Verbs.isVerbLike(beforeObject.lower())
                && Verbs.isVerbLike(afterSubject.lower());
    }

    /** "most web teams", "many developers": a quantifier before a plain noun, not before a technology. */
    private static boolean quantifiedSubject(SentenceView v, int i) {
        Token q = v.token(i);
        Token next = v.token(i + 1);
        return q != null && QUANTIFIERS.contains(q.lower()) && next != null && next.isWord()
                && v.mentionAt(i + 1) == null && !next.is("of");
    }

    /** "..., and C# code runs on the CLR": a technology (with "code") followed by its own verb. */
    static boolean techThenVerb(SentenceView v, int i) {
        Mention m = v.mentionAt(i);
        if (m == null || !m.isTech() || m.from() != i) {
            return false;
        }
        int k = m.to();
        if (v.wordAt(k, "code")) {
            k++;
        }
        Token next = v.token(k);
        return next != null && Verbs.isVerbLike(next.lower()) && !next.is("and") && !next.is("or");
    }

    private static boolean endsTech(SentenceView v, int i) {
        Mention m = v.mentionAt(i);
        return m != null && m.isTech();
    }

    private static boolean startsTech(SentenceView v, int i) {
        Mention m = v.mentionAt(i);
        return m != null && m.isTech();
    }

    /** End (exclusive, after the comma) of a leading subordinate or prepositional phrase, or 0. */
    private static int leadEnd(SentenceView v) {
        int first = v.parsed.firstWord();
        if (first < 0) {
            return 0;
        }
        String w = v.tokens.get(first).lower();
        if (!SUBORDINATORS.contains(w) && !PREPOSITIONS.contains(w)) {
            return 0;
        }
        for (int i = first + 1; i < v.tokens.size(); i++) {
            Token t = v.tokens.get(i);
            if (t.is(",")) {
                Mention after = v.mentionAt(i + 1);
                boolean listGoesOn = after != null && v.mentionAt(i - 1) != null
                        && after.isTech() == v.mentionAt(i - 1).isTech()
                        && !(contrastLead(v) && techThenVerb(v, i + 1));
                if (!listGoesOn) {
                    return i + 1;
                }
            }
            if (t.is(";") || t.is(":")) {
                return 0;
            }
            if ((t.is("it") || t.is("they")) && i > first + 2 && (w.equals("instead") || w.equals("unlike"))) {
                return i;
            }
        }
        return 0;
    }

    private static Clause make(SentenceView v, int from, int to, Clause.Role role) {
        boolean asserts = true;
        boolean hedged = false;
        for (int k = from; k < to; k++) {
            String w = v.tokens.get(k).lower();
            if (w.equals("?") || w.equals("whether")) {
                asserts = false;
            }
        }
        if (role == Clause.Role.LEAD) {
            String first = v.tokens.get(Math.max(0, v.parsed.firstWord())).lower();
            if (CONCESSIVE.contains(first)) {
                for (int k = from; k < to; k++) {
                    if (MODALS.contains(v.tokens.get(k).lower())) {
                        hedged = true;
                    }
                }
            }
        }
        if (!hedged && (existsBeforeContrast(v, from, to) || pastPerfectUse(v, from, to) || unclaimed(v, from, to))) {
            hedged = true;
        }
        return new Clause(from, to, role, asserts, hedged);
    }

    /**
     * "two squads had been running X for Y until spring": a past perfect progressive sets the scene for
     * a change that came after; what was done then is no claim that X suits it (its positives are dropped).
     */
    private static boolean pastPerfectUse(SentenceView v, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if (v.wordAt(k, "had") && v.wordAt(k + 1, "been") && v.tokens.get(k + 2).isWord()
                    && v.tokens.get(k + 2).lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REPORTED = Set.of("supposedly", "allegedly", "reportedly", "purportedly",
            "ostensibly");
    private static final Set<String> CLAIM_VERBS = Set.of("claims", "claim", "claimed", "promises", "promise",
            "promised", "pretends", "advertised", "marketed", "touted");
    private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being", "get",
            "gets", "got");

    /**
     * A clause that states no fact of the present world, so its positives are dropped: what holds "in theory",
     * "on paper", "in principle"; what a vendor "claims to", "promises to", is "said to" or "supposed to" be; what
     * "supposedly" holds; what a technology "used to" be; what "would" hold "if" something were otherwise.
     */
    static boolean unclaimed(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = v.tokens.get(k).lower();
            if (REPORTED.contains(w)
                    || (w.equals("theory") || w.equals("principle")) && v.wordAt(k - 1, "in")
                    || w.equals("paper") && v.wordAt(k - 1, "on")
                    || CLAIM_VERBS.contains(w) && (v.wordAt(k + 1, "to") || v.wordAt(k + 1, "that"))
                    || (w.equals("said") || w.equals("supposed")) && v.wordAt(k + 1, "to") && k > from
                    && PASSIVE.contains(v.tokens.get(k - 1).lower())
                    || w.equals("used") && v.wordAt(k + 1, "to") && !(k > 0 && PASSIVE.contains(v.tokens.get(k - 1).lower()))
                    && !v.wordAt(k - 1, "getting") && !embedded(v, from, k)
                    || w.equals("would") && counterfactual(v, k)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EMBEDDING = Set.of("that", "which", "than", "as", "who", "what", "where", "when");
    private static final Set<String> PAST_CONDITION = Set.of("had", "were", "was", "did", "could", "got");

    /** "more complex than it used to be", "the gap that X used to give": the past belongs to an embedded clause. */
    private static boolean embedded(SentenceView v, int from, int k) {
        for (int j = from; j < k; j++) {
            if (EMBEDDING.contains(v.tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "would be great if it had a bigger community": a counterfactual, whose condition (in the past tense) follows
     * in the sentence; "I would pick X if the team loves Y" is a recommendation on a condition and states it.
     */
    private static boolean counterfactual(SentenceView v, int would) {
        for (int k = would + 1; k < v.tokens.size(); k++) {
            if (v.wordAt(k, "if")) {
                for (int j = k + 1; j < Math.min(v.tokens.size(), k + 5); j++) {
                    if (PAST_CONDITION.contains(v.tokens.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
            if (v.tokens.get(k).is(".") || v.tokens.get(k).is(";")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> STILL_TO_COME = Set.of("not", "never", "no", "as", "has", "have", "had",
            "is", "are", "was", "were", "nothing", "none");

    /**
     * "not yet mature", "has yet to ship", "on it yet.": "yet" as an adverb of time joins no clauses; only the
     * conjunction ("fast, yet hard to learn") does. After a negation or an auxiliary, or before the clause ends,
     * it is the adverb.
     */
    public static boolean adverbialYet(SentenceView v, int i) {
        if (!v.wordAt(i, "yet")) {
            return false;
        }
        Token before = v.token(i - 1);
        Token after = v.token(i + 1);
        return before != null && (STILL_TO_COME.contains(before.lower()) || before.lower().endsWith("n't"))
                || after == null || !after.isWord();
    }

    private static final Set<String> EXIST = Set.of("exist", "exists", "existed");
    private static final Set<String> CONTRAST = Set.of("but", "yet", "though", "however");

    /**
     * "Machine learning packages exist for X, but ...": that something exists for X, conceded before a
     * contrast, is no claim that X suits it; the clause is hedged (its positives are dropped).
     */
    private static boolean existsBeforeContrast(SentenceView v, int from, int to) {
        boolean exists = false;
        for (int k = from; k < to; k++) {
            exists |= EXIST.contains(v.tokens.get(k).lower());
        }
        if (!exists) {
            return false;
        }
        for (int k = to; k < Math.min(v.tokens.size(), to + 2); k++) {
            if (CONTRAST.contains(v.tokens.get(k).lower())) {
                return true;
            }
        }
        return to > 0 && CONTRAST.contains(v.tokens.get(to - 1).lower());
    }
}
