package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an ambiguous name ("Go", "Rust", "React", "Flask") names the technology here: a kind word
 * next to it ("the Go language"), a known sibling in the same list ("Go and Rust"), a pattern that demands
 * a technology ("written in Go", "frameworks like Flask"), or a capital letter mid-sentence. "React to",
 * "go to" and "a flask of" never count. A term marked {@code needs-cue} in the vocabulary ("Foundation",
 * "Apache") is not supported by its capital letter alone, nor by a loose verb or preposition before it
 * ("with Apache License" is no web server): it needs a kind word, a sibling, "written in", "like" or "than".
 */
final class AmbiguityGuard {

    private static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "nor", "vs", "vs.", "versus", "&", "/", "plus",
            "than", "like");
    private static final Set<String> DEMANDING = Set.of("in", "with", "using", "use", "uses", "learn", "learning",
            "choose", "chose", "pick", "picked", "adopt", "adopted", "than", "vs", "versus", "like", "onto");
    /** The demanding words that still support a {@code needs-cue} name ("written in", "like", "than"). */
    private static final Set<String> COMPARING = Set.of("in", "like", "than", "vs", "versus");
    private static final Set<String> FOLLOW = Set.of("code", "codebase", "developers", "programmers", "program",
            "programs", "ecosystem", "community", "project", "projects", "team", "teams", "app", "apps",
            "service", "services", "binaries", "binary", "compiler", "side", "version", "versions", "devs",
            "support", "syntax", "backend", "backends", "release", "releases", "api", "apis", "core", "'s", "is",
            "was", "has", "handles", "shines", "offers", "runs", "compiles", "gives", "guarantees", "lacks");
    private static final Set<String> VETO_NEXT = Set.of("to", "ahead", "away", "through", "off", "along",
            "beyond", "of");
    private static final Set<String> VETO_PREVIOUS = Set.of("will", "would", "can", "could", "should",
            "must", "might", "may", "not");

    private AmbiguityGuard() {
    }

    /** Support within the sentence itself; {@code needsCue}: a capital letter alone is not support. */
    static boolean supported(ParsedSentence s, TermTrie.Match m, List<TermTrie.Match> techSpans, boolean needsCue) {
        if (!plausible(s, m)) {
            return false;
        }
        List<Token> tokens = s.tokens;
        Token next = m.to() < tokens.size() ? tokens.get(m.to()) : null;
        Token previous = m.from() > 0 ? tokens.get(m.from() - 1) : null;
        if (next != null && KindWords.any(next.lower()).isPresent()) {
            return true;
        }
        if (previous != null && (KindWords.any(previous.lower()).isPresent() || DEMANDING.contains(previous.lower())
                && (!needsCue || COMPARING.contains(previous.lower()))
                && (previous.is("in") ? writtenIn(tokens, m.from() - 1) : true))) {
            return true;
        }
        if (next != null && next.is(",") && m.to() + 2 < tokens.size()
                && (KindWords.any(tokens.get(m.to() + 2).lower()).isPresent()
                || m.to() + 3 < tokens.size() && KindWords.any(tokens.get(m.to() + 3).lower()).isPresent()
                && Set.of("its", "a", "an", "the").contains(tokens.get(m.to() + 1).lower()))) {
            return true;
        }
        if (siblingNear(tokens, m, techSpans)) {
            return true;
        }
        if (needsCue) {
            return false;
        }
        boolean midSentence = m.from() > s.firstWord() && !(previous != null && (previous.is(":")
                || previous.is("\"") || previous.is("\u201c")));
        return midSentence && !s.heading() && tokens.get(m.from()).capitalised()
                || next != null && FOLLOW.contains(followingVerb(tokens, m.to()).lower())
                && tokens.get(m.from()).capitalised() && !s.heading();
    }

    /** Adverbs a writer puts between a name and the verb describing it ("Zorb also has", "Kestrel now ships"). */
    private static final Set<String> ADVERBS = Set.of("also", "still", "now", "already", "even", "only", "really",
            "just", "finally", "recently", "meanwhile", "additionally", "likewise", "similarly");

    /** The word after the name, stepping over one adverb. */
    private static Token followingVerb(List<Token> tokens, int at) {
        Token next = tokens.get(at);
        return ADVERBS.contains(next.lower()) && at + 1 < tokens.size() ? tokens.get(at + 1) : next;
    }

    /** Not vetoed by the words around it; used when the document supports the name elsewhere. */
    static boolean plausible(ParsedSentence s, TermTrie.Match m) {
        List<Token> tokens = s.tokens;
        Token next = m.to() < tokens.size() ? tokens.get(m.to()) : null;
        Token previous = m.from() > 0 ? tokens.get(m.from() - 1) : null;
        if (next != null && VETO_NEXT.contains(next.lower()) && !purpose(tokens, m, previous, next)) {
            return false;
        }
        return previous == null || !VETO_PREVIOUS.contains(previous.lower());
    }

    /**
     * "use Go to build services", "pair it with Lombok to cut boilerplate": after a verb or preposition that
     * demands a technology, a capitalised name followed by "to" starts a purpose clause, not "go to".
     */
    private static boolean purpose(List<Token> tokens, TermTrie.Match m, Token previous, Token next) {
        return next.is("to") && previous != null && DEMANDING.contains(previous.lower()) && !previous.is("than")
                && tokens.get(m.from()).capitalised() && m.to() + 1 < tokens.size()
                && tokens.get(m.to() + 1).isWord() && !tokens.get(m.to() + 1).capitalised();
    }

    private static boolean writtenIn(List<Token> tokens, int inAt) {
        if (inAt == 0) {
            return false;
        }
        String verb = tokens.get(inAt - 1).lower();
        return verb.equals("written") || verb.equals("built") || verb.equals("implemented") || verb.equals("coded")
                || verb.equals("code") || verb.equals("programming") || verb.equals("services")
                || verb.equals("developed") || verb.equals("rewritten") || verb.equals("apps");
    }

    private static boolean siblingNear(List<Token> tokens, TermTrie.Match m, List<TermTrie.Match> techSpans) {
        for (TermTrie.Match other : techSpans) {
            if (other == m) {
                continue;
            }
            if (other.to() <= m.from() && m.from() - other.to() <= 2 && onlyListWords(tokens, other.to(), m.from())
                    || other.from() >= m.to() && other.from() - m.to() <= 2
                    && onlyListWords(tokens, m.to(), other.from())) {
                if (other.to() - 1 < tokens.size() && tokens.get(other.from()).capitalised()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onlyListWords(List<Token> tokens, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!LIST_WORDS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
