package dev.techgraph.importer.extract.references;

import dev.techgraph.importer.extract.mentions.NameDiscovery;
import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.polarity.PolarityCues;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ModifierHeads;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence with its technology groups (names and resolved references) and the subject of each clause:
 * a short reference at the start of the clause, else its first subject-like group, else (for a clause
 * that continues the one before) the previous clause's subject. A leading "Although it ..." clause takes
 * the subject of the main clause (cataphora).
 */
public final class Analysis {

    /** Words after which a group is an object, not a subject ("faster than Go", "like JavaScript"). */
    private static final Set<String> OBJECT_MARKERS = Set.of("than", "like", "unlike", "as", "over", "versus",
            "to", "from", "with", "into");
    /**
     * Verbs whose object is a technology the clause is not about ("most tutorials assume Python"). Verbs that
     * state what a technology is for ("use X for", "choose X for", "learn X if") are not here.
     */
    private static final Set<String> OBJECT_VERBS = Set.of("assume", "assumes", "assumed", "know", "knows",
            "knew", "replace", "replaces", "replaced", "install", "installs", "installed", "hire", "hires",
            "call", "calls", "called", "wrap", "wraps", "wrapped", "mix", "mixes", "ditch", "ditched", "drop",
            "dropped", "abandon", "abandoned", "evaluate", "evaluated", "consider", "considered", "love", "loves",
            "hate", "hates", "master", "mastered", "teach", "teaches", "taught", "mention", "mentions", "cite");
    /** Participles whose "in X" names the language something is made in ("written in Rust"). */
    private static final Set<String> IMPLEMENTED = Set.of("written", "implemented", "coded", "rewritten",
            "programmed", "authored", "built");
    private static final Set<String> LOCATIONS = Set.of("in", "on", "inside", "within", "into", "the");
    /** Tokens before a group that place it where a subject stands ("X ...", ", Rust for ...", "and Y is"). */
    private static final Set<String> SUBJECT_POSITION = Set.of(",", ";", ":", "and", "but", "while", "whereas",
            "both", "neither", "either", "(", "\u2014", "why", "reason");
    private static final Set<String> CONNECTORS = Set.of("and", "but", "so", "yet", "or", "whereas", "while",
            "though", "although", "however", ",", "which", "where", "who", "that", "also", "still", "then");

    public final SentenceView view;
    public final List<Group> groups;
    private final Group[] subjects;
    /** The subject the paragraph carried into this sentence, or null. */
    private final Group carried;
    /** The name a definition line defines ("Zorblang - a small language for ..."), or null. */
    private Group defined;

    public Analysis(SentenceView view, Discourse discourse) {
        this.view = view;
        this.carried = discourse.subject();
        this.groups = withReferences(view, discourse);
        this.subjects = new Group[view.clauses.size()];
        Group previous = null;
        boolean previousOwn = true; // whether the previous subject stands where a subject does, not as an object
        for (int c = 0; c < view.clauses.size(); c++) {
            Clause clause = view.clauses.get(c);
            Group before = c == 0 ? discourse.subject() : previous;
            Group s = ownSubject(clause, before);
            // before any clause of its own has a subject, the one the paragraph carried ("Good portability: the
            // same job runs on X ...": the label lends nothing, the paragraph's technology does)
            Group topic = before != null ? before : discourse.subject();
            if ((c == 0 || previousOwn) && objectOfTopicPart(clause, s, topic)) {
                s = topic;
            }
            boolean own = s == null || s == topic || !(afterVerb(s) || objectOfAnotherSubject(view, s) || inPhrase(s));
            if (s == null && c > 0 && continues(clause)) {
                s = previous;
            }
            if (s == null) {
                s = referenceIn(clause);
            }
            if (c > 0 && previous != null && opensWithQuality(clause, s)) {
                s = previous;
            }
            subjects[c] = s;
            if (s != null) {
                previous = s;
                previousOwn = own;
            }
        }
        if (subjects[0] == null && discourse.subject() != null && discourse.subject().single()
                && (startsWithTrait(view) || startsWithWeakness(view) || startsWithAbsence(view))) {
            subjects[0] = discourse.subject();
        }
        if (continuesParagraphSubject(view, groups, discourse.subject())) {
            // "Zorblang is our default. The community is small and the compiler slow.": a sentence that names
            // no technology and opens with one of the subject's parts still judges the subject
            for (int c = 0; c < subjects.length; c++) {
                if (subjects[c] == null) {
                    subjects[c] = discourse.subject();
                }
            }
        }
        Group defined = definedName(view);
        if (defined != null) {
            // "NgRx - Redux ideas adapted to Angular": the description is about the name it defines
            java.util.Arrays.fill(subjects, defined);
            this.defined = defined;
        }
        if (subjects.length > 1 && view.clauses.get(0).role() == Clause.Role.LEAD) {
            Group main = subjects[1];
            Group lead = subjects[0];
            if (main != null && !main.reference() && (lead == null || lead.reference())) {
                subjects[0] = main;
                int at = lead == null ? -1 : groups.indexOf(lead);
                if (at >= 0) {
                    // "Although it is not as fast as X, Y ...": the pronoun itself is Y, whatever came before
                    groups.set(at, new Group(main.members(), lead.from(), lead.to(), main.links(), true));
                }
            }
        }
    }

