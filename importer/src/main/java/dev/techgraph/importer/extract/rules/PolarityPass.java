package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.assembly.Fact;
import dev.techgraph.importer.extract.mentions.Lexicon;
import dev.techgraph.importer.extract.mentions.PhraseConcepts;
import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.polarity.PolarityCues;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Comparisons;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Tokenizer;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.List;
import java.util.Set;

/**
 * The one stage that decides a fact's polarity, hedge and qualifier. Rules propose what a clause states and
 * where its object sits; this pass reads the clause around it: negation triggers and their scope
 * ({@link Negation}), a leading phrase that falls under the main clause's predicate ("For games it is not
 * ideal"), surfaces that state the opposite of a concept ("slower"), and neutral surfaces judged by the
 * words around them ("the community is small"), and the label an item stands under ("Cons:", "Avoid if",
 * {@link #underLabel}). No rule builds a verdict of its own.
 */
public final class PolarityPass {

    private PolarityPass() {
    }

    /** A relation between technologies stated about the object at tokens [from, to) of the clause. */
    static Negation.Verdict of(SentenceView v, Clause clause, int from, int to) {
        return Negation.of(v, clause, from, to);
    }

    /**
     * A comparison is one even when denied: "X is not as fast as Y" still weighs the two, so
     * COMPARED_WITH is always positive; every other type reads its clause.
     */
    static Negation.Verdict of(RelationType type, SentenceView v, Clause clause, int from, int to) {
        return type == RelationType.COMPARED_WITH ? Negation.Verdict.POSITIVE : of(v, clause, from, to);
    }

    /** A fact stated by a pattern that has already refused negated sentences (co-occurrence hints, sides). */
    static Negation.Verdict stated() {
        return Negation.Verdict.POSITIVE;
    }

    /**
     * Whether a fact under this verdict is stated at all: not when unsure, not in a clause that asserts
     * nothing (a question, a condition), and not as a positive in a hedged clause ("might be fine for ...").
     */
    static boolean kept(Negation.Verdict verdict, Clause clause) {
        return !verdict.unsure() && (clause == null || clause.asserts()
                && !(clause.hedged() && verdict.polarity() == Polarity.POSITIVE));
    }

    /** A comparison stated by "vs", "than" or a comparison phrase: positive whatever the clause denies. */
    static Negation.Verdict compared() {
        return Negation.Verdict.POSITIVE;
    }

    /** "X instead of Y": the object of "instead of" is what is not used. */
    static Negation.Verdict replaced(String qualifier) {
        return Negation.Verdict.negative(qualifier);
    }

