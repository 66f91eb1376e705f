package dev.techgraph.importer.extract.references;

import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.model.Kind;

import java.util.Locale;
import java.util.Set;

/**
 * Comparisons inside a clause ("X is slower than Y under heavy load"): which concepts only set the
 * condition of the comparison, and how the comparative reads as a qualifier ("slower than Y").
 */
public final class Comparisons {

    /** Prepositions that always open a condition: "under load", "at scale", "during peaks", "when ...". */
    private static final Set<String> CONDITION = Set.of("under", "at", "during", "when", "whenever");
    /** Prepositions that open a condition only before a quantity: "with many connections", "for large data". */
    private static final Set<String> QUANTIFIED_CONDITION = Set.of("with", "for", "in");
    private static final Set<String> QUANTITIES = Set.of("heavy", "high", "large", "many", "big", "huge",
            "massive", "lots", "thousands", "millions", "more", "extreme", "very", "small", "few", "low", "tiny",
            "enormous", "growing", "peak", "real-world", "bigger", "larger", "higher", "heavier", "much");
    private static final Set<String> FILLERS = Set.of("the", "a", "an", "of", "very", "really", "extremely",
            "sustained", "concurrent", "real", "production");
    private static final Set<String> NEGATIVE_COMPARATIVES = Set.of("slower", "worse", "weaker", "smaller",
            "heavier", "harder", "poorer", "less", "fewer", "bigger", "larger", "higher");

    private Comparisons() {
    }

    /**
     * True when concept {@code m} sits in a condition phrase of a comparison in clause {@code c} (or, for a
     * leading phrase, in the main clause): a trait there is not the compared trait, and a use case there is
     * no verdict on the use case when the comparison goes against the technology.
     */
    public static boolean condition(SentenceView v, Analysis a, int c, Mention m) {
        Clause clause = a.clause(c);
        int prep = conditionStart(v, clause, m);
        if (prep < 0) {
            return false;
        }
        boolean leading = prep == v.parsed.firstWord();
        Clause compared = clause.role() == Clause.Role.LEAD && a.clauseCount() > 1 ? a.clause(1) : clause;
        // a leading condition ("Under heavy load, X is slower ...") governs the whole comparison after it;
        // otherwise the comparison must come before the condition ("X is slower than Y under load")
        int from = compared.from();
        int to = leading ? compared.to() : prep;
        boolean comparative = v.find(from, to, Set.of("than")) >= 0 || v.find(from, to, NEGATIVE_COMPARATIVES) >= 0;
        if (!comparative) {
            return false;
        }
        if (m.kind() == Kind.TRAIT) {
            return true;
        }
        return v.find(from, to, NEGATIVE_COMPARATIVES) >= 0 || v.find(from, to, Set.of("not", "less")) >= 0;
    }

    private static int conditionStart(SentenceView v, Clause clause, Mention m) {
        int k = m.from() - 1;
        boolean quantity = QUANTITIES.contains(v.tokens.get(m.from()).lower());
        while (k >= clause.from() && k >= m.from() - 4) {
            String w = v.tokens.get(k).lower();
            if (CONDITION.contains(w)) {
                return k;
            }
            if (QUANTIFIED_CONDITION.contains(w)) {
                return quantity ? k : -1;
            }
            if (QUANTITIES.contains(w)) {
                quantity = true;
            } else if (!FILLERS.contains(w)) {
                return -1;
            }
            k--;
        }
        return -1;
    }

    /** "slower than Go" for an opposite mention followed by "than" and a technology, else its surface. */
    public static String qualifier(SentenceView v, Mention m) {
        String surface = m.surface().toLowerCase(Locale.ROOT);
        if (v.wordAt(m.to(), "than")) {
            Group g = v.techGroupAt(m.to() + 1);
            if (g != null) {
                StringBuilder b = new StringBuilder(surface).append(" than");
                for (int k = m.to() + 1; k < g.to(); k++) {
                    b.append(' ').append(v.tokens.get(k).text());
                }
                return b.toString();
            }
        }
        return surface;
    }
}
