package dev.techgraph.importer.extract.polarity;

import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.ClauseSplitter;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.model.Polarity;

import java.util.List;
import java.util.Set;

/**
 * NegEx-style polarity of a fact whose object sits at a token of a clause: a trigger ("not", "n't", "no", "few",
 * "never", "without", "lacks", "rarely", "neither/nor", "none", and "removes/eliminates/avoids": what a feature
 * removes is what the technology does not have) before the object negates it while its
 * scope lasts; the scope ends at a comma that does not continue a list, or at "but", "which", "because"...
 * Pseudo-negations ("not only", "no doubt", "not limited to") are skipped. Hedges: "limited" anywhere in
 * the clause negates ("support is limited"), "niche" only qualifies. When a trigger precedes the object
 * but its scope was cut, the verdict is {@link Verdict#UNSURE}: the caller drops the fact.
 */
public final class Negation {

    /** The polarity of one fact, or unsure. */
    public record Verdict(Polarity polarity, String qualifier, boolean unsure) {
        public static final Verdict POSITIVE = new Verdict(Polarity.POSITIVE, null, false);
        static final Verdict UNSURE = new Verdict(Polarity.POSITIVE, null, true);

        public static Verdict negative(String qualifier) {
            return new Verdict(Polarity.NEGATIVE, qualifier, false);
        }

        Verdict qualified(String q) {
            return qualifier != null || q == null ? this : new Verdict(polarity, q, unsure);
        }
    }

    private static final Set<String> TRIGGERS = PolarityCues.TRIGGERS;
    /** "less suited", "less mature": a comparative of a quality negates it; "less memory" does not. */
    private static final Set<String> LESS_ADJECTIVES = PolarityCues.LESS_ADJECTIVES;
    private static final Set<String> SCOPE_END = PolarityCues.SCOPE_END;
    private static final Set<String> ADVERBS = Set.of("natively", "directly", "always", "fully", "quite",
            "really", "well", "yet", "officially", "ideal", "good", "great", "recommended", "designed", "built",
            "suited", "used", "the", "a", "an", "as", "very", "particularly");

    /** Triggers that negate only the phrase they head ("without a collector"), not a coordinated phrase after. */
    private static final Set<String> PHRASAL = PolarityCues.PHRASAL;
    private static final Set<String> PREPOSITIONS = Set.of("for", "with", "in", "on", "at", "to", "by", "as",
            "from", "through", "via", "thanks");

    private Negation() {
    }

    /** Polarity of a fact about the object at tokens [object, objectEnd) of {@code clause}. */
    public static Verdict of(SentenceView v, Clause clause, int object, int objectEnd) {
        List<Token> t = v.tokens;
        Verdict verdict = Verdict.POSITIVE;
        boolean inScope = false;
        boolean cut = false;
        boolean phrasal = false;
        String qualifier = null;
        int denial = -1;
        for (int k = clause.from(); k < object; k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (inScope && denial >= 0 && deniesDenial(v, denial, k)) {
                // "does not lack", "not without", "not uncommon", "never fails": two denials make an assertion
                inScope = false;
                cut = false;
                denial = -1;
                continue;
            }
            if (isTrigger(v, k) && !(w.equals("non") && object != k + 2)) {
                denial = DENIALS.contains(w) || w.endsWith("n't") ? k : -1;
                inScope = true;
                cut = false;
                phrasal = PHRASAL.contains(w);
                qualifier = qualifier(v, k);
                if (w.equals("nor") || w.equals("neither") || w.equals("none")) {
                    qualifier = null;
                }
            } else if (inScope && (SCOPE_END.contains(w) && !ClauseSplitter.adverbialYet(v, k)
                    || w.equals(",") && !listGoesOn(v, k, phrasal))) {
                inScope = false;
                cut = true;
            } else if (inScope && phrasal && (w.equals("and") || w.equals("or"))
                    && (v.token(k + 1) != null && (PREPOSITIONS.contains(v.token(k + 1).lower())
                    || Verbs.isVerbLike(v.token(k + 1).lower())))) {
                // "known for safety without a collector and for speed": "without" negates its own phrase only
                inScope = false;
            } else if (inScope && (w.equals("instead") || w.equals("rather"))) {
                inScope = false;
                cut = true;
            }
        }
        if (inScope) {
            verdict = Verdict.negative(qualifier);
        } else if (cut) {
            verdict = Verdict.UNSURE;
        }
        String before = weakAdjective(v, clause, object);
        if (before != null && verdict.polarity() == Polarity.POSITIVE && !verdict.unsure()) {
            verdict = Verdict.negative(before);
        }
        String after = negativePredicate(v, clause, objectEnd);
        if (after == null) {
            after = paidEditionOnly(v, clause, objectEnd);
        }
        if (after == null) {
            after = noLonger(v, clause, objectEnd);
        }
        if (after == null) {
            after = deniedFunction(v, clause, objectEnd);
        }
        if (after != null && verdict.polarity() == Polarity.POSITIVE && !verdict.unsure()) {
            verdict = Verdict.negative(after);
        }
        if (verdict.polarity() == Polarity.POSITIVE && !verdict.unsure() && planned(v, clause, object, objectEnd)) {
            verdict = Verdict.negative(PLANNED);
        }
        if (localNegation(v, clause, object)) {
            verdict = Verdict.negative(t.get(object - 2).lower() + " " + t.get(object - 1).lower());
        } else if (exception(v, clause, object) && !verdict.unsure() && verdict.polarity() == Polarity.POSITIVE) {
            // the exception to a denial ("would not start a project on it, except for embedded targets") is
            // left alone: only the exception to a praise is denied
            verdict = Verdict.negative("except");
        }
        if (!verdict.unsure() && verdict.polarity() == Polarity.POSITIVE) {
            verdict = verdict.qualified(condition(v, clause, object, objectEnd));
            for (int k = clause.from(); k < clause.to(); k++) {
                String w = t.get(k).lower();
                if (w.equals("limited") && !(k > 0 && t.get(k - 1).is("not"))) {
                    return Verdict.negative("limited");
                }
                if (w.equals("niche")) {
                    return nichePredicate(v, k) ? Verdict.negative("niche") : Verdict.UNSURE;
                }
            }
        }
        return verdict;
    }