    /** The structure rules whose items are weaknesses or unsuited uses of their subject. */
    private static final Set<String> NEGATIVE_LABELS = Set.of("struct.weakness", "struct.unsuited");
    private static final String LABEL_QUALIFIER = "listed as a weakness";
    /** Punctuation after which "only" ends its clause ("a managed service only."): no restriction of what follows. */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ",", ":", "!", ")");

    /**
     * The polarity a negative label ("Cons", "Weaknesses", "Avoid if", "Where it struggles") gives the facts read
     * from one of its items, those added since the {@code from}-th. An item there is a weakness or an unsuited use
     * of the label's subject even when it reads as a plain noun phrase ("Startup time"): the label is the
     * judgement, so the item's use case comes out negative, and so does a quality named by its good end (one with
     * a named opposite, or a name that opens with a judging word: "fast startup", "extensive documentation"). A
     * trait that is a weakness in itself ("vendor lock-in") or a plain feature ("managed service") keeps its
     * polarity: "Cons: steep learning curve" states that the subject has it. An item that states its quality under
     * a condition ("only works with", "depends on", "unless") is no strength and no clear weakness: its positive
     * facts are left out.
     */
    public static void underLabel(ParsedSentence reading, Facts facts, int from, Lexicon lexicon) {
        if (!NEGATIVE_LABELS.contains(reading.rule())) {
            return;
        }
        Term subject = labelSubject(reading);
        if (subject == null) {
            return;
        }
        boolean conditional = conditional(reading.sentence.text());
        for (int k = facts.all().size() - 1; k >= from; k--) {
            Fact f = facts.all().get(k);
            if (f.source() != subject || f.polarity() != Polarity.POSITIVE
                    || f.type() != RelationType.SUITED_FOR && f.type() != RelationType.HAS_TRAIT) {
                continue;
            }
            if (conditional) {
                facts.remove(k); // "Hot reload only works with X", "Speed depends on the driver": not a strength
            } else if (f.type() == RelationType.SUITED_FOR
                    || f.type() == RelationType.HAS_TRAIT && goodEnd(f.target(), lexicon)) {
                facts.set(k, new Fact(f.source(), f.type(), f.target(), Polarity.NEGATIVE, LABEL_QUALIFIER, f.rule(),
                        f.sentence()));
            }
        }
    }

    /**
     * Whether a labelled item as written states its quality under a condition: "depends on", "unless", "varies",
     * or an "only" that restricts what follows it ("only works with", "only covers the basics").
     */
    static boolean conditional(String item) {
        List<Token> tokens = Tokenizer.tokenize(item);
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if (PolarityCues.CONDITION_WORDS.contains(w)
                    || w.equals("only") && k + 1 < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** A quality named by its good end: it has a named opposite, or its name opens with a judging word. */
    private static boolean goodEnd(Term concept, Lexicon lexicon) {
        return !PolarityCues.UNDESIRABLE.contains(concept.name())
                && (lexicon.hasOpposite(concept) || evaluativeName(concept) || namedScale(concept));
    }

    /**
     * "extensive documentation" with the bare "documentation" among its forms: the concept is the good end of the
     * scale its head noun names, the noun alone being judged by the words around it.
     */
    private static boolean namedScale(Term concept) {
        String name = concept.name().toLowerCase(java.util.Locale.ROOT);
        int space = name.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String head = name.substring(space + 1);
        return concept.surfaceForms().stream().anyMatch(f -> f.equalsIgnoreCase(head));
    }

    /** The technology a label's reading opens with ("Zorblang has ..."), or null. */
    private static Term labelSubject(ParsedSentence reading) {
        for (Mention m : reading.mentions) {
            if (m.from() == 0 && m.isTech()) {
                return m.term();
            }
        }
        return null;
    }

    /**
     * The verdict for a use case or trait mention {@code m} in clause {@code c}, or null when the clause
     * names it without judging it (a bare "ecosystem" with no evaluation).
     */
    static Negation.Verdict ofConcept(Analysis a, int c, Mention m, Group owner, List<Mention> concepts) {
        SentenceView v = a.view;
        Clause clause = a.clause(c);
            Negation.Verdict verdict = Negation.of(v, clause, m.from(), m.to());
            if (clause.role() == Clause.Role.LEAD && a.clauseCount() > 1 && !verdict.unsure()
                    && verdict.polarity() == Polarity.POSITIVE) {
                Clause main = a.clause(1);
                verdict = Negation.of(v, main, main.to(), main.to());
            } else if (frontedBefore(v, clause, m, owner) && !verdict.unsure()
                    && verdict.polarity() == Polarity.POSITIVE) {
                Clause rest = new Clause(m.to(), clause.to(), clause.role(), clause.asserts(), clause.hedged());
                verdict = Negation.of(v, rest, rest.to(), rest.to());
            }
            if (m.opposite()) {
                // an unsure verdict is a trigger whose scope ended before the form ("Few learn it, hiring is
                // hard"): the form is outside it and states the opposite on its own; a denied one is left out
                if (verdict.polarity() == Polarity.NEGATIVE && !verdict.unsure() || circumstance(v, m)) {
                    return null;
                }
                verdict = Negation.Verdict.negative(Comparisons.qualifier(v, m));
            }
            if (possessiveTopic(v, clause, m) || comparedAgainst(v, clause, m, owner) || pastRelease(v, m)) {
                return null;
            }
            String trouble = trouble(v, m);
            if (trouble != null) {
                // "security holes" is a verdict against security; "no security holes" denies the trouble, which
                // is not yet praise of the quality
                return verdict.polarity() == Polarity.POSITIVE && !verdict.unsure()
                        ? Negation.Verdict.negative(trouble) : null;
            }
            if (neutral(m) || PhraseConcepts.supportPhrase(m)) {
                verdict = evaluation(v, clause, m, verdict);
                if (verdict == null) {
                    return null;
                }
            }
            if (verdict.polarity() == Polarity.POSITIVE && !verdict.unsure() && givenUp(v, clause, m)) {
                return Negation.Verdict.negative("over");
            }
            if (verdict.polarity() == Polarity.POSITIVE && !verdict.unsure()) {
                String against = neededAgainst(v, m);
                if (against != null) {
                    return Negation.Verdict.negative(against);
                }
            }
            if (verdict.polarity() == Polarity.POSITIVE && !verdict.unsure() && c + 1 < a.clauseCount()) {
                String retracted = retracted(v, a.clause(c + 1));
                if (retracted != null) {
                    return Negation.Verdict.negative(retracted);
                }
            }
            if (m.kind() == Kind.USE_CASE && verdict.polarity() == Polarity.POSITIVE) {
                String judged = judgedAsSubject(v, clause, m);
                if (judged != null) {
                    return Negation.Verdict.negative(judged);
                }
                for (Mention other : concepts) {
                    if (other.opposite() && other.to() <= m.from()) {
                        verdict = Negation.Verdict.negative(other.surface().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        return verdict;
    }

    /**
     * "has no self-hosted edition", "there is no offline sync", "lacks X", "ships without X", "does not have X": a
     * use case denied by a word of lacking ({@code @lacking}, or a denied verb of having) that governs it directly (at most a determiner or a plain adjective
     * between) is a feature the technology does not have, which the graph states as a missing trait, not as an
     * unsuited use. A denial through a preposition ("no support for X", "without a team for X") or a verdict
     * ("not suited to X", "cannot serve X") stays an unsuited use.
     */
    static boolean lacked(SentenceView v, Clause clause, Mention m) {
        for (int k = m.from() - 1; k >= clause.from() && k >= m.from() - 3; k--) {
            String w = v.tokens.get(k).lower();
            if (PolarityCues.LACKING.contains(w)) {
                return Negation.isTrigger(v, k) && !v.wordAt(k - 1, "of");
            }
            if (PolarityCues.HAVING_VERBS.contains(w)) {
                // "does not have", "doesn't ship", "never included": a denied verb of having
                Token before = v.token(k - 1);
                return before != null && k - 1 >= clause.from() && Negation.denying(before.lower())
                        && Negation.isTrigger(v, k - 1);
            }
            if (!PolarityCues.LACKED_FILLERS.contains(w) || v.mentionAt(k) != null) {
                return false;
            }
        }
        return false;
    }

    /** The trait a lacked use case names: the same concept, stated as a feature the technology has or lacks. */
    static Term asTrait(Term useCase) {
        return new Term(Kind.TRAIT, useCase.name(), useCase.aliases(), useCase.ambiguous(), null, null, null,
                useCase.needsCue());
    }

    /**
     * "Zorb is far more readable than Kestrel", "a test runs slower than the same test in Kestrel", "I find it
     * more readable than Kestrel": a quality named before "than" belongs to the side the comparison starts from;
     * a technology named after "than" is what it is measured against, so the clause states no fact of it on its
     * own, whether the owner found is that technology itself or a pronoun resolved to it (what is compared with
     * Kestrel is not Kestrel).
     */
    private static boolean comparedAgainst(SentenceView v, Clause clause, Mention m, Group owner) {
        for (int k = m.to(); k < clause.to(); k++) {
            if (!v.wordAt(k, "than")) {
                continue;
            }
            if (!owner.reference() && owner.from() > k) {
                return true; // the owner found stands after "than" in the clause
            }
            // the first technology after "than", before the comparison's phrase ends at a comma
            for (int j = k + 1; j < clause.to() && !v.wordAt(j, ","); j++) {
                Mention after = v.mentionAt(j);
                if (after != null && after.isTech()) {
                    return owner.members().contains(after.term());
                }
            }
            return false;
        }
        return false;
    }

    /**
     * "runs an old open-source release", "earlier versions were free": a quality of a past release (a past word
     * at most two words before the concept, a release or edition noun right after it) says nothing about the
     * product as it is now.
     */
    private static boolean pastRelease(SentenceView v, Mention m) {
        Token after = v.token(m.to());
        if (after == null || !PolarityCues.EDITIONS.contains(after.lower())) {
            return false;
        }
        for (int k = Math.max(0, m.from() - 2); k < m.from(); k++) {
            if (PolarityCues.PAST_WORDS.contains(v.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A trouble the text names with the concept: a noun of trouble right after it ("security holes",
     * "performance issues") or a word of difficulty before "to" and the concept's verb ("complex to secure",
     * "tedious to maintain"); returns the words, or null.
     */
    private static String trouble(SentenceView v, Mention m) {
        Token after = v.token(m.to());
        if (after != null && PolarityCues.PROBLEM_NOUNS.contains(after.lower()) && v.mentionAt(m.to()) == null) {
            return m.surface().toLowerCase(java.util.Locale.ROOT) + " " + after.lower();
        }
        int k = m.from() - 1;
        if (v.wordAt(k, "to")) {
            Token difficulty = v.token(k - 1);
            if (difficulty != null && PolarityCues.DIFFICULTY_WORDS.contains(difficulty.lower())) {
                return difficulty.lower() + " to " + m.surface().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** Pronouns that point back to a claim just made ("It is not.", "That is wrong."). */
    private static final Set<String> CLAIM_POINTERS = Set.of("it", "this", "that", "they", "he", "she");
    /** Auxiliaries an elliptical denial is made of ("It is not", "It does not", "It isn't"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "does", "do", "did", "has",
            "have", "had", "can", "will", "'s");
    /** What may follow an elliptical denial: the sentence or clause ends there. */
    private static final Set<String> DENIAL_ENDS = Set.of(".", ";", ":", "!", "-", "\u2013", "\u2014");

    /**
     * The words by which a sentence opens by calling the previous sentence's claim false, or null: an elliptical
     * denial ("It is not; the core is C++.", "They don't.", "It isn't.") or a pronoun judged false ("That is
     * wrong.", "This is untrue."). Such a sentence names no fact itself; it takes back what was just stated
     * ("last week's issue said X is written in Y. It is not.").
     */
    public static String deniesPrevious(SentenceView v) {
        int k = 0;
        if (v.wordAt(k, "but") || v.wordAt(k, "actually") || v.wordAt(k, "no")) {
            k++;
            if (v.wordAt(k, ",")) {
                k++;
            }
        }
        Token pointer = v.token(k);
        Token aux = v.token(k + 1);
        if (pointer == null || aux == null || !CLAIM_POINTERS.contains(pointer.lower())) {
            return null;
        }
        int end;
        if (aux.lower().endsWith("n't")) {
            end = k + 2;
        } else if (AUXILIARIES.contains(aux.lower()) && (v.wordAt(k + 2, "not") || v.wordAt(k + 2, "n't"))) {
            end = k + 3;
        } else if (AUXILIARIES.contains(aux.lower()) && v.token(k + 2) != null
                && PolarityCues.CLAIM_DENIALS.contains(v.token(k + 2).lower())) {
            end = k + 3;
        } else {
            return null;
        }
        Token next = v.token(end);
        if (next != null && !DENIAL_ENDS.contains(next.text())) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        for (int j = k; j < end; j++) {
            words.append(j > k && !v.tokens.get(j).lower().startsWith("'") && !v.tokens.get(j).is("n't") ? " " : "")
                    .append(v.tokens.get(j).lower());
        }
        return words.toString();
    }

    /**
     * Takes back the positive facts of the previous sentence (facts {@code from} to {@code to}) that the next one
     * calls false ({@link #deniesPrevious}); a comparison stays one ("X is faster than Y. It is not." still
     * weighs the two).
     */
    public static void denyPrevious(Facts facts, int from, int to, String denial) {
        for (int k = from; k < to; k++) {
            Fact f = facts.all().get(k);
            if (f.polarity() == Polarity.POSITIVE && f.type() != RelationType.COMPARED_WITH) {
                facts.set(k, new Fact(f.source(), f.type(), f.target(), Polarity.NEGATIVE, denial, f.rule(),
                        f.sentence()));
            }
        }
    }

    private static final Set<String> CONCEDING = Set.of("but", "though", "although", "yet");
    /** Words of a fit that a denial turns into a verdict against it ("but it is not ideal"). */
    private static final Set<String> FIT_WORDS = Set.of("ideal", "great", "good", "recommended", "suited",
            "suitable", "fit", "best", "worth", "advisable", "wise", "optimal", "pleasant", "fun", "smooth", "nice");
    /** Words that are a verdict against a fit by themselves ("but poorly", "but it is overkill"). */
    private static final Set<String> AGAINST_WORDS = Set.of("poor", "poorly", "badly", "overkill", "mistake",
            "clunky", "painful", "awkward", "stretch", "struggle", "hack", "hacky", "cumbersome", "terrible", "awful",
            "inadequate", "impractical", "unsuitable", "unwise", "regret");

    /**
     * "Teams use X for A, but it is a poor fit", "X works for A, but poorly", "you can use X for A, though I would
     * not": a conceding clause that judges without naming a concept of its own takes back the positive before it;
     * returns the judging words, or null. A judgement on something else ("but its community is small") names a
     * concept and is no retraction.
     */
    private static String retracted(SentenceView v, Clause next) {
        int k = next.from();
        if (v.wordAt(k, ",")) {
            k++;
        }
        if (!(v.token(k) != null && CONCEDING.contains(v.token(k).lower())) || next.role() == Clause.Role.LEAD) {
            return null;
        }
        for (int j = k + 1; j < next.to(); j++) {
            Mention m = v.mentionAt(j);
            if (m != null) {
                return null;
            }
        }
        for (int j = k + 1; j < next.to(); j++) {
            String w = v.tokens.get(j).lower();
            boolean denial = Negation.denying(w);
            if (AGAINST_WORDS.contains(w) && !(v.wordAt(j - 1, "not") || v.wordAt(j - 1, "never"))
                    && !judgesNextWord(v, j, next)) {
                return w;
            }
            if (denial) {
                for (int f = j + 1; f < next.to() && f <= j + 3; f++) {
                    if (FIT_WORDS.contains(v.tokens.get(f).lower())) {
                        return "not " + v.tokens.get(f).lower();
                    }
                }
                boolean objectless = true;
                for (int f = j + 1; f < next.to(); f++) {
                    objectless &= !v.tokens.get(f).isWord();
                }
                if (objectless && j > k + 1 && (v.wordAt(j - 1, "would") || v.wordAt(j - 1, "should")
                        || v.wordAt(j, "wouldn't") || v.wordAt(j, "shouldn't"))) {
                    return "would not";
                }
            }
        }
        return null;
    }

    /**
     * "but poorly documented", "but badly packaged": an adverb against a fit that modifies the word after it judges
     * that other quality, not the fit before the contrast ("works for A, but poorly" and "but poorly suited" do).
     */
    private static boolean judgesNextWord(SentenceView v, int j, Clause clause) {
        Token after = v.token(j + 1);
        return v.tokens.get(j).lower().endsWith("ly") && j + 1 < clause.to() && after != null && after.isWord()
                && !FIT_WORDS.contains(after.lower());
    }

    private static final Set<String> PREFERENCE_VERBS = Set.of("value", "values", "valued", "prefer", "prefers",
            "preferred", "favour", "favours", "favoured", "favor", "favors", "favored", "prioritise", "prioritises",
            "prioritised", "prioritize", "prioritizes", "prioritized", "choose", "chooses", "chose", "picks", "trades");

    /**
     * "reviewers value explicitness over brevity", "Zorblang favours safety over speed": what comes after "over" in
     * a preference is what the choice gives up. The concept is right after "over" (one word may stand between)
     * and a preference verb stands at most six words before it, in its clause.
     */
    private static boolean givenUp(SentenceView v, Clause clause, Mention m) {
        int over = m.from() - 1;
        if (over >= clause.from() && !v.wordAt(over, "over") && v.mentionAt(over) == null) {
            over--;
        }
        if (over < clause.from() || !v.wordAt(over, "over")) {
            return false;
        }
        for (int k = over - 1; k >= clause.from() && k >= over - 6; k--) {
            if (PREFERENCE_VERBS.contains(v.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEED_TIMES = Set.of("once", "when", "if", "whenever", "until");
    private static final Set<String> NEEDERS = Set.of("you", "we", "they", "i", "teams", "team", "one", "users");
    private static final Set<String> NEED_VERBS = Set.of("need", "needs", "want", "wants", "require", "requires",
            "needed", "wanted", "required");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "though", "although", "whereas", "while",
            "yet", ";");
    private static final Set<String> FIT_NOUNS = Set.of("fit", "choice", "option", "pick", "tool", "replacement",
            "answer", "match");

    /**
     * "it gets awkward once you need fine-grained control", "if you need mobile front ends, X is not the right
     * fit": a concept the reader needs (a few words after "once/when/if you need") is what the sentence's verdict
     * is about; when that verdict is against the fit, the concept is one the technology does badly. Returns the
     * judging words, or null (no such need, or no verdict against it: "pick X when you need Y" stays praise).
     */
    private static String neededAgainst(SentenceView v, Mention m) {
        int need = -1;
        for (int k = m.from() - 1; k >= 2 && k >= m.from() - 4; k--) {
            String w = v.tokens.get(k).lower();
            if (NEED_VERBS.contains(w) && NEEDERS.contains(v.tokens.get(k - 1).lower())
                    && NEED_TIMES.contains(v.tokens.get(k - 2).lower())) {
                need = k - 2;
                break;
            }
            if (!v.tokens.get(k).isWord() || v.mentionAt(k) != null && v.mentionAt(k).isTech()) {
                return null; // a coordinated need ("mobile or web front ends") is still the need
            }
        }
        if (need < 0) {
            return null;
        }
        // the verdict must be in the need's own stretch of the sentence: "poor for A, but pick it when you need B"
        int start = need;
        while (start > 0 && !CONTRASTS.contains(v.tokens.get(start - 1).lower())) {
            start--;
        }
        int end = m.to();
        while (end < v.tokens.size() && !CONTRASTS.contains(v.tokens.get(end).lower())) {
            end++;
        }
        for (int j = start; j < end; j++) {
            if (j >= need && j < m.to()) {
                continue;
            }
            String w = v.tokens.get(j).lower();
            boolean denied = j > 0 && (v.wordAt(j - 1, "not") || v.wordAt(j - 1, "never"));
            if (AGAINST_WORDS.contains(w) && !denied) {
                return w;
            }
            if (Negation.denying(w)) {
                for (int f = j + 1; f < end && f <= j + 4; f++) {
                    String x = v.tokens.get(f).lower();
                    if (FIT_WORDS.contains(x) || FIT_NOUNS.contains(x)) {
                        return "not " + x;
                    }
                    if (!v.tokens.get(f).isWord()) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> SETTING_PREPOSITIONS = Set.of("on", "over", "across", "under", "behind",
            "via", "through");

    /**
     * "starts faster on slow phones", "over slow networks": an opposite form that describes the setting
     * after a preposition of place or means says nothing of the subject.
     */
    private static boolean circumstance(SentenceView v, Mention m) {
        Token before = v.token(m.from() - 1);
        Token after = v.token(m.to());
        return before != null && SETTING_PREPOSITIONS.contains(before.lower()) && after != null && after.isWord()
                && v.mentionAt(m.to()) == null;
    }

    private static final Set<String> FRONTING = Set.of("for", "in", "on", "at", "with");

    /**
     * "For serverless functions it is not ideal.": a use case or trait fronted in a phrase before the
     * subject falls under the predicate that follows, negation included.
     */
    private static boolean frontedBefore(SentenceView v, Clause clause, Mention m, Group owner) {
        int first = clause.from();
        while (first < m.from() && !v.tokens.get(first).isWord()) {
            first++;
        }
        return first < m.from() && FRONTING.contains(v.tokens.get(first).lower()) && owner.from() >= m.to()
                && owner.from() < clause.to();
    }

    /**
     * "Zorblang's type system is deliberately simple": a quality the vocabulary does not know (no forms of its
     * own), named as the technology's possession and the subject of a copula whose predicate is a known quality,
     * is the topic of that quality's fact, not a quality of its own ("Zorblang's hot reload is wonderful" still is).
     */
    private static boolean possessiveTopic(SentenceView v, Clause clause, Mention m) {
        if (m.kind() != Kind.TRAIT || m.opposite() || !m.term().aliases().isEmpty() || !v.wordAt(m.from() - 1, "'s")) {
            return false;
        }
        Mention owner = v.mentionAt(m.from() - 2);
        Token next = v.token(m.to());
        if (owner == null || !owner.isTech() || next == null || !COPULAS.contains(next.lower())) {
            return false;
        }
        for (int k = m.to() + 1; k < clause.to() && k <= m.to() + 3; k++) {
            Mention predicate = v.mentionAt(k);
            if (predicate != null) {
                return predicate.isConcept();
            }
            if (!v.tokens.get(k).isWord() || v.tokens.get(k).is("not")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> POSITIVE_WORDS = PolarityCues.POSITIVE_WORDS;
    private static final Set<String> NEGATIVE_WORDS = PolarityCues.NEGATIVE_WORDS;
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain", "feels",
            "seems", "looks", "stays", "isn't", "aren't");

    /**
     * A neutral surface standing for an evaluated concept: a bare head noun ("ecosystem" for rich
     * ecosystem, "community" for large community) or a measure without its quality ("startup time" for
     * fast startup). On its own it names a topic, not a quality.
     */
    static boolean neutral(Mention m) {
        if (m.opposite()) {
            return false;
        }
        String surface = m.surface().toLowerCase(java.util.Locale.ROOT);
        if (Lexicon.PHRASE_FORMS.contains(surface)) {
            return false; // a verb phrase listed for its concept states it ("starts in milliseconds")
        }
        String name = m.term().name().toLowerCase(java.util.Locale.ROOT);
        int space = name.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String quality = name.substring(0, space);
        boolean evaluativeName = evaluativeName(m.term());
        if (surface.indexOf(' ') < 0) {
            return name.endsWith(" " + surface) || name.endsWith(" " + surface + "s");
        }
        if (!evaluativeName || surface.contains(quality)) {
            return false;
        }
        for (String w : surface.split("[ -]")) {
            if (POSITIVE_WORDS.contains(w) || NEGATIVE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A concept name that opens with a judging word ("rich ecosystem", "high performance", "low latency"). */
    static boolean evaluativeName(Term concept) {
        String name = concept.name().toLowerCase(java.util.Locale.ROOT);
        int space = name.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String quality = name.substring(0, space);
        return POSITIVE_WORDS.contains(quality) || quality.equals("high") || quality.equals("low");
    }

    /**
     * How the clause evaluates a neutral surface: a negative word right before it or in the predicate after
     * it ("the community is smaller", "startup time and memory footprint are heavier") gives a negative
     * verdict; a positive word or a cue before it ("huge ecosystem", "known for its community", "the
     * ecosystem is enormous") keeps the computed verdict; nothing at all gives null (no fact).
     */
    static Negation.Verdict evaluation(SentenceView v, Clause clause, Mention m, Negation.Verdict verdict) {
        if (verdict.polarity() == Polarity.NEGATIVE) {
            return verdict;
        }
        boolean positive = false;
        for (int k = m.from() - 1; k >= clause.from() && k >= m.from() - 3; k--) {
            String w = v.tokens.get(k).lower();
            if (negativeWord(v, k) || againstScale(m, w)) {
                return Negation.Verdict.negative(w);
            }
            positive |= POSITIVE_WORDS.contains(w) || w.endsWith("est");
        }
        for (int k = m.from() - 1; k >= clause.from(); k--) {
            String w = v.tokens.get(k).lower();
            positive |= ConceptRule.CUES.contains(w) && !w.equals("lets") && !w.equals("supports") && !w.equals("handles");
        }
        int copula = -1;
        for (int k = m.to(); k < clause.to() && k <= m.to() + 5; k++) {
            if (COPULAS.contains(v.tokens.get(k).lower())) {
                copula = k;
                break;
            }
        }
        if (copula >= 0 && deniedFault(v, v.wordAt(copula + 1, "not") ? copula + 2 : copula + 1)) {
            return null; // "the ecosystem is not small", "the community isn't tiny": two judgements cancel out
        }
        if (copula >= 0 && (v.wordAt(copula, "isn't") || v.wordAt(copula, "aren't")
                || v.wordAt(copula + 1, "not") && Negation.isTrigger(v, copula + 1))) {
            return Negation.Verdict.negative(Negation.qualifier(v, v.wordAt(copula + 1, "not") ? copula + 1 : copula));
        }
        if (copula >= 0) {
            for (int j = copula + 1; j < clause.to() && j <= copula + 4; j++) {
                String w = v.tokens.get(j).lower();
                if (negativeWord(v, j) || againstScale(m, w)) {
                    return verdict.polarity() == Polarity.NEGATIVE ? null
                            : Negation.Verdict.negative(againstScale(m, w) ? w : negativeQualifier(v, j));
                }
                positive |= POSITIVE_WORDS.contains(w) || w.endsWith("est");
            }
            String contrast = contrastedJudgement(v, clause.to());
            if (contrast != null) {
                return Negation.Verdict.negative(contrast);
            }
        }
        return positive ? verdict : null;
    }

    /**
     * A negative word right after a denied copula ("is not small", "isn't that tiny", "are not really slow"): the
     * denial is of the fault, not of the quality. {@code k} is the token after "not" (or after "isn't").
     */
    private static boolean deniedFault(SentenceView v, int k) {
        Token before = v.token(k - 1);
        if (before == null || !(before.is("not") || before.is("isn't") || before.is("aren't"))) {
            return false;
        }
        for (int j = k; j < v.tokens.size() && j <= k + 2; j++) {
            if (negativeWord(v, j)) {
                return true;
            }
            if (!CONTRAST_FILLERS.contains(v.tokens.get(j).lower()) && !v.wordAt(j, "that")
                    && !v.wordAt(j, "really") && !v.wordAt(j, "too")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "my dashboard was the least pleasant part of the X build", "dashboards are the weakest part": a use case
     * that is the subject of a negative judgement is what the technology does badly; returns the judging word.
     */
    private static String judgedAsSubject(SentenceView v, Clause clause, Mention m) {
        if (m.to() >= clause.to() || !COPULAS.contains(v.tokens.get(m.to()).lower())) {
            return null;
        }
        for (int j = m.to() + 1; j < clause.to() && j <= m.to() + 3; j++) {
            if (negativeWord(v, j)) {
                return negativeQualifier(v, j);
            }
        }
        return null;
    }

    /**
     * A degree word against the concept's own scale: "low write throughput" for high throughput, "high latency"
     * for low latency. ("low" is no negative word by itself: "low latency" is praise.)
     */
    private static boolean againstScale(Mention m, String w) {
        String name = m.term().name().toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("high ") && (w.equals("low") || w.equals("lower") || w.equals("lowest"))
                || name.startsWith("low ") && (w.equals("high") || w.equals("higher") || w.equals("highest"));
    }

    private static final Set<String> CONTRAST_FILLERS = Set.of("still", "yet", "much", "far", "somewhat", "rather",
            "clearly", "noticeably");

    /**
     * "the ecosystem is growing but still smaller than ...": a judgement that goes on after "but" with no new
     * subject overrides the one before it; returns the negative word, or null when the contrast is not one.
     */
    private static String contrastedJudgement(SentenceView v, int end) {
        if (!v.wordAt(end, "but") && !v.wordAt(end + 1, "but")) {
            return null;
        }
        int k = v.wordAt(end, "but") ? end + 1 : end + 2;
        while (v.token(k) != null && CONTRAST_FILLERS.contains(v.token(k).lower())) {
            k++;
        }
        return v.token(k) != null && negativeWord(v, k) ? negativeQualifier(v, k) : null;
    }

    /**
     * A word that judges a quality negatively: one of the negative words, its superlative ("smallest",
     * "thinnest"), or "least" before an adjective ("the least mature").
     */
    private static boolean negativeWord(SentenceView v, int k) {
        String w = v.tokens.get(k).lower();
        if (NEGATIVE_WORDS.contains(w) || w.equals("worst")) {
            return true;
        }
        if (w.equals("least")) {
            Token next = v.token(k + 1);
            return next != null && next.isWord() && !v.wordAt(k - 1, "at");
        }
        if (!w.endsWith("est") || w.length() < 6) {
            return false;
        }
        String base = w.substring(0, w.length() - 3);
        String undoubled = base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                ? base.substring(0, base.length() - 1) : base; // "thinnest" -> thin, "smallest" stays small
        String y = base.endsWith("i") ? base.substring(0, base.length() - 1) + "y" : base;
        return NEGATIVE_WORDS.contains(base) || NEGATIVE_WORDS.contains(undoubled) || NEGATIVE_WORDS.contains(y)
                || NEGATIVE_WORDS.contains(base + "e");
    }

    private static String negativeQualifier(SentenceView v, int k) {
        String w = v.tokens.get(k).lower();
        return w.equals("least") ? w + " " + v.tokens.get(k + 1).lower() : w;
    }

}