    /**
     * "Falcon is our pick. Scaling past one node needs the Kestrel adapter.", "..., but the server needs Nimbel":
     * the clause's grammatical subject is some other noun (a part or use of the technology the text is about)
     * and the named technology stands after its verb, as an object. The clause still speaks of the carried
     * technology, unless the sentence names that one too or another of its kind (an alternative to it).
     */
    private boolean objectOfTopicPart(Clause clause, Group own, Group carried) {
        if (own == null || own.reference() || carried == null || !carried.single()
                || clause.role() == Clause.Role.RELATIVE
                || !objectOfAnotherSubject(view, own) && !(inPhrase(own) && !aboutText(own))) {
            return false;
        }
        if (peopleBefore(own)) {
            return false; // "most web teams still use X": what people use is theirs, not the topic's
        }
        var topic = carried.members().get(0);
        for (Group g : view.techGroups) {
            if (g.members().contains(topic)) {
                return false;
            }
        }
        return !namesAnotherOfKind(topic);
    }

    /** Nouns for people: a clause whose subject they are speaks of what those people do. */
    private static final Set<String> PEOPLE = Set.of("people", "everyone", "everybody", "team", "teams", "developers",
            "engineers", "programmers", "users", "companies", "shops", "folks", "customers");

    /** Whether people are the clause's grammatical subject: named before its first verb. */
    private boolean peopleBefore(Group g) {
        for (int k = view.clauseOf(g.from()).from(); k < g.from(); k++) {
            String w = view.tokens.get(k).lower();
            if (Verbs.isVerbLike(w)) {
                return false;
            }
            if (PERSONS.contains(w) || PEOPLE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for texts that are about what their phrase names ("the docs for X", "a guide on X"). */
    private static final Set<String> TEXTS = Set.of("docs", "documentation", "guide", "guides", "manual", "page",
            "pages", "readme", "changelog", "post", "posts");

    /** "The docs for X ...", "a tutorial on X": the phrase's technology is what the text is about. */
    private boolean aboutText(Group g) {
        int at = g.from() - 1;
        if (view.wordAt(at, "the")) {
            at--;
        }
        Token head = view.token(at - 1);
        return head != null && (TEXTS.contains(head.lower()) || ModifierHeads.contains(head.lower()));
    }

    /** "Ports exist for X", "plugins on X": the group sits in a phrase after a noun of its clause. */
    private boolean inPhrase(Group g) {
        int k = view.clauseOf(g.from()).from();
        while (k < view.tokens.size() && CONNECTORS.contains(view.tokens.get(k).lower())) {
            k++;
        }
        return inPrepositionalPhrase(g, k);
    }

    /**
     * "X is widely used; the ecosystem is large and most Y guides cover it": a later clause that opens with
     * "the" or "its" and a quality, then a copula, judges a quality of the subject before it; a technology named
     * later in the clause is not its subject.
     */
    private boolean opensWithQuality(Clause clause, Group subject) {
        int k = clause.from();
        if (SUBORDINATE.contains(view.tokens.get(k).lower())) {
            return false; // "X is fast, although the community is smaller": a concession lends nothing
        }
        while (k < clause.to() && CONNECTORS.contains(view.tokens.get(k).lower())) {
            k++;
        }
        if (!(view.wordAt(k, "the") || view.wordAt(k, "its"))) {
            return false;
        }
        Mention m = view.mentionAt(k + 1);
        if (m == null || m.from() != k + 1 || m.kind() != Kind.TRAIT || m.opposite()) {
            return false;
        }
        Token after = view.token(m.to());
        return after != null && COPULAS.contains(after.lower()) && (subject == null || subject.from() > m.to());
    }

    /**
     * A sentence with no technology and no resolved reference, neither a heading nor a question, that opens
     * with "The" and names traits only, inside a paragraph whose current subject is one named technology.
     */
    private static boolean continuesParagraphSubject(SentenceView v, List<Group> groups, Group subject) {
        int first = v.parsed.firstWord();
        if (subject == null || !subject.single() || subject.reference() || !groups.isEmpty() || v.parsed.heading()
                || first < 0 || !v.wordAt(first, "the") || v.find(0, v.tokens.size(), Set.of("?")) >= 0) {
            return false;
        }
        boolean trait = false;
        for (Mention m : v.parsed.mentions) {
            if (m.isConcept() && m.kind() != Kind.TRAIT) {
                return false;
            }
            trait |= m.kind() == Kind.TRAIT;
        }
        return trait;
    }

    private static final Set<String> SUBORDINATE = Set.of("although", "though", "while", "whereas", "because",
            "since", "if", "when", "unless");

    /** "Null safety and data classes remove boilerplate.": a sentence that opens with a trait. */
    private static boolean startsWithTrait(SentenceView v) {
        Mention m = v.mentionAt(v.parsed.firstWord());
        return m != null && m.kind() == Kind.TRAIT && !m.opposite() && v.techGroups.isEmpty() && !v.parsed.heading();
    }

    private static final Set<String> WEAKNESS_NOUNS = Set.of("weakness", "downside", "drawback", "spot",
            "shortcoming", "catch", "caveat", "problem");

    /**
     * "The weak spot is performance: ...", "The main downside is ...": a sentence that opens by naming the
     * weakness of the technology under discussion.
     */
    private static boolean startsWithWeakness(SentenceView v) {
        int first = v.parsed.firstWord();
        if (first < 0 || !v.wordAt(first, "the") || !v.techGroups.isEmpty() || v.parsed.heading()) {
            return false;
        }
        for (int k = first + 1; k <= first + 3 && k < v.tokens.size(); k++) {
            String w = v.tokens.get(k).lower();
            if (WEAKNESS_NOUNS.contains(w) && Negation.isTrigger(v, k) && (v.wordAt(k + 1, "is")
                    || v.wordAt(k + 1, "here"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "There is no hot reload.", "There are no official bindings for X." after a sentence about one technology: a
     * sentence that opens by stating an absence names no subject of its own and says what the paragraph's
     * technology lacks. "There is no better tool for this" and "no other engine" are a rivalry no one wins, praise,
     * so a comparative after "no" ({@code @rival-comparatives}) lends nothing.
     */
    private static boolean startsWithAbsence(SentenceView v) {
        int first = v.parsed.firstWord();
        if (first < 0 || !v.wordAt(first, "there") || !v.techGroups.isEmpty() || v.parsed.heading()
                || v.token(first + 1) == null || !EXISTENTIAL_VERBS.contains(v.token(first + 1).lower())) {
            return false;
        }
        int k = first + 2;
        if (!(v.wordAt(k, "no") || v.wordAt(k, "not") && (v.wordAt(k + 1, "a") || v.wordAt(k + 1, "any")))) {
            return false;
        }
        k += v.wordAt(k, "no") ? 1 : 2;
        return v.token(k) != null && !PolarityCues.RIVAL_COMPARATIVES.contains(v.token(k).lower())
                && Negation.isTrigger(v, first + 2);
    }

    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them");

    private static List<Group> withReferences(SentenceView v, Discourse discourse) {
        List<Group> out = new ArrayList<>(v.techGroups);
        int observed = 0;
        for (int i = 0; i < v.tokens.size(); i++) {
            while (observed < v.techGroups.size() && v.techGroups.get(observed).to() <= i) {
                discourse.observe(List.of(v.techGroups.get(observed++)));
            }
            if (v.mentionAt(i) != null) {
                continue;
            }
            Group r = PRONOUNS.contains(v.tokens.get(i).lower()) ? earlierInSentence(v, out, i, discourse.subject()) : null;
            if (r == null) {
                r = discourse.resolveAt(v, i);
            }
            if (r != null) {
                out.add(r);
                discourse.observe(List.of(r));
                i = r.to() - 1;
            }
        }
        while (observed < v.techGroups.size()) {
            discourse.observe(List.of(v.techGroups.get(observed++)));
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /** "Python ..., but it does not ...": a pronoun after a named subject in the same sentence. */
    private static Group earlierInSentence(SentenceView v, List<Group> groups, int i, Group carried) {
        String w = v.tokens.get(i).lower();
        boolean plural = w.startsWith("the");
        Group found = null;
        groups = new ArrayList<>(groups);
        groups.sort((a, b) -> Integer.compare(a.from(), b.from()));
        Clause clause = v.clauseOf(i);
        if (clause.role() == Clause.Role.RELATIVE) {
            for (Group g : groups) {
                if (g.to() == clause.from() - 1 && !g.reference() && (plural ? g.members().size() >= 2 : g.single())) {
                    return new Group(g.members(), i, i + 1, g.links(), true);
                }
            }
        }
        for (Group g : groups) {
            if (g.to() > i) {
                break;
            }
            if (g.from() < clause.from() && hasEligibleIn(v, groups, clause, i, plural)) {
                continue;
            }
            if (!plural && carried != null && carried.single() && !g.reference() && objectOfAnotherSubject(v, g)) {
                // "X is a broker. Your app publishes to it over a Y API, and it fans out ...": Y is an object of
                // the app's verb; the pronoun goes on about the paragraph's subject (resolved below)
                continue;
            }
            if (!objectPosition(v, g) && !onlyModifier(v, g) && !fronted(v, g) && g.members().size() >= (plural ? 2 : 1)
                    && (plural || g.single())
                    && !(g.reference() && g.from() == i)) {
                found = g;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        List<String> links = new ArrayList<>(found.links());
        return new Group(found.members(), i, i + 1, links, true);
    }

    /**
     * Whether the group comes after the verb of a subject that is neither a technology nor a person in its clause
     * ("your backend publishes ... over a Y API", "the build files are Y scripts"): an object, not what the clause
     * is about. "I use Y ..." is excluded: a person's technology is what the text goes on about.
     */
    private static boolean objectOfAnotherSubject(SentenceView v, Group g) {
        Clause clause = v.clauseOf(g.from());
        boolean words = false;
        for (int k = clause.from(); k < g.from(); k++) {
            Token t = v.tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if (!words && (CONNECTORS.contains(w) || w.equals("then"))) {
                continue;
            }
            if (!words && (PERSONS.contains(w) || PRONOUNS.contains(w) || v.mentionAt(k) != null
                    && !judgedTrait(v, v.mentionAt(k)))) {
                return false;
            }
            if (words && (Verbs.isVerbLike(w) || w.equals("it") || w.equals("them"))) {
                return true; // "your backend publishes to it over a Y API": the object pronoun is the carried subject
            }
            words = true;
        }
        return false;
    }

    /**
     * A trait the clause opens with and judges ("but driver support is patchy, ... X ...", "releases slowed down,
     * ... X ..."): a quality of some subject, not a subject itself, so a technology after its verb is still an
     * object. A trait that acts on what follows ("type checking still requires X") may be a subject.
     */
    private static boolean judgedTrait(SentenceView v, Mention m) {
        Token after = v.token(m.to());
        return m.kind() == Kind.TRAIT && after != null && after.isWord()
                && (COPULAS.contains(after.lower()) || !Verbs.isVerbLike(after.lower()));
    }

    /** Prepositions that open a phrase setting the scene before the main clause ("For Zorblang work it is ..."). */
    private static final Set<String> SCENE_SETTERS = Set.of("for", "in", "on");

    /**
     * A group inside a prepositional phrase that opens the sentence and ends before the main clause starts (at a
     * comma, a pronoun or a verb): "For Zorblang it is excellent", "In Nimbel projects, we ...". It names the
     * setting, not what the sentence is about, so it is no antecedent for a pronoun after it.
     */
    static boolean fronted(SentenceView v, Group g) {
        int first = v.parsed.firstWord();
        if (first < 0 || g.reference() || g.from() <= first || !SCENE_SETTERS.contains(v.tokens.get(first).lower())) {
            return false;
        }
        for (int k = first + 1; k < g.from(); k++) {
            Token t = v.tokens.get(k);
            if (!t.isWord() || PRONOUNS.contains(t.lower()) || PERSONS.contains(t.lower()) || Verbs.isVerbLike(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** "adds support on all three platforms": a reference to runtimes after "on" or "in" names a place. */
    private boolean placeAfterPreposition(Group g) {
        Token before = view.token(g.from() - 1);
        return before != null && LOCATIONS.contains(before.lower())
                && g.members().stream().allMatch(t -> t.kind() == Kind.RUNTIME);
    }

    /** After "than", "like", "to", "instead of"...: the group is an object. */
    public static boolean objectPosition(SentenceView v, Group g) {
        int at = g.from() - 1;
        if (v.wordAt(at, "the") && !g.reference()) {
            at--;
        }
        Token before = v.token(at);
        if (before == null) {
            return false;
        }
        if (LOCATIONS.contains(before.lower()) && g.members().stream().allMatch(t -> t.kind() == Kind.RUNTIME)) {
            return true;
        }
        return OBJECT_MARKERS.contains(before.lower()) || before.is("of") && v.wordAt(g.from() - 2, "instead")
                || before.is("than");
    }

    private static boolean hasEligibleIn(SentenceView v, List<Group> groups, Clause clause, int i, boolean plural) {
        for (Group g : groups) {
            if (g.from() >= clause.from() && g.to() <= i && !g.reference() && !onlyModifier(v, g)
                    && (plural ? g.members().size() >= 2 : g.single())) {
                Token before = v.token(g.from() - 1);
                if (before == null || !OBJECT_MARKERS.contains(before.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ", which is why ...", ", which is one more reason ...": the relative clause is about the whole clause. */
    private boolean commentsOnClause(Clause clause) {
        int why = view.find(clause.from(), Math.min(clause.to(), clause.from() + 6), Set.of("why", "reason"));
        return why >= 0;
    }

    /** A subject pronoun or short reference anywhere in the clause ("the answer is that it is ..."). */
    private Group referenceIn(Clause clause) {
        for (Group g : groupsIn(clause)) {
            if (g.reference() && !view.wordAt(g.from(), "them") && !placeAfterPreposition(g)) {
                return g;
            }
        }
        return null;
    }

    public Clause clause(int c) {
        return view.clauses.get(c);
    }

    public int clauseCount() {
        return view.clauses.size();
    }

    public Group subject(int c) {
        return subjects[c];
    }

    /** The sentence's main subject: that of the first clause that has one and is not a leading phrase. */
    public Group mainSubject() {
        for (int c = 0; c < subjects.length; c++) {
            if (subjects[c] != null && clause(c).role() != Clause.Role.LEAD) {
                return subjects[c];
            }
        }
        return subjects.length > 0 ? subjects[0] : null;
    }

    /** Pronouns that make a person the grammatical subject: the technologies of the sentence are its objects. */
    private static final Set<String> PERSONS = Set.of("i", "we", "you");

    /**
     * What later pronouns may refer to after this sentence: its main subject, except when a person is the
     * grammatical subject ("I switched to Zorblang two years ago.", "We settled on Kestrel."), where the one
     * technology the sentence names is what the text goes on about, even as an object.
     */
    public Group discourseSubject() {
        Group main = mainSubject();
        int first = view.parsed.firstWord();
        if (first < 0 || main != null && main.reference()) {
            return main;
        }
        boolean person = PERSONS.contains(view.tokens.get(first).lower());
        // a subject carried from an earlier sentence has no place in this one's tokens
        boolean predicate = main != null && groups.contains(main)
                && (afterVerb(main) || objectOfAnotherSubject(view, main) || inPhrase(main));
        if ((person || predicate) && carried != null && carried.single()
                && (!namesAnotherOfKind(carried.members().get(0)) || refersBack(carried.members().get(0)))) {
            // "Falcon is our pick. You get real Zorblang and ... Its router ...", "Its jobs are defined in a
            // Zorblang DSL. It ...": still Falcon
            return null;
        }
        if (!person || main != null || view.techGroups.size() != 1) {
            return main;
        }
        Group only = view.techGroups.get(0);
        return only.single() && !onlyModifier(view, only) ? only : null;
    }

    /**
     * Whether a verb stands between the start of the group's clause and the group, after some words of its own
     * ("Jobs are defined in X", "The build files are X scripts"): the clause's grammatical subject is another
     * noun, and the group is a predicate or an object.
     */
    private boolean afterVerb(Group g) {
        Clause clause = view.clauseOf(g.from());
        boolean words = false;
        for (int k = clause.from(); k < g.from(); k++) {
            Token t = view.tokens.get(k);
            if (words && t.isWord() && Verbs.isVerbLike(t.lower())) {
                return true;
            }
            words |= t.isWord() && !CONNECTORS.contains(t.lower());
        }
        return false;
    }

    /**
     * Whether a pronoun of the sentence stands for {@code t} ("Your app talks to it over a Kestrel API"): the
     * sentence still goes on about {@code t}, so another technology of its kind named there does not take over.
     */
    private boolean refersBack(dev.techgraph.model.vocabulary.Term t) {
        for (Group g : groups) {
            if (g.reference() && g.single() && g.members().get(0) == t) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a technology of {@code t}'s kind other than {@code t}: an alternative to it. */
    private boolean namesAnotherOfKind(dev.techgraph.model.vocabulary.Term t) {
        for (Group g : view.techGroups) {
            for (var m : g.members()) {
                if (m != t && m.kind() == t.kind()) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<Group> groupsIn(Clause c) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            if (g.from() >= c.from() && g.from() < c.to()) {
                out.add(g);
            }
        }
        return out;
    }

    private Group ownSubject(Clause clause, Group previous) {
        if (clause.role() == Clause.Role.RELATIVE) {
            int comma = clause.from() - 1;
            for (Group g : groups) {
                if (g.to() == comma) {
                    // "... does not run in the web browser, which is why ...": a place named as an object
                    // is no antecedent; the relative clause comments on the clause before
                    return commentsOnClause(clause) && objectPosition(view, g) && previous != null ? previous : g;
                }
            }
            Mention before = view.mentionAt(comma - 1);
            return before != null && before.isConcept() ? null : previous;
        }
        int k = clause.from();
        while (k < clause.to() && CONNECTORS.contains(view.tokens.get(k).lower())) {
            k++;
        }
        for (Group g : groups) {
            if (g.reference() && g.from() >= k && g.from() <= k + 2 && g.from() < clause.to()) {
                return g;
            }
        }
        Group inPhrase = null;
        for (Group g : groupsIn(clause)) {
            if (subjectLike(g)) {
                if (inPrepositionalPhrase(g, k) || fronted(view, g)) {
                    inPhrase = inPhrase == null ? g : inPhrase;
                    continue;
                }
                Group listed = hearstObject(g);
                return listed != null ? listed : g;
            }
        }
        // a clause whose only technology sits in such a phrase is still about it ("most new services at our shop
        // start on Falcon: lightweight, ..."): better than carrying an earlier subject over a clause that does
        // not name it. Only a clause that also names another technology loses the phrase's one as subject.
        return inPhrase;
    }

    /**
     * Prepositions whose object is a place, a part or a setting, not what the clause is about ("adds
     * multi-window support on all three platforms", "many packages on Zorbhub", "the IDE support in Falcon
     * Studio"). "of" is not here: "the ecosystem of X" is X's.
     */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "under", "at", "behind", "for",
            "across", "via", "through", "onto", "within", "inside", "against", "about", "beyond", "among", "around");

    /**
     * A group in a prepositional phrase after a noun ("packages on X"), not at the start of its clause: it is no
     * subject of the clause. After a verb ("relies on X") the phrase may well say what the clause is about.
     */
    private boolean inPrepositionalPhrase(Group g, int clauseStart) {
        return inPrepositionalPhrase(view, g, clauseStart);
    }

    private static boolean inPrepositionalPhrase(SentenceView view, Group g, int clauseStart) {
        int at = g.from() - 1;
        if (view.wordAt(at, "the") || view.wordAt(at, "all") || view.wordAt(at, "these") || view.wordAt(at, "both")) {
            at--;
        }
        Token before = view.token(at);
        Token head = view.token(at - 1);
        return at > clauseStart && before != null && PREPOSITIONS.contains(before.lower()) && head != null
                && head.isWord() && !Verbs.isVerbLike(head.lower()) && !head.lower().endsWith("ed");
    }

    /** "A JavaScript framework like React or Vue.js": the subject is the listed group. */
    private Group hearstObject(Group g) {
        if (!modifiesKindWord(g)) {
            return null;
        }
        int after = NameDiscovery.listStart(view.tokens, g.to() + 1);
        if (after < 0) {
            return null;
        }
        for (Group other : groups) {
            if (other.from() == after) {
                return other;
            }
        }
        return null;
    }

    /** A technology right before a kind word ("Python frameworks") modifies it; "the Go language" does not. */
    public boolean modifiesKindWord(Group g) {
        return modifiesKindWord(view, g);
    }

    private static boolean modifiesKindWord(SentenceView v, Group g) {
        Token next = v.token(g.to());
        if (next == null || g.reference()) {
            return false;
        }
        var kind = KindWords.any(next.lower());
        return kind.isPresent() && !(kind.get() == Kind.LANGUAGE && g.members().get(0).kind() == Kind.LANGUAGE);
    }

    /**
     * "nearly every X library is tested against it", "any X developer will know it", "a package on X before it
     * appears": a name that only modifies a noun, or sits in a phrase after one, is no antecedent for a pronoun.
     */
    private static boolean onlyModifier(SentenceView v, Group g) {
        return modifiesKindWord(v, g) || modifiesPersonOrText(v, g) || possessorOfTechnology(v, g) || inPrepositionalPhrase(v, g, v.clauseOf(g.from()).from());
    }

    public boolean subjectLike(Group g) {
        Token before = view.token(g.from() - 1);
        if (hearstListed(g)) {
            return true;
        }
        if (before != null && OBJECT_MARKERS.contains(before.lower())) {
            return false;
        }
        if (before != null && LOCATIONS.contains(before.lower())
                && g.members().stream().allMatch(t -> t.kind() == Kind.RUNTIME)) {
            return false;
        }
        if (before != null && before.is("of") && (view.wordAt(g.from() - 2, "instead"))) {
            return false;
        }
        if (before != null && before.is("than") || view.wordAt(g.from() - 2, "rather")) {
            return false;
        }
        if (before != null && OBJECT_VERBS.contains(before.lower())) {
            return false; // "most tutorials assume Python": the object of a verb is not what the clause is about
        }
        if (modifiesPersonOrText(view, g)) {
            return false; // "our Zorblang developers were productive": the developers are
        }
        if (laterMemberOfObjectList(g)) {
            return false;
        }
        if (before != null && before.is("in") && IMPLEMENTED.contains(lowerAt(g.from() - 2))) {
            return false; // "plugins are written in Nimbel, the runtime is fast": the language is a means, not the topic
        }
        if (possessorOfTechnology(view, g)) {
            return false; // "Zorblang's Kestrel is a web framework": the clause is about Kestrel
        }
        return !modifiesKindWord(g) || hearstObject(g) != null;
    }

    /**
     * "pulls settings from Zorblang files, Nimbel volumes and other sources": a later member of a list an
     * object marker opened is an object too, not the subject a coordinated verb after the list belongs to. A
     * member followed by a verb ("Unlike X, Y is ...") stands where a subject does and is left alone.
     */
    /** Whether the list member starting at {@code k} (up to the next comma, "and" or "or") names a technology. */
    private boolean opensWithName(int k) {
        for (int j = k; j < view.tokens.size(); j++) {
            Token t = view.tokens.get(j);
            if (t.is(",") || t.is("and") || t.is("or")) {
                return false;
            }
            if (view.mentionAt(j) != null && view.mentionAt(j).isTech()) {
                return true;
            }
        }
        return false;
    }

    private String lowerAt(int k) {
        Token t = view.token(k);
        return t == null ? "" : t.lower();
    }

    private boolean laterMemberOfObjectList(Group g) {
        Token before = view.token(g.from() - 1);
        Token after = view.token(g.to());
        if (before == null || !(before.is(",") || before.is("and") || before.is("or"))
                || after != null && Verbs.isVerbLike(after.lower())) {
            return false;
        }
        int words = 0; // plain words in the current list member ("Nimbel volumes"): a longer run is a clause
        for (int k = g.from() - 2, steps = 0; k >= 0 && steps < 10; k--, steps++) {
            Token t = view.tokens.get(k);
            String w = t.lower();
            if (OBJECT_MARKERS.contains(w)) {
                return opensWithName(k + 1); // "harder to maintain, and X ...": an infinitive opened no list
            }
            if (t.is(",") || w.equals("and") || w.equals("or")) {
                words = 0;
                continue;
            }
            if (view.mentionAt(k) != null) {
                continue;
            }
            if (!t.isWord() || Verbs.isVerbLike(w) || CONNECTORS.contains(w) || SUBJECT_POSITION.contains(w)
                    || ++words > 2) {
                return false;
            }
        }
        return false;
    }

    /**
     * A technology right before a noun for its users or its teaching texts ({@link ModifierHeads}); not after
     * "of", where the phrase completes a noun of the technology's own ("a large community of X developers").
     */
    private static boolean modifiesPersonOrText(SentenceView v, Group g) {
        Token next = v.token(g.to());
        return next != null && !g.reference() && ModifierHeads.contains(next.lower()) && !v.wordAt(g.from() - 1, "of");
    }

    /** "X's Y" with Y a technology: X only owns the technology the clause is about. */
    static boolean possessorOfTechnology(SentenceView v, Group g) {
        if (!v.wordAt(g.to(), "'s") || g.reference()) {
            return false;
        }
        Mention next = v.mentionAt(g.to() + 1);
        return next != null && next.isTech() && next.from() == g.to() + 1;
    }

    /** "frameworks like X", "libraries such as X", "tools including X": X is what the sentence is about. */
    public boolean hearstListed(Group g) {
        int k = g.from() - 1;
        if (view.wordAt(k, "like") || view.wordAt(k, "including")) {
            k--;
        } else if (view.wordAt(k, "as") && view.wordAt(k - 1, "such")) {
            k -= 2;
        } else {
            return false;
        }
        Token kind = view.token(k);
        return kind != null && KindWords.any(kind.lower()).isPresent();
    }

    private boolean subjectPosition(Group g, Clause clause) {
        int k = g.from() - 1;
        if (k < clause.from()) {
            return true;
        }
        Token before = view.token(k);
        if (before == null || !SUBJECT_POSITION.contains(before.lower())) {
            return false;
        }
        Token earlier = view.token(k - 1);
        // after a comma that follows a concept ("A for databases, B for authentication") a new pair begins
        return !(before.is(",") || before.is("and")) || earlier == null || view.mentionAt(k - 1) == null
                || view.mentionAt(k - 1).isConcept() && before.is(",");
    }

    /** A clause without a subject of its own continues the previous one when it starts with a verb. */
    private boolean continues(Clause clause) {
        if (clause.role() == Clause.Role.ELABORATION) {
            return true;
        }
        int k = clause.from();
        while (k < clause.to() && CONNECTORS.contains(view.tokens.get(k).lower())) {
            k++;
        }
        Token t = view.token(k);
        if (t != null && elidedVerdict(clause, k)) {
            return true;
        }
        if (t == null || !t.isWord() || view.mentionAt(k) != null) {
            return false;
        }
        String w = t.lower();
        return Verbs.isVerbLike(w) || judgedAfterContrast(clause, k) || existential(k);
    }

    private static final Set<String> EXISTENTIAL_VERBS = Set.of("is", "are", "was", "were", "'s", "remains");

    /** "..., so there is no X": "there" holds a subject's place without naming one; the clause goes on about the last. */
    private boolean existential(int k) {
        return view.wordAt(k, "there") && view.token(k + 1) != null
                && EXISTENTIAL_VERBS.contains(view.token(k + 1).lower());
    }

    /** Adverbs of degree a contrasted verdict may open with ("but notoriously complex", "yet still slow"). */
    private static final Set<String> VERDICT_ADVERBS = Set.of("still", "notoriously", "rather", "quite", "very",
            "far", "much", "somewhat", "also", "often", "increasingly", "painfully", "surprisingly", "too");

    /**
     * "X is stable but slow", "simple yet no longer actively developed", "fast but unmaintained": a clause opened by
     * a contrast that names no technology and goes straight to a verdict (a quality's form, possibly after an
     * adverb of degree, or "no longer") is the same subject's predicate, elided, when nothing or a preposition
     * follows the form ("yet sluggish on large inputs"). A verdict word followed by a noun has a subject of its
     * own ("but slow startup hurts it") and is left to the other tests.
     */
    private boolean elidedVerdict(Clause clause, int k) {
        int opener = view.wordAt(clause.from(), ",") ? clause.from() + 1 : clause.from();
        if (opener >= clause.to() || !CONTRAST_OPENERS.contains(view.tokens.get(opener).lower())) {
            return false;
        }
        for (int j = clause.from(); j < clause.to(); j++) {
            Mention m = view.mentionAt(j);
            if (m != null && m.isTech()) {
                return false;
            }
        }
        int j = k;
        while (j < clause.to() && VERDICT_ADVERBS.contains(view.tokens.get(j).lower())) {
            j++;
        }
        if (view.wordAt(j, "no") && view.wordAt(j + 1, "longer")) {
            return true;
        }
        Mention m = view.mentionAt(j);
        if (m == null || m.from() != j) {
            return false;
        }
        Token after = view.token(m.to());
        return m.opposite() && (after == null || m.to() >= clause.to() || !after.isWord()
                || JUDGED_PREPOSITIONS.contains(after.lower()));
    }

    private static final Set<String> CONTRAST_OPENERS = Set.of("but", "yet", "though", "although", "while");
    private static final Set<String> JUDGED_PREPOSITIONS = Set.of("at", "for", "in", "on", "with");

    /**
     * "X is great for Y but weak at Z", "powerful, but heavy for small apps": a clause opened by a contrast whose
     * first word is a judging adjective with its preposition is the same subject's predicate, elided.
     */
    private boolean judgedAfterContrast(Clause clause, int k) {
        if (!CONTRAST_OPENERS.contains(view.tokens.get(clause.from()).lower())) {
            return false;
        }
        String w = view.tokens.get(k).lower();
        boolean judging = PolarityCues.NEGATIVE_WORDS.contains(w) || PolarityCues.POSITIVE_WORDS.contains(w)
                || PolarityCues.NEGATIVE_PREDICATES.contains(w);
        return judging && view.token(k + 1) != null && JUDGED_PREPOSITIONS.contains(view.token(k + 1).lower());
    }

    /**
     * The technologies a concept at token {@code at} of clause {@code c} belongs to: a technology right
     * before it ("a Python back end"), else the nearest subject-like group before it in the clause, else the
     * clause subject.
     */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

    /**
     * "Clojure is a Lisp that runs on the JVM": the relative clause of a predicate noun says what the subject
     * it describes does; returns that subject ("Clojure"), or null when the antecedent is no predicate noun.
     */
    private Group describedBy(Group antecedent, Clause clause) {
        int k = view.wordAt(antecedent.from(), "the") ? antecedent.from() : antecedent.from() - 1;
        int plain = 0;
        while (k > clause.from() && plain < 2 && view.tokens.get(k).isWord() && view.mentionAt(k) == null
                && !view.tokens.get(k).isArticle() && !COPULAS.contains(view.tokens.get(k).lower())) {
            k--;
            plain++;
        }
        if (k < 1 || !view.tokens.get(k).isArticle()
                || !COPULAS.contains(view.tokens.get(k - 1).lower())) {
            return null;
        }
        for (Group g : groupsIn(clause)) {
            if (g.to() == k - 1 && g != antecedent) {
                return g;
            }
        }
        return null;
    }

    /**
     * A line that opens with one technology and a dash, then describes it ("Kestrel - the official store for
     * Falcon", "Kestrel – Falcon ideas adapted to Sparrow"): the technology it defines, or null. Names in the
     * description only qualify it.
     */
    private static Group definedName(SentenceView v) {
        int first = v.parsed.firstWord();
        if (first < 0 || v.techGroups.isEmpty() || v.parsed.heading()) {
            return null;
        }
        Group g = v.techGroups.get(0);
        Token dash = v.token(g.to());
        boolean isDash = dash != null && dash.type() != Token.Type.JOINER
                && (dash.is("-") || dash.is("–") || dash.is("—"));
        return g.from() == first && g.single() && isDash && g.to() + 1 < v.tokens.size() ? g : null;
    }

    /** The technology this sentence defines as a "Name - description" line, or null. */
    public Group defined() {
        return defined;
    }

    /**
     * "written in L", "built in L", "a broker in L": L is what something was made in, a means. What the sentence
     * goes on to say after it ("on R", "with P", "that runs on R") is said of the thing made, not of L.
     */
    public boolean madeIn(int from) {
        if (!view.wordAt(from - 1, "in")) {
            return false;
        }
        String before = lowerAt(from - 2);
        return IMPLEMENTED.contains(before) || KindWords.any(before).isPresent();
    }

    /**
     * Whether the group continues such a means: the language itself ("built in L with P"), the runtime it is
     * placed on ("written in L on R"), or the runtime a relative clause of it names ("written in L that runs on
     * R"). Facts of such a group belong to the clause's owner before it.
     */
    public boolean madeInChain(Group g) {
        if (madeIn(g.from())) {
            return true;
        }
        int at = g.from() - 1;
        if (view.wordAt(at, "the")) {
            at--;
        }
        if (!view.wordAt(at, "on")) {
            return false;
        }
        at--;
        if (view.wordAt(at, "runs") || view.wordAt(at, "run")) {
            if (!(view.wordAt(at - 1, "that") || view.wordAt(at - 1, "which"))) {
                return false;
            }
            at -= 2;
        }
        for (Group other : groups) {
            if (other.to() == at + 1 && madeIn(other.from())) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a noun phrase naming a part of what the clause is about ("the", "its"), and the words that
     * may join such a part to what came before (", and the ...", ", but its ..."); data in kind-words.tsv. */
    private static final String KIND_WORDS = "dev/techgraph/importer/extract/kind-words.tsv";
    private static final Set<String> PART_OPENERS = DataFile.wordList(KIND_WORDS, "@part-openers");
    private static final Set<String> PART_JOINERS = DataFile.wordList(KIND_WORDS, "@part-joiners");

    /**
     * Whether a comma between {@code from} and {@code to} opens a new noun phrase ("..., and the boilerplate is
     * large", "..., its docs thin"): a relative clause before it has ended, and its antecedent owns nothing after.
     */
    private boolean newPartAfter(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!view.tokens.get(k).is(",")) {
                continue;
            }
            int w = k + 1;
            if (w < to && PART_JOINERS.contains(view.tokens.get(w).lower())) {
                w++;
            }
            if (w < to && PART_OPENERS.contains(view.tokens.get(w).lower()) && verbWithin(w + 1, Math.min(view.tokens.size(), w + 7))) {
                return true; // "..., the memory flat and the setup simple" is a list inside the relative clause
            }
        }
        return false;
    }

    private boolean verbWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Verbs.isVerbLike(view.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The index of a clause of this sentence. */
    public int clauseIndex(Clause clause) {
        return view.clauses.indexOf(clause);
    }

    /** Whether the clause has a technology before {@code g} or a subject other than it, to own what g does not. */
    private boolean clauseHasOtherOwner(Clause clause, Group g) {
        for (Group other : groupsIn(clause)) {
            if (other != g && other.to() <= g.from()) {
                return true;
            }
        }
        return subject(clauseIndex(clause)) != null && subject(clauseIndex(clause)) != g;
    }

    public Group ownerOf(int c, int at) {
        if (defined != null && at > defined.to()) {
            return defined;
        }
        Clause clause = clause(c);
        Group nearest = null;
        for (Group g : groupsIn(clause)) {
            if (g.to() > at) {
                break;
            }
            boolean adjacent = g.to() == at || g.to() + 1 == at && view.tokens.get(g.to()).type() == Token.Type.JOINER;
            // "a plugin for X game servers", "Sparrow ships an adapter for X serverless functions": a name in a
            // phrase after another noun only says what that noun is for; the concept is not X's
            if (adjacent && !(!g.reference() && inPrepositionalPhrase(g, clause.from()) && clauseHasOtherOwner(clause, g))) {
                return g;
            }
            boolean relativeAntecedent = view.wordAt(g.to(), "which") || view.wordAt(g.to(), "that")
                    || view.wordAt(g.to(), "who");
            if (relativeAntecedent && madeIn(g.from())) {
                continue; // "an engine written in L that runs on R": what runs is the engine
            }
            if (relativeAntecedent && newPartAfter(g.to(), at)) {
                continue; // "a subset of L that looks old, and the runtime is heavy": the relative clause ended
            }
            if (relativeAntecedent || subjectLike(g)
                    && (g.reference() || g == subjects[c] || hearstListed(g) || subjectPosition(g, clause))) {
                Group listed = hearstObject(g);
                nearest = listed != null && listed.to() <= at ? listed : g;
                Group described = relativeAntecedent ? describedBy(g, clause) : null;
                if (described != null) {
                    nearest = described;
                }
            }
        }
        if (nearest != null && subjects[c] != null && subjects[c].reference() && subjects[c].from() > nearest.from()) {
            nearest = subjects[c];
        }
        return nearest != null ? nearest : subjects[c];
    }
}