    /** Denials that can deny a second negative word right after them ("not without", "never fails"). */
    private static final Set<String> DENIALS = Set.of("not", "never", "no", "hardly", "cannot");
    /** Negative words that never deny a denial: they coordinate it ("not A nor B", "not fast and not safe"). */
    private static final Set<String> COORDINATED = Set.of("not", "never", "no", "nor", "neither", "none", "nothing",
            "nobody", "cannot", "few");

    /**
     * Whether the negative word at {@code k} is what the denial at {@code denial} denies: a trigger or an
     * "un-" adjective ("uncommon", "unusable") at most four plain words after it, with no concept, punctuation
     * or conjunction between ("not that X is unusable for Y" asserts X is usable).
     */
    private static boolean deniesDenial(SentenceView v, int denial, int k) {
        if (k - denial > 5) {
            return false;
        }
        String w = v.tokens.get(k).lower();
        boolean negative = !COORDINATED.contains(w) && !w.endsWith("n't") && isTrigger(v, k)
                || unAdjective(v, k) || troubleBeforePreposition(v, k);
        if (!negative) {
            return false;
        }
        for (int j = denial + 1; j < k; j++) {
            Token between = v.tokens.get(j);
            Mention m = v.mentionAt(j);
            if (!between.isWord() || between.is("and") || between.is("or") || between.is("but")
                    || m != null && m.isConcept()) {
                return false;
            }
        }
        return true;
    }

    /** "uncommon", "unusable", "unreasonable"; not "understand", "unique", "until", "unpack". */
    private static boolean unAdjective(SentenceView v, int k) {
        String w = v.tokens.get(k).lower();
        return w.startsWith("un") && w.length() >= 7 && !w.startsWith("under") && !w.startsWith("uni")
                && !w.startsWith("unt") && v.tokens.get(k).isWord() && v.mentionAt(k) == null;
    }

    private static final Set<String> MODALS = Set.of("can", "could", "may", "might");
    private static final Set<String> CONDITIONS = Set.of("with", "if", "given", "provided", "using");

    /**
     * A positive that holds only on a condition the clause names: "X can handle real-time work with async
     * frameworks" supports X for real-time work only with something that is not X itself. A modal before the
     * object and a condition word within two tokens after it, followed by words that name no entity; the
     * qualifier is the condition ("with async frameworks"). "X can be used with Y" (an entity) is no hedge.
     */
    static String condition(SentenceView v, Clause clause, int object, int objectEnd) {
        boolean modal = false;
        for (int k = clause.from(); k < object; k++) {
            modal |= MODALS.contains(v.tokens.get(k).lower());
        }
        if (!modal) {
            return null;
        }
        for (int k = objectEnd; k < Math.min(clause.to(), objectEnd + 3); k++) {
            if (!CONDITIONS.contains(v.tokens.get(k).lower())) {
                continue;
            }
            StringBuilder q = new StringBuilder(v.tokens.get(k).lower());
            for (int j = k + 1; j < Math.min(clause.to(), k + 4); j++) {
                Token t = v.tokens.get(j);
                if (v.mentionAt(j) != null) {
                    return null;
                }
                if (!t.isWord()) {
                    break;
                }
                q.append(' ').append(t.lower());
            }
            return q.indexOf(" ") > 0 ? q.toString() : null;
        }
        return null;
    }

    private static final Set<String> DEGREE = Set.of("very", "pretty", "rather", "quite", "fairly", "still",
            "really", "somewhat", "notoriously", "surprisingly", "relatively", "comparatively");

    /** "weak concurrency", "rather immature tooling": a weak adjective right before the object (after a degree word). */
    private static String weakAdjective(SentenceView v, Clause clause, int object) {
        int k = object - 1;
        if (k < clause.from() || !PolarityCues.WEAK_ADJECTIVES.contains(v.tokens.get(k).lower())
                || v.mentionAt(k) != null) {
            return null;
        }
        String w = v.tokens.get(k).lower();
        return k - 1 >= clause.from() && DEGREE.contains(v.tokens.get(k - 1).lower())
                ? v.tokens.get(k - 1).lower() + " " + w : w;
    }

    /** Predicate adjectives that judge the object badly ("local testing is clunky", "caching is harder"). */
    private static final Set<String> NEGATIVE_PREDICATES = PolarityCues.NEGATIVE_PREDICATES;

