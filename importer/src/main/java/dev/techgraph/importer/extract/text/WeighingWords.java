package dev.techgraph.importer.extract.text;

import java.util.Set;

/**
 * Words that announce the technologies listed after them as the ones weighed ("compares", "candidates",
 * "shortlist"): the comparison rule reads such a list as compared technologies, and the structure stage does not
 * take it for the picks of a need. Kept here, below both stages, so that neither depends on the other for it.
 */
public final class WeighingWords {

    private static final Set<String> WORDS = Set.of("compare", "compares", "compared", "comparing", "comparison",
            "candidates", "contenders", "shortlist", "shortlisted", "evaluated", "evaluating", "benchmarked");

    private WeighingWords() {
    }

    /** Whether a lower-case word announces a comparison. */
    public static boolean announces(String lower) {
        return WORDS.contains(lower);
    }
}
