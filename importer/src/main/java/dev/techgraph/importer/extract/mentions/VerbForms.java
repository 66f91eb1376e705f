package dev.techgraph.importer.extract.mentions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * English morphology for {@link Lexicon}'s verb-phrase forms of a concept: the verb behind a nominalisation
 * ("reconnection" → reconnect, "compilation" → compile, "scaling" → scale), its third person and participle, the
 * adverb of an adjective ("automatic" → automatically). Spellings are generated, not
 * looked up: every candidate the endings allow is returned, and a candidate that is no word never matches text.
 */
final class VerbForms {

    private VerbForms() {
    }

    /** Candidate verbs behind a nominalisation ending in -ing or -ion; none for any other word. */
    static Set<String> verbsOf(String noun) {
        Set<String> out = new LinkedHashSet<>();
        if (noun.endsWith("ing") && noun.length() > 5) {
            String base = noun.substring(0, noun.length() - 3);
            out.add(base);
            out.add(base + "e");
            if (base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                out.add(base.substring(0, base.length() - 1)); // "running" -> run
            }
        } else if (noun.endsWith("ation") && noun.length() > 7) {
            String base = noun.substring(0, noun.length() - 5);
            out.add(base);
            out.add(base + "e");
            out.add(base + "ate");
        } else if (noun.endsWith("tion") && noun.length() > 6) {
            String base = noun.substring(0, noun.length() - 3);
            out.add(base);
            out.add(base + "e");
        }
        return out;
    }

    /**
     * The verb phrases of "first noun" with {@code verb} behind the noun and the adverb of the first word
     * ("reconnects automatically", "lazily evaluated"). The first word as the verb's object ("checks types",
     * "matches patterns") was tried and dropped: it read ordinary clauses as qualities (docs/extraction-structure.md,
     * round 17).
     */
    static List<String> phrases(String first, String verb) {
        Set<String> out = new LinkedHashSet<>();
        String adverb = adverb(first);
        String third = thirdPerson(verb);
        String participle = participle(verb);
        if (adverb != null) {
            out.add(third + " " + adverb);
            out.add(verb + " " + adverb);
            out.add(participle + " " + adverb);
            out.add(adverb + " " + participle);
        }
        return List.copyOf(out);
    }

    /** "automatic" → automatically, "simple" → simply, "lazy" → lazily, "static" → statically; null for "-ly". */
    static String adverb(String adjective) {
        if (adjective.endsWith("ly")) {
            return null;
        }
        if (adjective.endsWith("ic")) {
            return adjective + "ally";
        }
        if (adjective.endsWith("le")) {
            return adjective.substring(0, adjective.length() - 1) + "y";
        }
        if (adjective.endsWith("y")) {
            return adjective.substring(0, adjective.length() - 1) + "ily";
        }
        return adjective + "ly";
    }

    static String thirdPerson(String verb) {
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")
                || verb.endsWith("z")) {
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 2 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    static String participle(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.endsWith("y") && verb.length() > 2 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }
}