    /** "its library ecosystem is smaller": a negative predicate right after the object. */
    private static String negativePredicate(SentenceView v, Clause clause, int objectEnd) {
        int k = ownerAfter(v, clause, objectEnd);
        String trailing = trailingVerb(v, clause, k);
        if (trailing != null) {
            return trailing;
        }
        Token copula = v.token(k);
        if (copula != null && k < clause.to() && (copula.is("isn't") || copula.is("aren't"))) {
            return deniedFault(v, k + 1) ? null : qualifier(v, k);
        }
        if (!(v.wordAt(k, "is") || v.wordAt(k, "are") || v.wordAt(k, "remains") || v.wordAt(k, "feels"))) {
            k = modalCopula(v, clause, k);
            if (k < 0) {
                return null;
            }
        }
        k++;
        if (k < clause.to() && isTrigger(v, k) && (v.wordAt(k, "not") || v.wordAt(k, "never"))) {
            // "the ecosystem is not small", "startup is never slow": the denial is of a fault, not of the quality
            return deniedFault(v, k + 1) ? null : qualifier(v, k);
        }
        while (k < clause.to() && (v.wordAt(k, "still") || v.wordAt(k, "much") || v.wordAt(k, "somewhat")
                || v.wordAt(k, "far") || v.wordAt(k, "quite") || v.wordAt(k, "generally") || v.wordAt(k, "rather"))) {
            k++;
        }
        String weakness = weaknessNoun(v, clause, k);
        if (weakness != null) {
            return weakness;
        }
        Token t = v.token(k);
        if (t == null || k >= clause.to() || !NEGATIVE_PREDICATES.contains(t.lower())) {
            return null;
        }
        // "hard to beat", "difficult to match": a difficulty of rivals is praise
        if (v.wordAt(k + 1, "to") && (v.wordAt(k + 2, "beat") || v.wordAt(k + 2, "match") || v.wordAt(k + 2, "top")
                || v.wordAt(k + 2, "rival") || v.wordAt(k + 2, "outperform"))) {
            return null;
        }
        return t.lower();
    }

    private static final Set<String> QUALIFYING_PREPOSITIONS = Set.of("at", "in", "on", "for", "under", "with");
    private static final int QUALIFIER_WORDS = 3;

    /**
     * "its speed still trails Zorb", "startup at equal settings lags behind": a verb of falling behind
     * ({@code @trailing-verbs}) right after the quality (a short qualifying phrase and "still" between) says the
     * quality is a weakness; returns the verb, or null.
     */
    private static String trailingVerb(SentenceView v, Clause clause, int k) {
        if (k < clause.to() && QUALIFYING_PREPOSITIONS.contains(v.tokens.get(k).lower())) {
            int end = k + 1;
            while (end < clause.to() && end <= k + QUALIFIER_WORDS && v.tokens.get(end).isWord()
                    && !PolarityCues.TRAILING_VERBS.contains(v.tokens.get(end).lower())
                    && !Verbs.isVerbLike(v.tokens.get(end).lower())) {
                end++;
            }
            k = end;
        }
        while (k < clause.to() && PolarityCues.MODAL_FILLERS.contains(v.tokens.get(k).lower())) {
            k++;
        }
        Token verb = v.token(k);
        return verb != null && k < clause.to() && PolarityCues.TRAILING_VERBS.contains(verb.lower())
                ? verb.lower() : null;
    }

