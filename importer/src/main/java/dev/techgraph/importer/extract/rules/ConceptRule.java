package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Comparisons;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.List;
import java.util.Set;

/**
 * SUITED_FOR and HAS_TRAIT: every use case or trait a clause names belongs to the technologies the clause
 * is about ({@link Analysis#ownerOf}); lists distribute. A leading phrase without a technology of its own
 * ("For real-time apps, Node.js ...") lends its concepts to the main clause. The rule id names the cue
 * ("ideal", "known", "excels"...) when there is one. Whether a named concept is judged, and how, is
 * {@link PolarityPass#ofConcept}'s decision.
 */
public final class ConceptRule implements Rule {

    static final Set<String> CUES = Set.of("suited", "suitable", "ideal", "built", "designed", "great",
            "good", "used", "excels", "shines", "powers", "powering", "dominance", "dominates", "known", "offers",
            "has", "choice", "perfect", "strong", "preferred", "fit", "relies", "go-to", "popular", "guarantees",
            "handles", "lets", "supports", "best", "bundles", "includes", "ships", "get");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            List<Mention> concepts = v.conceptsIn(clause);
            int objectRelative = objectRelative(v, clause);
            for (Mention m : concepts) {
                if (m.from() > objectRelative) {
                    break;
                }
                if (v.wordAt(m.from() - 1, "than") || v.wordAt(m.from() - 2, "than") && v.wordAt(m.from() - 1, "the")) {
                    continue;
                }
                Group owner = a.ownerOf(c, m.from());
                if (owner == null && clause.role() == Clause.Role.LEAD && a.clauseCount() > 1) {
                    owner = a.subject(1);
                }
                Group named = namedFor(a, clause, m);
                if (named != null) {
                    owner = named;
                }
                if (owner == null) {
                    continue;
                }
                if (Comparisons.condition(v, a, c, m) || predicateOfConcept(v, clause, m)
                        || modifierInSubject(v, clause, m) || modifiesUseCase(v, m)) {
                    continue;
                }
                if (!concepts.isEmpty() && useCaseAsSubject(v, clause, concepts.get(0), owner)) {
                    continue;
                }
                if (m.opposite() && usedAsVerb(v, m) || attributiveOnOtherNoun(v, m) || governed(v, m)) {
                    continue;
                }
                RelationType type = m.kind() == Kind.USE_CASE ? RelationType.SUITED_FOR : RelationType.HAS_TRAIT;
                Negation.Verdict verdict = PolarityPass.ofConcept(a, c, m, owner, concepts);
                if (verdict == null) {
                    continue;
                }
                String rule = (type == RelationType.SUITED_FOR ? "suited_for." : "has_trait.") + cue(v, clause, m);
                if (RETIRED.contains(rule) || type == RelationType.SUITED_FOR
                        && (everydayNoun(v, m, rule) || lentByFeatureLabel(v, rule))) {
                    continue;
                }
                Term target = m.term();
                if (type == RelationType.SUITED_FOR && v.parsed.rule() != null
                        && MATRIX_FEATURES.contains(v.parsed.rule())) {
                    // "| Self-hosted | yes |": a plain yes or no under a column that names a use case says whether
                    // the row has it as a feature; a grade ("excellent") weighs a fit and is read as suitability
                    type = RelationType.HAS_TRAIT;
                    target = PolarityPass.asTrait(target);
                    rule = "has_trait.matrix_feature";
                } else if (type == RelationType.SUITED_FOR && verdict.polarity() == Polarity.NEGATIVE
                        && (PolarityPass.lacked(v, clause, m) || Negation.PLANNED.equals(verdict.qualifier()))) {
                    // "has no self-hosted edition", "plans to add X": a missing feature, HAS_TRAIT negative, not an
                    // unsuited use
                    type = RelationType.HAS_TRAIT;
                    target = PolarityPass.asTrait(target);
                    rule = "has_trait.lacked";
                }
                out.add(owner.members(), type, List.of(target), verdict, clause, rule, v.parsed.index());
            }
            if (concepts.isEmpty() && c > 0) {
                there(a, c, out);
            }
        }
    }

    /**
     * Cue and type pairings that state nothing: "choice" weighs options and "offers" introduces features, so a
     * trait after "choice" or a use case after "offers" belonged to something else in every set measured
     * ({@code bench/rule-report.py}: 0 of 3 and 0 of 1 right over seeds, extra, dev and holdout); a trait after
     * "supports" was wrong 3 times of 3 over those sets and dev2 (what is supported is a technology or a use).
     * A use case after "ships", "relies" or "powers" was wrong every time over dev2-dev8 (0 of 7, 0 of 2, 0 of 2)
     * and never right on the guard sets: what a product ships or relies on is a part, and what it powers is
     * usually one deployment, not a kind of project it suits.
     */
    private static final Set<String> RETIRED = Set.of("has_trait.cue_choice", "suited_for.cue_offers",
            "has_trait.cue_supports", "suited_for.cue_ships", "suited_for.cue_relies", "suited_for.cue_powers");

    /**
     * "Features: structured logging with Zorbit", "Highlights: streaming by default": a strengths or features
     * label lends its item only the cue of its template ("is good for", "is well suited for"), and an item that
     * names a use case there is a feature the product has or a part it is used with, not a kind of project it
     * suits ({@code bench/rule-report.py} over dev2-dev9: 1 right of 29). An item with a cue of its own ("Ideal
     * for ...") keeps that cue's id and stays, and so does an item that is nothing but a list of concepts
     * ("Strengths: real-time applications, a large community"): there the label itself is the judgement.
     */
    private static boolean lentByFeatureLabel(SentenceView v, String rule) {
        return v.parsed.rule() != null && LENDING_LABELS.contains(v.parsed.rule()) && LENT_CUES.contains(rule)
                && !onlyConcepts(v, v.find(0, v.tokens.size(), Set.of("for")) + 1);
    }

    /** Whether everything from {@code from} to the sentence's end is concepts, list words and punctuation. */
    private static boolean onlyConcepts(SentenceView v, int from) {
        if (from <= 0) {
            return false;
        }
        for (int k = from; k < v.tokens.size(); k++) {
            Mention at = v.mentionAt(k);
            Token t = v.tokens.get(k);
            if (at != null && at.isConcept()) {
                k = at.to() - 1;
            } else if (t.isWord() && !LIST_FILLERS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Readings of a plain yes or no in a feature matrix ("X has F.", "X does not have F."); a sentence no structure
     * rule read has no rule id, which an immutable set refuses to look up.
     */
    private static final Set<String> MATRIX_FEATURES = Set.of("struct.matrix_has", "struct.matrix_lacks");

    private static final Set<String> LENDING_LABELS = Set.of("struct.strength");
    private static final Set<String> LENT_CUES = Set.of("suited_for.cue_suited", "suited_for.cue_good");

    /** Rule ids whose cue names no purpose: the use case is then only named in passing. */
    private static final Set<String> PASSING = Set.of("suited_for.clause", "suited_for.cue_has",
            "suited_for.cue_handles", "suited_for.cue_relies", "suited_for.cue_supports", "suited_for.cue_lets");

    /**
     * "keep builds green", "remote caching in the cloud", "Jupyter kernels": a one-word, lower-case form that
     * stands for a broader use case of several words ("builds" for build automation, "cloud" for cloud
     * computing, "kernels" for operating systems) is an everyday noun of the trade in most sentences; it
     * names the use case only as a purpose ("for builds", "great at networking") or right after the
     * technology it is made with ("our Zorblang backend", "the Kestrel formatter"), never in passing.
     */
    private static boolean everydayNoun(SentenceView v, Mention m, String rule) {
        if (m.to() - m.from() != 1 || !PASSING.contains(rule)) {
            return false;
        }
        String surface = m.surface();
        String name = m.term().name();
        if (!surface.equals(surface.toLowerCase(java.util.Locale.ROOT)) || name.indexOf(' ') < 0
                || name.equalsIgnoreCase(surface)) {
            return false;
        }
        Mention before = v.mentionAt(m.from() - 1);
        if (before != null && before.isTech() || predicateNoun(v, m) || recommends(v, m)) {
            return false;
        }
        int k = m.from() - 1;
        while (k >= 0 && PURPOSE_FILLERS.contains(v.tokens.get(k).lower())) {
            k--;
        }
        return !(v.wordAt(k, "for") || v.wordAt(k, "at"));
    }

    /**
     * "X is an opinionated formatter", "adopt X as their linter": an agent noun as predicate says what X does
     * (a thing noun does not: "X is a streaming database").
     */
    private static boolean predicateNoun(SentenceView v, Mention m) {
        String surface = m.surface().toLowerCase(java.util.Locale.ROOT);
        if (!surface.endsWith("er") && !surface.endsWith("or")) {
            return false;
        }
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - 4); k--) {
            Token t = v.tokens.get(k);
            Mention at = v.mentionAt(k);
            if (!t.isWord() && !t.is("-") || at != null && at.isTech()) {
                return false;
            }
            if (PREDICATE_DETERMINERS.contains(t.lower())) {
                return k > 0 && PREDICATE_LINKS.contains(v.tokens.get(k - 1).lower());
            }
        }
        return false;
    }

    private static final Set<String> PREDICATE_DETERMINERS = Set.of("a", "an", "the", "their", "its", "our", "your");
    private static final Set<String> PREDICATE_LINKS = Set.of("is", "are", "was", "were", "as", "remains", "becomes");

    /** "Choose X when your product leans on analytics": a recommendation states what X suits. */
    private static boolean recommends(SentenceView v, Mention m) {
        return v.find(0, m.from(), RECOMMENDING) >= 0;
    }

    private static final Set<String> RECOMMENDING = Set.of("choose", "pick", "recommend", "recommended", "prefer");

    private static final Set<String> PURPOSE_FILLERS = Set.of("the", "a", "an", "its", "their", "our", "your",
            "mostly", "mainly", "only", "just", "both", "all", "most", "many", "some", "large", "small", "big");

    private static final Set<String> THERE_CUES = Set.of("go-to", "choice", "standard", "king", "wins", "rules",
            "dominates", "leads", "shines", "excels", "better", "best", "preferred", "default", "favorite",
            "favourite", "winner", "answer");

    /** "the go-to language" (tokenised as go, -, to). */
    private static boolean goTo(SentenceView v, Clause clause) {
        for (int k = clause.from(); k + 2 < clause.to(); k++) {
            if (v.wordAt(k, "go") && v.tokens.get(k + 1).is("-") && v.wordAt(k + 2, "to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Elixir is not a good choice for machine learning; Python remains the go-to language there.": a
     * clause with its own subject that ends in "there" and names a choice takes the use cases of the clause
     * before it.
     */
    private static void there(Analysis a, int c, Facts out) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
        Group subject = a.subject(c);
        if (subject == null || subject == a.subject(c - 1) || v.find(clause.from(), clause.to(), THERE_CUES) < 0 && !goTo(v, clause)) {
            return;
        }
        int there = v.find(clause.from(), clause.to(), Set.of("there"));
        Token next = v.token(there + 1);
        if (there < 0 || next == null || next.isWord() || there < subject.to()) {
            return;
        }
        List<Term> useCases = v.conceptsIn(a.clause(c - 1)).stream().filter(m -> m.kind() == Kind.USE_CASE
                && !m.opposite()).map(Mention::term).toList();
        if (!useCases.isEmpty()) {
            out.add(subject.members(), RelationType.SUITED_FOR, useCases, PolarityPass.of(v, clause, there, there + 1),
                    clause, "suited_for.there", v.parsed.index());
        }
    }

    /**
     * Start of an object relative clause ("the APIs that front end applications consume"): what it names
     * belongs to its own subject, not to the technology.
     */
    private static int objectRelative(SentenceView v, Clause clause) {
        for (int k = clause.from(); k + 1 < clause.to(); k++) {
            if (v.wordAt(k, "that") && afterNoun(v, k) || v.wordAt(k, "which") && !v.wordAt(k - 1, ",")) {
                Token next = v.token(k + 1);
                if (next != null && next.isWord() && v.mentionAt(k + 1) != null && v.mentionAt(k + 1).isConcept()) {
                    return k;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain", "feels",
            "seems", "looks", "stays", "isn't", "aren't");
    private static final Set<String> PREDICATE_FILLERS = Set.of("not", "as", "so", "very", "quite", "still",
            "really", "particularly", "that", "too", "nearly", "fairly", "rather", "somewhat");

    /**
     * "the ecosystem is not as mature as ...": an adjective predicated of a concept evaluates that concept
     * (handled by {@link PolarityPass#evaluation}), it is no trait of the technology of its own.
     */
    private static boolean predicateOfConcept(SentenceView v, Clause clause, Mention m) {
        if (m.kind() != Kind.TRAIT) {
            return false;
        }
        int k = m.from() - 1;
        while (k > clause.from() && PREDICATE_FILLERS.contains(v.tokens.get(k).lower())) {
            k--;
        }
        if (k <= clause.from() || !COPULAS.contains(v.tokens.get(k).lower())) {
            return false;
        }
        for (Mention other : v.conceptsIn(clause)) {
            if (other.to() <= k && other != m && PolarityPass.neutral(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A plain SPA is not ideal for SEO." with the technology only known from the discourse: the use case is
     * what the clause judges, not what the technology is suited for; nothing else the clause names belongs
     * to the technology either.
     */
    private static boolean useCaseAsSubject(SentenceView v, Clause clause, Mention m, Group owner) {
        if (m.kind() != Kind.USE_CASE || owner.from() >= clause.from() && owner.from() < m.from()) {
            return false;
        }
        for (int k = clause.from(); k < m.from(); k++) {
            if (v.mentionAt(k) != null || !v.tokens.get(k).isWord() || Verbs.isVerbLike(v.tokens.get(k).lower())) {
                return false;
            }
        }
        return COPULAS.contains(v.tokens.get(Math.min(m.to(), clause.to() - 1)).lower());
    }

    /**
     * "Use Zorb for small files, or Kestrel for datasets and models": a use case right after "X for" (or later
     * in the list it opens) is X's, whoever the clause is about.
     */
    private static Group namedFor(Analysis a, Clause clause, Mention m) {
        SentenceView v = a.view;
        if (m.kind() != Kind.USE_CASE) {
            return null;
        }
        int k = m.from() - 1;
        while (k > clause.from()) {
            Mention before = v.mentionAt(k);
            String w = v.tokens.get(k).lower();
            if (before != null && before.isConcept()) {
                k = before.from() - 1;
            } else if (before == null && LIST_FILLERS.contains(w)) {
                k--;
            } else {
                break;
            }
        }
        if (!v.wordAt(k, "for")) {
            return null;
        }
        for (Group g : v.techGroupsIn(clause)) {
            // "slower than X for Y" weighs the subject against X, "most guides mention X for Y" is about the
            // guides: only a technology the clause could be about owns the phrase
            if (g.to() == k && !v.wordAt(g.from() - 1, "than") && a.subjectLike(g)) {
                return g;
            }
        }
        return null;
    }

    private static final Set<String> LIST_FILLERS = Set.of(",", "and", "or", "the", "a", "an", "its", "their",
            "your", "our", "my");

    /** "overkill for simple scripts": a quality right before a use case describes the use case. */
    private static boolean modifiesUseCase(SentenceView v, Mention m) {
        Mention next = v.mentionAt(m.to());
        return m.kind() == Kind.TRAIT && !m.opposite() && next != null && next.isConcept()
                && next.kind() == Kind.USE_CASE;
    }

    /**
     * "its game tooling is nowhere near as mature": a use case modifying the head noun of the subject
     * says what the head is for; it is only kept when the head itself is judged positively.
     */
    private static boolean modifierInSubject(SentenceView v, Clause clause, Mention m) {
        if (m.kind() != Kind.USE_CASE) {
            return false;
        }
        Mention head = v.mentionAt(m.to());
        if (head == null || !head.isConcept() || head.kind() != Kind.TRAIT) {
            return false;
        }
        Negation.Verdict verdict = PolarityPass.of(v, clause, head.from(), head.to());
        if (PolarityPass.neutral(head)) {
            verdict = PolarityPass.evaluation(v, clause, head, verdict);
        }
        return verdict == null || verdict.unsure() || verdict.polarity() == dev.techgraph.model.Polarity.NEGATIVE;
    }

    /**
     * Nouns a quality of which is a quality of the technology itself: its kind ("a simple language", from
     * {@link KindWords}) and what it is made of or makes ("fast binaries", "simple syntax").
     */
    private static final Set<String> OWN_HEADS = Set.of("code", "binary", "binaries", "program", "programs", "app",
            "apps", "application", "applications", "executable", "executables", "service", "services", "build",
            "builds", "compiler", "compilers", "runtime", "syntax", "tooling", "toolchain", "ecosystem",
            "community", "api", "apis", "core", "design", "defaults", "type", "types", "standard", "model",
            "abstractions", "foundation", "option", "choice", "alternative", "default", "platform", "stack", "way");

    /** Words that may follow a predicative adjective ("X is fast enough", "simple to learn", "fast in practice"). */
    private static final Set<String> AFTER_PREDICATE = Set.of("and", "or", "but", "nor", "than", "to", "for", "in",
            "on", "with", "at", "as", "of", "by", "from", "enough", "too", "when", "if", "because", "since", "so",
            "out", "overall", "today", "now", "here", "there", "again", "indeed", "already", "yet", "still",
            "compared", "thanks", "though", "although", "while", "whereas", "where", "which", "that", "until",
            "unless", "once", "even", "also", "either", "anyway", "under", "without", "across", "per", "after", "through",
            "via", "almost", "about", "around", "like", "not", "only", "just", "all", "most", "more", "within", "into",
            "inside", "outside", "beyond", "over", "behind", "upon", "against", "toward", "towards", "among",
            "before", "during", "everywhere", "anywhere", "nowadays", "lately", "then", "instead", "versus", "vs");

    /**
     * "beyond simple endpoints", "by far the fastest pages": a one-word quality (an adjective form, not the
     * concept's own name) right before a plain noun describes that noun, not the technology; it still counts
     * before the technology's kind or its own parts ("a simple language", "fast binaries").
     */
    private static boolean attributiveOnOtherNoun(SentenceView v, Mention m) {
        if (!adjectiveForm(m)) {
            return false;
        }
        Token next = v.token(m.to());
        if (next == null || !next.isWord() || v.mentionAt(m.to()) != null || !next.text().equals(next.lower())) {
            return false;
        }
        String w = next.lower();
        if (AFTER_PREDICATE.contains(w) || Verbs.isVerbLike(w) || w.endsWith("ly") || w.endsWith("ed")) {
            return false;
        }
        // the noun phrase may go on with more modifiers: "mature virtual machines"
        for (int k = m.to(); k < m.to() + 3; k++) {
            Token t = v.token(k);
            if (t == null || !t.isWord() || v.mentionAt(k) != null) {
                break;
            }
            if (OWN_HEADS.contains(t.lower()) || KindWords.any(t.lower()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Endings of nouns ("concurrency through ...", "reflection almost entirely"): no adjective, no attribute. */
    /** A one-word trait form that is no noun: not the concept's name, no word of it, no noun ending. */
    private static boolean adjectiveForm(Mention m) {
        if (m.kind() != Kind.TRAIT || m.to() - m.from() != 1 || m.surface().equalsIgnoreCase(m.term().name())) {
            return false;
        }
        String surface = m.surface().toLowerCase(java.util.Locale.ROOT);
        // a word of the concept's own name is its noun ("ecosystem" of rich ecosystem), no adjective
        boolean ownNoun = List.of(m.term().name().toLowerCase(java.util.Locale.ROOT).split("[ -]")).contains(surface);
        return !ownNoun && NOUN_ENDINGS.stream().noneMatch(surface::endsWith);
    }

    private static final List<String> NOUN_ENDINGS = List.of("ion", "ity", "ness", "ment", "ship", "ency", "ance",
            "ence", "ism", "ing", "ure");

    /** "slow teams down": the word is a verb here, not a quality. */
    private static boolean usedAsVerb(SentenceView v, Mention m) {
        for (int k = m.to(); k < m.to() + 3; k++) {
            if (v.wordAt(k, "down")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "does the work for free", "lock-free queues", "feel free to fork it": a one-word quality that ends a
     * compound or makes an idiom says nothing of the technology.
     * Only an adjective form is concerned: a noun ("notorious for boilerplate", a matrix cell read "good for
     * readability", the head of the concept's name) names the quality; so does an opposite ("good for younger").
     */
    private static boolean governed(SentenceView v, Mention m) {
        String surface = m.surface().toLowerCase(java.util.Locale.ROOT);
        String name = m.term().name().toLowerCase(java.util.Locale.ROOT);
        if (m.kind() != Kind.TRAIT || m.to() - m.from() != 1 || m.opposite() || surface.equals(name)
                || name.endsWith(" " + surface) || NOUN_ENDINGS.stream().anyMatch(surface::endsWith)) {
            return false; // a noun: "notorious for boilerplate", "a small ecosystem"
        }
        Token before = v.token(m.from() - 1);
        Token after = v.token(m.to());
        boolean ends = after == null || CLAUSE_ENDS.contains(after.lower());
        return before != null && before.is("-") && before.type() == Token.Type.JOINER
                || before != null && before.is("for") && ends && IDIOMS_AFTER_FOR.contains(surface)
                || before != null && before.is("feel") && after != null && after.is("to");
    }

    /**
     * "for free" is an idiom; other qualities after "for" are still read, because the structure pass says a
     * Pros item as "X is good for fast".
     */
    private static final Set<String> IDIOMS_AFTER_FOR = Set.of("free");

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ":", "!", "?", ")");

    /** "APIs that ..." is a relative clause; "lacks that control" is a determiner. */
    private static boolean afterNoun(SentenceView v, int that) {
        Token before = v.token(that - 1);
        if (before == null) {
            return false;
        }
        if (before.is(")") || v.mentionAt(that - 1) != null) {
            return true;
        }
        return before.isWord() && before.lower().endsWith("s") && !Verbs.isVerbLike(before.lower());
    }

    private static String cue(SentenceView v, Clause clause, Mention m) {
        for (int k = m.from() - 1; k >= clause.from(); k--) {
            String w = v.tokens.get(k).lower();
            if (CUES.contains(w)) {
                return "cue_" + w;
            }
        }
        return "clause";
    }
}
