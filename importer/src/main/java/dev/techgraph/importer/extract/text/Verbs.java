package dev.techgraph.importer.extract.text;

import java.util.Set;

/** A rough test for words that start a predicate, used where no part-of-speech tagger is worth its cost. */
public final class Verbs {

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "can", "could",
            "does", "do", "did", "has", "have", "had", "will", "would", "should", "may", "might", "must", "also",
            "still", "often", "usually", "remains", "offers", "provides", "makes", "gives", "excels", "shines",
            "lets", "runs", "compiles", "supports", "lacks", "handles", "uses", "works", "scales", "ships",
            "comes", "keeps", "brings", "powers", "relies", "needs", "requires", "takes", "feels", "tends",
            "isn't", "aren't", "doesn't", "don't", "can't", "cannot", "won't", "never", "not", "really",
            "generally", "mostly", "typically", "only", "even", "just", "always", "strips", "grant", "grants",
            "run", "compile", "depends", "add", "adds", "prefer", "prefers", "want", "wants");

    private Verbs() {
    }

    public static boolean isVerbLike(String lower) {
        return AUXILIARIES.contains(lower);
    }
}