    /**
     * "hiring can also be tricky", "the build may get painful": a modal at {@code k}, at most two plain adverbs,
     * then a copula verb; returns the copula's index, or -1. A denied modal ("cannot be", "may not be") is not
     * one: the denial is read by the trigger scan.
     */
    private static int modalCopula(SentenceView v, Clause clause, int k) {
        if (!(k < clause.to() && PolarityCues.COPULA_AUXILIARIES.contains(v.tokens.get(k).lower()))) {
            return -1;
        }
        for (int j = k + 1; j < clause.to() && j <= k + 3; j++) {
            String w = v.tokens.get(j).lower();
            if (PolarityCues.MODAL_COPULAS.contains(w)) {
                return j;
            }
            if (!PolarityCues.MODAL_FILLERS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> DENIED_FAULT_FILLERS = Set.of("that", "too", "really", "very", "so", "at",
            "all", "particularly", "especially");

    /** A fault word right after a denial ("not small", "not that slow", "never too heavy"). */
    private static boolean deniedFault(SentenceView v, int k) {
        for (int j = k; j < v.tokens.size() && j <= k + 2; j++) {
            String w = v.tokens.get(j).lower();
            if (PolarityCues.NEGATIVE_WORDS.contains(w) || NEGATIVE_PREDICATES.contains(w)) {
                return true;
            }
            if (!DENIED_FAULT_FILLERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A feature or port announced but not shipped: "Zorb plans to add hot reload", "is expected to gain X" (a lead
     * before "to" and a verb of getting), "the planned X", "X is planned / on the roadmap / in the works / coming in
     * 3.0" (right after the object), "will come to Y, but that has not happened yet" (a denied verb of arrival after
     * ", but that/it/this" later in the sentence). The technology does not have it yet, so the fact is negative;
     * "as expected" or "is supposed to be fast" (no verb of getting) plan nothing.
     */
    private static boolean planned(SentenceView v, Clause clause, int object, int objectEnd) {
        // "was slated to get X, and it finally landed in 2.1": an arrival after the object keeps the fact
        return announced(v, clause, object, objectEnd) && !arrivalAffirmed(v, objectEnd);
    }

    private static boolean announced(SentenceView v, Clause clause, int object, int objectEnd) {
        for (int k = clause.from(); k < object; k++) {
            String w = v.tokens.get(k).lower();
            if (PolarityCues.PLAN_LEADS.contains(w) && v.wordAt(k + 1, "to") && k + 2 < object
                    && PolarityCues.PLAN_VERBS.contains(v.tokens.get(k + 2).lower())) {
                return true;
            }
            if (w.equals("roadmap") || w.equals("will") && v.wordAt(k + 1, "eventually")) {
                return true;
            }
        }
        for (int k = object - 1; k >= clause.from() && k >= object - 2; k--) {
            if (PolarityCues.PLAN_ADJECTIVES.contains(v.tokens.get(k).lower())) {
                return true;
            }
        }
        int k = ownerAfter(v, clause, objectEnd);
        if (v.wordAt(k, "is") || v.wordAt(k, "are")) {
            if (v.wordAt(k + 1, "still") || v.wordAt(k + 1, "only")) {
                k++;
            }
            if (v.token(k + 1) != null && PolarityCues.PLAN_PREDICATES.contains(v.token(k + 1).lower())
                    || v.wordAt(k + 1, "on") && v.wordAt(k + 2, "the") && v.wordAt(k + 3, "roadmap")
                    || v.wordAt(k + 1, "in") && v.wordAt(k + 2, "the") && v.wordAt(k + 3, "works")) {
                return true;
            }
        }
        return arrivalDenied(v, objectEnd);
    }

    /** The qualifier of a feature announced but not shipped. */
    public static final String PLANNED = "planned, not shipped";

    /** "and it finally landed", "it shipped in 2.1": a verb of arrival after the object with no denial before it. */
    private static boolean arrivalAffirmed(SentenceView v, int from) {
        for (int k = from; k < v.tokens.size(); k++) {
            String w = v.tokens.get(k).lower();
            if (PolarityCues.ARRIVAL_VERBS.contains(w) && !PolarityCues.ARRIVAL_BASES.contains(w)) {
                return !deniedBefore(v, k);
            }
        }
        return false;
    }

    /** ", but that has not happened yet", "but it never shipped": a later clause takes the announcement back. */
    private static boolean arrivalDenied(SentenceView v, int from) {
        for (int k = from; k + 3 < v.tokens.size(); k++) {
            if (!v.wordAt(k, "but")) {
                continue;
            }
            Token pointer = v.token(k + 1);
            if (pointer == null || !(pointer.is("that") || pointer.is("it") || pointer.is("this"))) {
                return false;
            }
            for (int j = k + 2; j < v.tokens.size() && j <= k + 5; j++) {
                String w = v.tokens.get(j).lower();
                if (PolarityCues.ARRIVAL_VERBS.contains(w)) {
                    return deniedBefore(v, j);
                }
                if (!v.tokens.get(j).isWord()) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /** "not", "never", "isn't": a word that denies the verb right after it. */
    public static boolean denying(String lower) {
        return lower.equals("not") || lower.equals("never") || lower.endsWith("n't");
    }

    /** "has not shipped", "never landed", "has not happened yet" read back from the verb: a denial right before it. */
    private static boolean deniedBefore(SentenceView v, int k) {
        Token before = v.token(k - 1);
        return before != null && (denying(before.lower())
                || before.is("yet") && v.token(k - 2) != null && denying(v.token(k - 2).lower()));
    }

    private static final Set<String> DENIED_AUXILIARIES = Set.of("does", "do", "did", "will", "would", "can",
            "could");

    /**
     * "hot reload does not work on release builds", "generics don't survive compilation", "the plugin never worked":
     * right after the object (an adverb such as "also" or "still" allowed), a denial and a verb of working or
     * existing; returns the denial and the verb, or null. "garbage collection does not pause for long" denies a
     * fault, not the concept, and its verb is no verb of working.
     */
    private static String deniedFunction(SentenceView v, Clause clause, int objectEnd) {
        int k = ownerAfter(v, clause, objectEnd);
        if (k < clause.to() && PolarityCues.MODAL_FILLERS.contains(v.tokens.get(k).lower())) {
            k++;
        }
        int verb;
        if (v.wordAt(k, "never")) {
            verb = k + 1;
        } else if (k + 1 < clause.to() && DENIED_AUXILIARIES.contains(v.tokens.get(k).lower())
                && v.wordAt(k + 1, "not")) {
            verb = k + 2;
        } else if (v.token(k) != null && v.token(k).lower().endsWith("n't")) {
            verb = k + 1;
        } else {
            return null;
        }
        if (verb >= clause.to() || !PolarityCues.FUNCTION_VERBS.contains(v.tokens.get(verb).lower())) {
            return null;
        }
        return v.tokens.get(verb - 1).lower() + " " + v.tokens.get(verb).lower();
    }

    private static final Set<String> NO_LONGER_VERBS = Set.of("supported", "maintained", "available", "included",
            "shipped", "offered", "developed", "bundled", "recommended", "compatible", "works", "work");

    /**
     * "Flux no longer supported" (a cell), "the Kestrel adapter is no longer maintained": what follows the object
     * says it has ended; returns "no longer ..." or null.
     */
    private static String noLonger(SentenceView v, Clause clause, int objectEnd) {
        int k = ownerAfter(v, clause, objectEnd);
        while (k < clause.to() && k <= objectEnd + 3 && RESTRICTED_VERBS.contains(v.tokens.get(k).lower())) {
            k++;
        }
        if (k + 2 < clause.to() + 1 && v.wordAt(k, "no") && v.wordAt(k + 1, "longer") && v.token(k + 2) != null
                && NO_LONGER_VERBS.contains(v.token(k + 2).lower())) {
            return "no longer " + v.token(k + 2).lower();
        }
        return null;
    }

    private static final Set<String> RESTRICTIONS = Set.of("only", "exclusively", "reserved", "locked");
    /** What may stand between a feature and its restriction ("is available only in ...", "ships only with"). */
    private static final Set<String> RESTRICTED_VERBS = Set.of("is", "are", "remains", "remain", "ships", "ship",
            "comes", "come", "available", "offered", "included", "supported", "sold", "unlocked", "still", "currently");

    /**
     * "replication is only available in the enterprise edition", "SSO ships only with the paid plan", "reserved
     * for the Pro tier": a feature kept for a paid edition is one the product as such does not have. The
     * restriction must follow the object within a few words, and a paid word ({@code @paid-tiers}) and an edition
     * noun ({@code @editions}) must follow it with no other name between; returns the restricting phrase, or null.
     */
    private static String paidEditionOnly(SentenceView v, Clause clause, int objectEnd) {
        int only = -1;
        int from = ownerAfter(v, clause, objectEnd);
        for (int k = from; k < clause.to() && k <= from + 3; k++) {
            String w = v.tokens.get(k).lower();
            if (RESTRICTIONS.contains(w)) {
                only = k;
                break;
            }
            if (!RESTRICTED_VERBS.contains(w) && !(w.equals(",") && k == from)) {
                return null;
            }
        }
        if (only < 0) {
            return null;
        }
        boolean paid = false;
        for (int k = only + 1; k < clause.to() && k <= only + 7; k++) {
            String w = v.tokens.get(k).lower();
            Mention m = v.mentionAt(k);
            if (m != null && !m.isConcept() || w.equals(",") || SCOPE_END.contains(w)) {
                return null;
            }
            paid |= PolarityCues.PAID_TIERS.contains(w);
            if (paid && PolarityCues.EDITIONS.contains(w)) {
                return Token.join(v.tokens, only, k + 1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private static final Set<String> OWNER_PREPOSITIONS = Set.of("in", "of", "around", "on");

    /**
     * "concurrency in Zorblang is weak", "the ecosystem around Falcon is thin": the technology the quality belongs to,
     * named after it, stands between the quality and its predicate; returns the token after it, else {@code k}.
     */
    private static int ownerAfter(SentenceView v, Clause clause, int k) {
        if (k + 1 >= clause.to() || !OWNER_PREPOSITIONS.contains(v.tokens.get(k).lower())) {
            return k;
        }
        Mention m = v.mentionAt(k + 1);
        return m != null && m.isTech() && m.from() == k + 1 && m.to() < clause.to() ? m.to() : k;
    }

    private static final Set<String> WEAKNESS_LEADS = Set.of("a", "an", "the", "its", "their", "main", "biggest",
            "big", "real", "one", "only", "major", "obvious", "clear", "known", "weak", "sore", "blind", "pain");
    private static final Set<String> SORE = Set.of("weak", "sore", "blind", "pain");

    /**
     * "concurrency is Kestrel's weak spot", "is an afterthought", "is its main drawback": a weakness noun as the
     * predicate of the quality before the copula (after a determiner, a possessive and a few adjectives);
     * returns the noun phrase, or null.
     */
    private static String weaknessNoun(SentenceView v, Clause clause, int k) {
        for (int j = k; j < clause.to() && j <= k + 4; j++) {
            Token t = v.tokens.get(j);
            String w = t.lower();
            if (PolarityCues.WEAKNESS_NOUNS.contains(w)
                    || (w.equals("spot") || w.equals("point") || w.equals("spots") || w.equals("points")) && j > k
                    && SORE.contains(v.tokens.get(j - 1).lower())) {
                return SORE.contains(v.tokens.get(j - 1).lower()) ? v.tokens.get(j - 1).lower() + " " + w : w;
            }
            Mention m = v.mentionAt(j);
            boolean possessive = m != null && m.isTech() || w.equals("'s") || w.equals("'");
            if (!(WEAKNESS_LEADS.contains(w) || possessive)) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> NICHE_FILLERS = Set.of("still", "a", "an", "rather", "quite", "somewhat",
            "fairly", "very", "pretty", "relatively", "too", "more", "mostly", "largely", "really", "kind", "of",
            "something");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain", "stays",
            "stay", "feels", "seems", "looks", "'s", "becomes", "become");

    /**
     * "X is (still) niche", "X remains a niche choice": "niche" as the predicate says the technology is not
     * the usual choice, a negative verdict (as in "this approach is niche and not the standard practice").
     */
    private static boolean nichePredicate(SentenceView v, int niche) {
        int k = niche - 1;
        while (k >= 0 && NICHE_FILLERS.contains(v.tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && COPULAS.contains(v.tokens.get(k).lower());
    }

    /** "instead of X", "rather than X": negates just the object right after it. */
    private static boolean localNegation(SentenceView v, Clause clause, int object) {
        return object - 2 >= clause.from() && (v.wordAt(object - 2, "instead") && v.wordAt(object - 1, "of")
                || v.wordAt(object - 2, "rather") && v.wordAt(object - 1, "than"));
    }

    /** "except (for) X", "everything but X": the object is excepted from what the clause says before it. */
    private static boolean exception(SentenceView v, Clause clause, int object) {
        return object - 2 >= clause.from() && (v.wordAt(object - 2, "except") && v.wordAt(object - 1, "for")
                || v.wordAt(object - 1, "but") && (v.wordAt(object - 2, "everything") || v.wordAt(object - 2, "anything")))
                || object - 1 >= clause.from() && v.wordAt(object - 1, "except");
    }

    public static boolean isTrigger(SentenceView v, int k) {
        Token tok = v.tokens.get(k);
        String w = tok.lower();
        if (PolarityCues.UNFIT_WORDS.contains(w)) {
            return v.token(k + 1) != null && UNFIT_PREPOSITIONS.contains(v.token(k + 1).lower())
                    && !deniedJustBefore(v, k);
        }
        if (!(TRIGGERS.contains(w) || w.endsWith("n't"))) {
            return false;
        }
        if (w.equals("little") && !(v.token(k + 1) != null && SUPPORT_NOUNS.contains(v.token(k + 1).lower()))) {
            return false; // "little support for X"; "uses little memory" is praise
        }
        if (w.equals("clear") && !(v.wordAt(k + 1, "of") && v.token(k - 1) != null
                && v.token(k - 1).lower().matches("steer|steering|stay|staying|keep"))) {
            return false;
        }
        if (w.equals("last") && !(v.token(k + 1) != null && LAST_NOUNS.contains(v.token(k + 1).lower()))) {
            return false; // "the last thing I would reach for", "a last resort"; "the last release" is no verdict
        }
        if ((w.equals("removed") || w.equals("away")) && !v.wordAt(k + 1, "from")) {
            return false;
        }
        if (w.equals("short") && !(v.wordAt(k - 1, "falls") || v.wordAt(k - 1, "fall") || v.wordAt(k - 1, "fell")
                || v.wordAt(k - 1, "falling") || v.wordAt(k - 1, "comes") || v.wordAt(k - 1, "come"))) {
            return false;
        }
        if (w.equals("few") && (v.token(k - 1) != null && FEW_DETERMINERS.contains(v.token(k - 1).lower())
                || !(v.token(k + 1) != null && v.token(k + 1).isWord()))) {
            return false; // "a few teams", "the few hot paths" are no denial; "few teams use it" is
        }
        if (w.equals("non") && !(v.token(k + 1) != null && v.token(k + 1).is("-"))) {
            return false; // "non-native look": the prefix negates the word it is joined to
        }
        if (w.equals("yet") && !((v.wordAt(k - 1, "has") || v.wordAt(k - 1, "have") || v.wordAt(k - 1, "had"))
                && v.wordAt(k + 1, "to"))) {
            return false; // "has yet to ship" denies; "not yet" leaves the denial to "not"
        }
        if ((w.equals("lags") || w.equals("lag") || w.equals("lagging")) && !v.wordAt(k + 1, "behind")) {
            return false; // "lags behind Y in speed"; "input lag" is a noun
        }
        if (w.equals("heavy") && !v.wordAt(k + 1, "for")) {
            return false; // "heavy for small apps" denies the fit; "heavy lifting" does not
        }
        if (w.equals("weak") && !(v.wordAt(k + 1, "at") || v.wordAt(k + 1, "in") || v.wordAt(k + 1, "on")
                || v.wordAt(k + 1, "for"))) {
            return false; // "weak at game work" denies; "weak typing" is a trait of its own
        }
        if ((w.equals("bad") || w.equals("wrong")) && !(v.token(k + 1) != null
                && (FIT_NOUNS.contains(v.token(k + 1).lower()) || v.wordAt(k + 1, "at") || v.wordAt(k + 1, "for")))) {
            return false; // "a bad choice for", "the wrong tool for", "bad at"; "bad press" denies nothing
        }
        if ((w.equals("misses") || w.equals("missing")) && !missingVerb(v, k)) {
            return false; // "Zorblang misses a debugger", "it is still missing X"; "cache misses" is a noun
        }
        if (w.equals("absence") && !v.wordAt(k + 1, "of")) {
            return false;
        }
        if ((w.equals("drops") || w.equals("dropped") || w.equals("dropping")) && !v.wordAt(k + 1, "support")) {
            return false; // "drops support for X"; "latency drops" denies nothing
        }
        if (w.equals("far") && !v.wordAt(k + 1, "from")) {
            return false;
        }
        if (w.equals("ill") && !(v.token(k + 1) != null && v.token(k + 1).is("-"))) {
            return false;
        }
        if (w.equals("less") && !(v.token(k + 1) != null && LESS_ADJECTIVES.contains(v.token(k + 1).lower()))) {
            return false;
        }
        if ((w.equals("spot") || w.equals("spots")) && !(v.wordAt(k - 1, "weak") || v.wordAt(k - 1, "sore"))) {
            return false;
        }
        Token next = v.token(k + 1);
        String n = next == null ? "" : next.lower();
        if ((w.equals("not") || w.endsWith("n't")) && (n.equals("only") || n.equals("just") || n.equals("to")
                && v.wordAt(k + 2, "mention") || n.equals("limited") && v.wordAt(k + 2, "to")
                || n.equals("necessarily") || (n.equals("ruling") || n.equals("rule") || n.equals("ruled"))
                && (v.wordAt(k + 2, "out") || v.wordAt(k + 3, "out")))) {
            return false; // "not ruling X out for Y" keeps Y open: a hedge, not a denial
        }
        if ((w.equals("not") || w.equals("never") || w.equals("no") || w.endsWith("n't")) && problemNoun(v, k + 1)) {
            return false; // "its speed is not the problem", "never an issue": the quality is no weakness
        }
        if (w.equals("no") && PolarityCues.NO_PSEUDO.contains(n)) {
            return false; // "no doubt", "no wonder it is fast", "no shortage of plugins"
        }
        if (w.equals("nothing") && n.equals("but")) {
            return false;
        }
        if (RIVALS.contains(w) && rivalry(v, k)) {
            return false; // "nothing beats X for Y", "no other tool comes close": praise of X
        }
        return true;
    }

    /** Words that open a rivalry no one wins: "nothing beats", "nobody else matches", "no other tool tops". */
    private static final Set<String> RIVALS = Set.of("nothing", "nobody", "none", "no");

    /**
     * Whether the rival word at {@code k} is the subject of a verb of rivalry ({@code @rival-verbs}) at most
     * three plain words on ("nothing else quite matches", "none of the others beat", "no other engine comes
     * close"); "comes" counts only before "close".
     */
    private static boolean rivalry(SentenceView v, int k) {
        for (int j = k + 1; j <= k + 4 && j < v.tokens.size(); j++) {
            Token t = v.tokens.get(j);
            String w = t.lower();
            if (PolarityCues.RIVAL_VERBS.contains(w)) {
                boolean comes = w.equals("comes") || w.equals("come") || w.equals("came");
                return !comes || v.wordAt(j + 1, "close");
            }
            if (!t.isWord() || v.mentionAt(j) != null && v.mentionAt(j).isConcept()) {
                return false;
            }
        }
        return false;
    }

    /** "trouble with", "issues on": a word of trouble before a preposition, denied or not ("never had issues with"). */
    private static boolean troubleBeforePreposition(SentenceView v, int k) {
        return PolarityCues.UNFIT_WORDS.contains(v.tokens.get(k).lower()) && v.token(k + 1) != null
                && UNFIT_PREPOSITIONS.contains(v.token(k + 1).lower());
    }

    /** A denial right before a word of trouble: "no problems with", "never had issues on", "without trouble". */
    private static boolean deniedJustBefore(SentenceView v, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String w = v.tokens.get(j).lower();
            if (w.equals("no") || w.equals("not") || w.equals("never") || w.equals("without") || w.equals("few")
                    || w.endsWith("n't") || w.equals("zero")) {
                return true;
            }
            if (!v.tokens.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> UNFIT_PREPOSITIONS = Set.of("for", "at", "with", "on", "under");
    private static final Set<String> SUPPORT_NOUNS = Set.of("support", "adoption", "traction", "interest",
            "tooling", "documentation", "momentum", "backing");
    private static final Set<String> LAST_NOUNS = Set.of("thing", "choice", "option", "tool", "resort", "pick");

    /** Nouns of a verdict on a fit: "a bad choice", "the wrong tool", "a poor match". */
    private static final Set<String> FIT_NOUNS = Set.of("fit", "choice", "pick", "match", "idea", "option", "tool",
            "bet", "answer", "platform", "language", "framework", "default");
    private static final Set<String> MISSING_LEADS = Set.of("it", "they", "still", "also", "sorely", "currently",
            "is", "are", "was", "were", "'s", "really", "simply", "completely", "entirely", "notably");

    /** "misses"/"missing" as the verb of a technology or after a copula, not the noun ("cache misses"). */
    private static boolean missingVerb(SentenceView v, int k) {
        Token before = v.token(k - 1);
        if (before == null) {
            return false;
        }
        Mention m = v.mentionAt(k - 1);
        return m != null && m.isTech() || MISSING_LEADS.contains(before.lower());
    }

    private static final Set<String> PROBLEM_NOUNS = Set.of("problem", "issue", "concern", "bottleneck", "worry",
            "dealbreaker", "deal-breaker", "obstacle", "limitation", "weakness");

    /** "(the|a|an|really a) problem" right after a negation. */
    private static boolean problemNoun(SentenceView v, int k) {
        for (int j = k; j <= k + 2; j++) {
            Token t = v.token(j);
            if (t == null || !t.isWord()) {
                return false;
            }
            if (PROBLEM_NOUNS.contains(t.lower()) || PROBLEM_NOUNS.contains(t.lower().replaceAll("s$", ""))
                    || PolarityCues.WEAKNESS_NOUNS.contains(t.lower())) {
                return true;
            }
            if (!(t.is("the") || t.is("a") || t.is("an") || t.is("really") || t.is("much") || t.is("real")
                    || t.is("big") || t.is("major"))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> FEW_DETERMINERS = Set.of("a", "the", "these", "those", "its", "their", "our",
            "my", "your", "his", "her", "quite", "every", "each");

    private static boolean listGoesOn(SentenceView v, int comma, boolean phrasal) {
        Mention before = v.mentionAt(comma - 1);
        Mention after = v.mentionAt(comma + 1);
        if (after == null && (v.wordAt(comma + 1, "and") || v.wordAt(comma + 1, "or"))) {
            after = v.mentionAt(comma + 2);
        }
        return before != null && after != null || examples(v, comma) || nounList(v, comma, phrasal);
    }

    /**
     * "forbids some features, such as raw pointers and exceptions", "lacks the extras, including a debugger": the
     * comma opens examples of the phrase before it, which the same negation governs. "such" counts only before
     * "as" ("such a language" is no example).
     */
    private static boolean examples(SentenceView v, int comma) {
        Token next = v.token(comma + 1);
        if (next == null || !PolarityCues.EXAMPLE_OPENERS.contains(next.lower())) {
            return false;
        }
        return !next.is("such") || v.wordAt(comma + 2, "as");
    }

    /** How far (in tokens) a list of plain noun phrases may run from a comma to its "and"/"or". */
    private static final int LIST_REACH = 8;
    /** The most words the list's last item may have: a longer stretch after "and"/"or" is a clause of its own. */
    private static final int LAST_ITEM_WORDS = 5;

    /**
     * "has no generics, exceptions or hot reload", "does not ship a debugger, a profiler, or a REPL": the comma
     * stands in a list of plain noun phrases that a closing "and"/"or" ends, and the last item runs to the end
     * of the clause with no verb of its own. A negation that governs the list governs every item of it; "is not
     * fast, and its ecosystem is huge" (a verb after "and") is a new clause, and so is anything after a word
     * that ends a scope or a verb before the "and"/"or". A trigger that heads only its own phrase ("no", "without")
     * governs the list only when "or" closes it: "no A, B or C" denies all three, "you get no A, B and C" only A.
     */
    private static boolean nounList(SentenceView v, int comma, boolean phrasal) {
        int k = comma + 1;
        int limit = Math.min(v.tokens.size(), comma + 1 + LIST_REACH);
        boolean item = false;
        for (; k < limit; k++) {
            Token t = v.tokens.get(k);
            String w = t.lower();
            if (w.equals("and") || w.equals("or") || w.equals("nor")) {
                if (phrasal && w.equals("and")) {
                    return false;
                }
                break;
            }
            if (t.is(",") || t.type() == Token.Type.JOINER) {
                continue;
            }
            if (!t.isWord() || SCOPE_END.contains(w) || Verbs.isVerbLike(w) || isTrigger(v, k)) {
                return false;
            }
            item = true;
        }
        if (k >= limit || !item && !v.wordAt(comma + 1, "and") && !v.wordAt(comma + 1, "or")
                && !v.wordAt(comma + 1, "nor")) {
            return false;
        }
        int words = 0;
        for (int j = k + 1; j < v.tokens.size(); j++) {
            Token t = v.tokens.get(j);
            String w = t.lower();
            if (t.type() == Token.Type.JOINER) {
                continue;
            }
            if (!t.isWord()) {
                return words > 0 && (t.is(".") || t.is(";") || t.is(":") || t.is("!") || t.is(")"));
            }
            if (SCOPE_END.contains(w) || Verbs.isVerbLike(w) || w.endsWith("n't") || isTrigger(v, j)
                    || ++words > LAST_ITEM_WORDS) {
                return false;
            }
        }
        return words > 0;
    }

    public static String qualifier(SentenceView v, int k) {
        String w = v.tokens.get(k).lower();
        String base = w.endsWith("n't") ? "not" : w;
        if ((w.equals("poor") || w.equals("bad") || w.equals("wrong")) && v.token(k + 1) != null
                && FIT_NOUNS.contains(v.token(k + 1).lower())) {
            return "poor " + v.tokens.get(k + 1).lower();
        }
        if (w.equals("far") || w.equals("ill") || w.equals("less")) {
            return w + (w.equals("ill") ? "-" : " ") + v.tokens.get(k + (w.equals("ill") ? 2 : 1)).lower();
        }
        if (w.startsWith("lag")) {
            return w + " behind";
        }
        if (w.equals("yet")) {
            return v.tokens.get(k - 1).lower() + " yet to";
        }
        if (w.equals("short") || w.equals("spot") || w.equals("spots")) {
            return v.tokens.get(k - 1).lower() + " " + w;
        }
        Token next = v.token(k + 1);
        if (next != null && next.isWord() && (ADVERBS.contains(next.lower()) || next.lower().endsWith("ly"))) {
            String q = base + " " + next.lower();
            Token third = v.token(k + 2);
            if ((next.is("as") || next.is("the") || next.is("a")) && third != null && third.isWord()) {
                q += " " + third.lower();
                if (next.is("as") && v.wordAt(k + 3, "as")) {
                    q += " as";
                }
            }
            return q;
        }
        return base;
    }
}
