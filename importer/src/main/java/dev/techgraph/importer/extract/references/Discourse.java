package dev.techgraph.importer.extract.references;

import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the document has been talking about, for short references: "it", "they", "these frameworks",
 * "the three runtimes", "both", "the former", "the syntax". A reference resolves only to what fits: "it" to a single
 * current subject of the same block, "these frameworks" to the latest group of frameworks, and so on.
 */
public final class Discourse {

    private static final Set<String> DETERMINERS = Set.of("this", "these", "those", "the", "both", "all", "each");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "2", 2, "3", 3,
            "4", 4, "both", 2);
    private static final Set<String> EXPLETIVE = Set.of("matter", "important", "worth", "possible", "clear", "true",
            "likely", "easy", "hard", "difficult", "common", "up", "time", "better", "best", "fair", "safe",
            "obvious", "no", "why", "how", "what", "unclear", "tempting", "tricky");
    private static final Set<String> ATTRIBUTES = Set.of("syntax", "ecosystem", "community", "compiler", "tooling",
            "performance", "runtime", "documentation", "standard", "type", "learning", "garbage", "memory",
            "concurrency", "api", "apis");

    /** Nouns too general to name a kind: "neither platform", "both options", "neither one". */
    private static final Set<String> GENERIC = Set.of("platform", "platforms", "option", "options", "stack",
            "stacks", "choice", "choices", "one", "ones", "technology", "technologies", "ecosystem", "ecosystems",
            "contender", "contenders", "camp", "camps", "approach", "approaches", "candidate", "candidates",
            "project", "projects", "product", "products", "solution", "solutions", "alternative", "alternatives");

    private int block = -1;
    private int sentence = -1;
    private List<Term> compared;
    private boolean previousNamedSeveral;
    private boolean currentNamesSeveral;
    private boolean lastHeading;
    private boolean headingSentence;
    /** Whether the sentence before / this sentence is a question ("And Zorblang?", "What about Falcon?"). */
    private boolean lastQuestion;
    private boolean questionSentence;
    private Group subject;
    private final List<Group> blockGroups = new ArrayList<>();
    /** Terms in the order last named; a set because a long document names thousands and each naming moves one. */
    private final LinkedHashSet<Term> recent = new LinkedHashSet<>();
    private Term lastNamed;
    private final List<Term> blockLanguages = new ArrayList<>();
    /** Groups of two or more named since the last heading, oldest first. */
    private final List<Group> sectionGroups = new ArrayList<>();
    /** The technology each list item since the last heading opens with ("- Zorblang: ...", "- Kestrel: ..."). */
    private final List<Term> listLeads = new ArrayList<>();
    /** Whether a heading has opened a section: without one, the "section" is the whole text, too wide to lend a set. */
    private boolean headed;
    private boolean listItem;
    private boolean leadTaken;

    public void enter(ParsedSentence s) {
        if (s.index() != sentence) {
            lastHeading = sentence >= 0 && headingSentence;
            headingSentence = s.heading();
            lastQuestion = sentence >= 0 && questionSentence;
            questionSentence = !s.heading() && isQuestion(s);
            previousNamedSeveral = currentNamesSeveral && s.block() == block;
            currentNamesSeveral = false;
            sentence = s.index();
        }
        if (s.block() != block) {
            block = s.block();
            if (s.heading()) {
                sectionGroups.clear();
                listLeads.clear();
                headed = true;
            }
            listItem = s.sentence.blockType() == dev.techgraph.importer.source.PlainText.BlockType.LIST_ITEM;
            leadTaken = false;
            // "## Why Phoenix?" then "It ...": a heading about one technology lends it to the paragraph below
            boolean fromHeading = lastHeading && !s.heading() && subject != null && subject.single()
                    && !subject.reference();
            // "And Falcon?" then an answer "We use it for ...": a question about one technology lends it to the
            // answer's paragraph, as a heading does (interviews, Q&A threads, FAQs)
            boolean fromQuestion = lastQuestion && !s.heading() && subject != null && subject.single()
                    && !subject.reference() && !opensWithOwnSubject(s);
            // "... We paired it with Zorblang." then a new paragraph "It is simple and ...": a paragraph that opens
            // with a pronoun goes on about the subject the paragraph before ended on, if the number fits
            boolean fromParagraph = !lastHeading && !s.heading() && subject != null && opensWithPronounFor(s, subject);
            if (!fromHeading && !fromQuestion && !fromParagraph) {
                subject = null;
            }
            blockGroups.clear();
            blockLanguages.clear();
        }
    }

    /**
     * An answer that opens (after a speaker's "NAME:") with some other noun and its verb ("Zorbkit is promising,
     * and ...") is about that thing, named or not: the question's technology is no subject for it.
     */
    private static boolean opensWithOwnSubject(ParsedSentence s) {
        int k = s.firstWord();
        if (k < 0) {
            return false;
        }
        if (k + 1 < s.tokens.size() && s.tokens.get(k + 1).is(":")) {
            k += 2; // a speaker label
        }
        for (int n = 0; k < s.tokens.size() && n < 4; k++, n++) {
            Token t = s.tokens.get(k);
            String w = t.lower();
            if (n == 0 && (ANSWER_OPENERS.contains(w) || !t.isWord())) {
                return false;
            }
            if (n > 0 && Verbs.isVerbLike(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence's first word is a pronoun of {@code g}'s number ("It ...", "Its ...", "They ..."). */
    private static boolean opensWithPronounFor(ParsedSentence s, Group g) {
        int k = s.firstWord();
        if (k < 0) {
            return false;
        }
        String w = s.tokens.get(k).lower();
        return g.single() ? w.equals("it") || w.equals("its") : w.equals("they") || w.equals("their");
    }

    /** Words an answer about the asked technology opens with: a pronoun, a person, yes or no. */
    private static final Set<String> ANSWER_OPENERS = Set.of("it", "its", "we", "i", "you", "they", "yes", "no",
            "yeah", "sure", "honestly", "mostly", "definitely");

    private static boolean isQuestion(ParsedSentence s) {
        for (int k = s.tokens.size() - 1; k >= 0; k--) {
            Token t = s.tokens.get(k);
            if (t.isWord()) {
                return false;
            }
            if (t.is("?")) {
                return true;
            }
        }
        return false;
    }

    public Group subject() {
        return subject;
    }

    public void setSubject(Group g) {
        if (g != null) {
            subject = g;
        }
    }

    /**
     * Remembers what the document weighs, from a comparison in its title or first lines ("Flutter vs React
     * Native: ...", "C# and .NET vs Java"): "neither platform" and a sentence-initial "Both are ..." mean
     * these when nothing nearer does.
     */
    public void noteComparison(SentenceView v) {
        if (compared != null || v.parsed.index() > 2) {
            return;
        }
        boolean title = v.parsed.heading() || v.find(0, v.tokens.size(), java.util.Set.of("?")) >= 0;
        for (Group g : v.techGroups) {
            // "a typical Python or Ruby service" in a first paragraph lists; "Go and Rust on the Server" as the
            // title, "Go or Rust?" and "Go vs Rust" weigh
            if (g.has("vs") || g.has("versus") || title && (g.has("or") || g.has("and"))) {
                compared = g.members();
                return;
            }
        }
    }

    /** Remembers the groups a sentence named (after it has been analysed). */
    public void observe(List<Group> groups) {
        for (Group g : groups) {
            if (!g.reference() && g.members().size() >= 2) {
                currentNamesSeveral = true;
                sectionGroups.add(g);
            }
            if (listItem && !leadTaken && !g.reference()) {
                leadTaken = true;
                Term lead = g.members().get(0);
                if (lead.kind().isTechnology() && !listLeads.contains(lead)) {
                    listLeads.add(lead);
                }
            }
            blockGroups.add(g);
            for (Term t : g.members()) {
                if (!g.reference() && t.kind() == Kind.LANGUAGE && !blockLanguages.contains(t)) {
                    blockLanguages.add(t);
                }
                recent.remove(t);
                recent.add(t);
                lastNamed = t;
            }
        }
    }

    /** Quantifiers before "of the N" that still speak of every member ("each of the three"). */
    private static final Set<String> WHOLE_QUANTIFIERS = Set.of("each", "all", "any", "none", "both", "every");

    /** "... of the three" after a word that picks one member out of the set (a superlative, "one"). */
    private static boolean partitive(SentenceView v, int det) {
        Token before = v.token(det - 2);
        return v.wordAt(det - 1, "of") && before != null && !WHOLE_QUANTIFIERS.contains(before.lower());
    }

    /** The one language the current block has named so far, if exactly one. */
    public Optional<Term> topicLanguage() {
        return blockLanguages.size() == 1 ? Optional.of(blockLanguages.get(0)) : Optional.empty();
    }

    /** The reference starting at token {@code i}, resolved, or null. */
    Group resolveAt(SentenceView v, int i) {
        Token t = v.token(i);
        if (t == null || !t.isWord()) {
            return null;
        }
        String w = t.lower();
        if (w.equals("it") || w.equals("its")) {
            if (w.equals("it") && expletive(v, i)) {
                return null;
            }
            Term head = head(subject);
            return head != null ? span(List.of(head), i, i + 1) : null;
        }
        if (w.equals("they") || w.equals("their") || w.equals("them")) {
            if (subject != null && subject.members().size() >= 2) {
                return span(subject.members(), i, i + 1);
            }
            Group g = lastGroup(null, 2);
            if (g == null && w.equals("them") && quantified(v, i)) {
                List<Term> set = weighed(null); // "none of them" opening a paragraph: the set the section weighs
                return set == null ? null : span(set, i, i + 1);
            }
            return g == null ? null : span(g.members(), i, i + 1);
        }
        if (w.equals("neither")) {
            return neither(v, i);
        }
        if (w.equals("the") && (v.wordAt(i + 1, "former") || v.wordAt(i + 1, "latter")) && v.mentionAt(i + 1) == null) {
            // "the former" / "the latter": first or last of the latest pair the text named, when there is one
            Group pair = lastGroup(null, 2);
            if (pair == null || pair.members().size() != 2) {
                return null;
            }
            Term one = pair.members().get(v.wordAt(i + 1, "former") ? 0 : 1);
            return new Group(List.of(one), i, i + 2, List.of(), true);
        }
        if (w.equals("both") && (i == v.parsed.firstWord() || clauseStart(v, i)) && !previousNamedSeveral
                && (v.token(i + 1) == null || Verbs.isVerbLike(v.tokens.get(i + 1).lower()))) {
            List<Term> pair = sectionPair();
            return pair == null ? null : span(pair, i, i + 1);
        }
        int j = i;
        if (WHOLE_QUANTIFIERS.contains(w) && !w.equals("both") && v.wordAt(i + 1, "of")) {
            // "none of these tools", "each of those": the determiner after "of" carries the set ("both of these"
            // is the bare "both" below)
            j = i + 2;
        }
        Token det = v.token(j);
        if (det == null || !DETERMINERS.contains(det.lower())) {
            return null;
        }
        int k = j + 1;
        Integer number = NUMBERS.get(det.lower());
        Token maybeNumber = v.token(k);
        if (maybeNumber != null && NUMBERS.containsKey(maybeNumber.lower()) && !maybeNumber.is("both")) {
            number = NUMBERS.get(maybeNumber.lower());
            k++;
        }
        Token noun = v.token(k);
        if (noun != null && v.mentionAt(k) == null && KindWords.any(noun.lower()).isPresent()) {
            Kind kind = KindWords.any(noun.lower()).get();
            boolean plural = KindWords.isPlural(noun.lower());
            if (number != null) {
                List<Term> last = numbered(kind, number);
                return last == null ? null : span(last, j, k + 1);
            }
            if (plural) {
                Group g = lastGroup(kind, 2);
                if (g == null) {
                    // "None of these frameworks ..." in a paragraph that names none: the ones the section weighs
                    List<Term> set = weighed(kind);
                    return set == null ? null : span(set, j, k + 1);
                }
                return span(g.members(), j, k + 1);
            }
            if (det.is("this") || det.is("the")) {
                Optional<Term> one = lastSingle(kind);
                return one.isPresent() ? span(List.of(one.get()), j, k + 1) : null;
            }
            return null;
        }
        if (j == i + 2 && (det.is("these") || det.is("those")) && k == j + 1 && v.mentionAt(k) == null
                && (noun == null || !noun.isWord() || predicate(noun.lower()) || GENERIC.contains(noun.lower()))) {
            // "none of these is ...", "each of those projects ...": the set, without a noun of its kind
            boolean generic = noun != null && GENERIC.contains(noun.lower());
            Group g = lastGroup(null, 2);
            List<Term> set = g != null ? g.members() : weighed(null);
            return set == null ? null : span(set, j, generic ? k + 1 : k);
        }
        boolean bareBoth = det.is("both") && k == j + 1 && v.mentionAt(k) == null
                && !(v.wordAt(k, "the") && v.mentionAt(k + 1) != null);
        boolean bareNumber = (det.is("all") || det.is("the")) && k == j + 2 && number != null
                && (noun == null || v.mentionAt(k) == null);
        if (bareNumber && partitive(v, j)) {
            return null; // "the least invasive of the three", "one of the four": one member, not the set
        }
        if (bareBoth || bareNumber) {
            Kind kind = lastNamed == null ? null : lastNamed.kind();
            if (kind == null) {
                return null;
            }
            List<Term> last = numbered(kind, number);
            return last == null ? null : span(last, j, k);
        }
        if ((det.is("the") || w.equals("its")) && noun != null && ATTRIBUTES.contains(noun.lower()) && i == v.parsed.firstWord()
                && subject != null && subject.single()) {
            return span(subject.members(), i, i + 1);
        }
        return null;
    }

    /**
     * "Neither platform is ideal", "neither framework", "neither of them": the document's compared
     * technologies, when the noun fits them all (or says nothing of their kind). "Neither X nor Y" names them.
     */
    private Group neither(SentenceView v, int i) {
        // "neither" speaks of two: the title's pair, else the paragraph's, else the section's, else the title's set
        List<Term> compared = this.compared != null && this.compared.size() == 2 ? this.compared : pairInView();
        if (compared == null) {
            compared = sectionPair();
        }
        if (compared == null) {
            compared = this.compared;
        }
        if (compared == null || v.mentionAt(i + 1) != null) {
            return null;
        }
        Token noun = v.token(i + 1);
        int to = i + 2;
        if (noun != null && noun.is("of") && (v.wordAt(i + 2, "them") || v.wordAt(i + 2, "these"))) {
            to = v.wordAt(i + 2, "these") ? i + 4 : i + 3;
            noun = v.token(to - 1);
        }
        if (noun == null || !noun.isWord() || Verbs.isVerbLike(noun.lower()) || ARTICLES.contains(next(v, to))) {
            // "neither suits a newsroom": a word followed by an article is the verb, not a noun
            return span(compared, i, i + 1);
        }
        String n = noun.lower();
        Optional<Kind> kind = KindWords.any(n);
        boolean fits = GENERIC.contains(n) || n.equals("them")
                || kind.isPresent() && compared.stream().allMatch(t -> KindWords.compatible(kind.get(), t.kind()));
        return fits ? span(compared, i, to) : null;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "any", "our", "your", "my", "their");

    private static String next(SentenceView v, int k) {
        Token t = v.token(k);
        return t == null ? "" : t.lower();
    }

    /**
     * The pair the section weighs: its latest group of two ("## Zorblang and Kestrel: ..." above), else its two
     * list items, else the title's pair. Null when the section weighs no pair.
     */
    private List<Term> sectionPair() {
        for (int k = sectionGroups.size() - 1; k >= 0 && headed; k--) {
            List<Term> m = sectionGroups.get(k).members();
            if (m.size() == 2 && m.stream().allMatch(t -> t.kind().isTechnology())) {
                return m;
            }
        }
        if (listLeads.size() == 2) {
            return listLeads;
        }
        return compared != null && compared.size() == 2 ? compared : null;
    }

    /** A word that starts a predicate, or the plain form of one that does ("give" for "gives"). */
    private static boolean predicate(String lower) {
        return Verbs.isVerbLike(lower) || Verbs.isVerbLike(lower + "s");
    }

    /** "none of them", "each of them", "all of them": a quantifier over the whole set. */
    private static boolean quantified(SentenceView v, int i) {
        Token q = v.token(i - 2);
        return v.wordAt(i - 1, "of") && q != null && WHOLE_QUANTIFIERS.contains(q.lower());
    }

    /**
     * The set a reference beyond the paragraph stands for: the technologies the section's list items open
     * with, else the latest group the section named, else what the title weighs; each only when all of its
     * members fit {@code kind} (any technology when null). Null when none fits.
     */
    private List<Term> weighed(Kind kind) {
        if (listLeads.size() >= 2 && listLeads.stream().allMatch(t -> fits(kind, t))) {
            return listLeads;
        }
        for (int k = sectionGroups.size() - 1; k >= 0 && headed; k--) {
            List<Term> m = sectionGroups.get(k).members();
            if (m.stream().allMatch(t -> fits(kind, t))) {
                return m;
            }
        }
        if (compared != null && compared.size() >= 2 && compared.stream().allMatch(t -> fits(kind, t))) {
            return compared;
        }
        return null;
    }

    /**
     * The one technology a subject stands for: its only member, or the first of a pairing ("Zorblang with
     * Kestrel": the pairing adds Kestrel to Zorblang, so a later "it" is Zorblang).
     */
    private static Term head(Group subject) {
        if (subject == null) {
            return null;
        }
        if (subject.single()) {
            return subject.members().get(0);
        }
        return subject.members().size() == 2 && subject.links().equals(List.of("with")) ? subject.members().get(0) : null;
    }

    /**
     * Without a compared set from the title, the pair the paragraph is about: its subject when that is two
     * technologies ("Both now have X. Neither would be my pick ..."), else the latest pair it named.
     */
    private List<Term> pairInView() {
        if (subject != null && subject.members().size() == 2) {
            return subject.members();
        }
        Group g = lastGroup(null, 2);
        return g != null && g.members().size() == 2 ? g.members() : null;
    }

    private boolean expletive(SentenceView v, int i) {
        for (int k = i + 1; k <= i + 4; k++) {
            Token t = v.token(k);
            if (t != null && EXPLETIVE.contains(t.lower())) {
                if (conceptAt(v, k)) {
                    return false; // "it is easy to learn": a trait the vocabulary knows is said of "it"
                }
                return v.wordAt(i + 1, "is") || v.wordAt(i + 1, "'s") || v.wordAt(i + 1, "was")
                        || v.wordAt(i + 1, "depends");
            }
        }
        return v.wordAt(i + 1, "depends");
    }

    private static boolean conceptAt(SentenceView v, int k) {
        Mention m = v.mentionAt(k);
        return m != null && m.isConcept() && m.from() == k && m.to() > k + 1;
    }

    private static Group span(List<Term> members, int from, int to) {
        List<String> links = new ArrayList<>();
        for (int k = 1; k < members.size(); k++) {
            links.add("and");
        }
        return new Group(members, from, to, links, true);
    }

    private Group lastGroup(Kind kind, int atLeast) {
        for (int k = blockGroups.size() - 1; k >= 0; k--) {
            Group g = blockGroups.get(k);
            if (g.members().size() >= atLeast && g.members().stream()
                    .allMatch(t -> kind == null ? t.kind().isTechnology() : KindWords.compatible(kind, t.kind()))) {
                return g;
            }
        }
        return null;
    }

    private Optional<Term> lastSingle(Kind kind) {
        for (int k = blockGroups.size() - 1; k >= 0; k--) {
            for (Term t : blockGroups.get(k).members()) {
                if (KindWords.compatible(kind, t.kind())) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** ", and both are ...": a "both" that opens a coordinated clause stands where a sentence-initial one does. */
    private static boolean clauseStart(SentenceView v, int i) {
        return (v.wordAt(i - 1, "and") || v.wordAt(i - 1, "but")) && v.wordAt(i - 2, ",");
    }

    /**
     * "all three frameworks", "the two languages": a group of exactly that many the block named, else the
     * technologies the document weighs (its title's "A vs B vs C") when they are that many and of the kind,
     * else the latest distinct ones. Without the second step a name met in passing ("check Spring first")
     * pushes one of the weighed technologies out.
     */
    private List<Term> numbered(Kind kind, int n) {
        for (int k = blockGroups.size() - 1; k >= 0; k--) {
            Group g = blockGroups.get(k);
            if (!g.reference() && g.members().size() == n && g.members().stream().allMatch(t -> fits(kind, t))) {
                return g.members();
            }
        }
        if (compared != null && compared.size() == n && compared.stream().allMatch(m -> fits(kind, m))) {
            return compared;
        }
        return lastDistinct(kind, n);
    }

    private static boolean fits(Kind kind, Term t) {
        return kind == null ? t.kind().isTechnology() : KindWords.compatible(kind, t.kind());
    }

    private List<Term> lastDistinct(Kind kind, int n) {
        List<Term> all = new ArrayList<>(recent);
        List<Term> out = new ArrayList<>();
        for (int k = all.size() - 1; k >= 0 && out.size() < n; k--) {
            if (KindWords.compatible(kind, all.get(k).kind())) {
                out.add(0, all.get(k));
            }
        }
        return out.size() == n ? out : null;
    }

}
