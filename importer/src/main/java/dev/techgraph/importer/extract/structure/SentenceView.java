package dev.techgraph.importer.extract.structure;

import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence prepared for the relation rules: tokens, mentions, the groups the mentions form, and the
 * clauses. Groups of technologies and groups of concepts are kept apart.
 */
public final class SentenceView {

    private static final Set<String> LIST_LINKS = Set.of(",", "and", "or", "nor", "vs", "versus", "&", "/",
            "plus");
    private static final Set<String> WITH_LINKS = Set.of("with", "combined", "paired", "together", "along",
            "alongside", "coupled");

    public final ParsedSentence parsed;
    public final List<Token> tokens;
    public final List<Group> techGroups = new ArrayList<>();
    public final List<Group> conceptGroups = new ArrayList<>();
    final List<Mention> concepts = new ArrayList<>();
    public final List<Clause> clauses;
    private final int[] mentionAt;

    public SentenceView(ParsedSentence parsed) {
        this.parsed = parsed;
        this.tokens = parsed.tokens;
        this.mentionAt = new int[tokens.size()];
        java.util.Arrays.fill(mentionAt, -1);
        for (int i = 0; i < parsed.mentions.size(); i++) {
            Mention m = parsed.mentions.get(i);
            for (int k = m.from(); k < m.to(); k++) {
                mentionAt[k] = i;
            }
            if (m.isConcept()) {
                concepts.add(m);
            }
        }
        buildGroups(true, techGroups);
        buildGroups(false, conceptGroups);
        this.clauses = ClauseSplitter.split(this);
    }

    private void buildGroups(boolean tech, List<Group> out) {
        List<Term> members = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (Mention m : parsed.mentions) {
            if (m.isTech() != tech) {
                continue;
            }
            String link = members.isEmpty() ? null : link(to, m.from(), tech);
            if (link != null && link.equals("and") && tech && objectThenSubject(to, m)) {
                link = null;
            }
            if (link != null && tech && wordAt(m.from() - 1, "and") && wordAt(m.from() - 2, ",")
                    && ClauseSplitter.techThenVerb(this, m.from())) {
                link = null;
            }
            if (link != null && tech && wordAt(m.from() - 1, ",") && ClauseSplitter.contrastLead(this)
                    && ClauseSplitter.techThenVerb(this, m.from())) {
                link = null; // "Unlike Zorblang, Kestrel has ...": the subject after a fronted contrast
            }
            if (link != null) {
                if (!members.contains(m.term())) {
                    members.add(m.term());
                    links.add(link);
                }
                to = m.to();
                continue;
            }
            if (!members.isEmpty()) {
                out.add(new Group(members, startWithDeterminer(from), to, links, false));
            }
            members = new ArrayList<>(List.of(m.term()));
            links = new ArrayList<>();
            from = m.from();
            to = m.to();
        }
        if (!members.isEmpty()) {
            out.add(new Group(members, startWithDeterminer(from), to, links, false));
        }
    }

    private boolean objectThenSubject(int previousEnd, Mention next) {
        Mention previous = mentionAt(previousEnd - 1);
        Token beforeObject = previous == null ? null : token(previous.from() - 1);
        Token afterSubject = token(next.to());
        return beforeObject != null && afterSubject != null && Verbs.isVerbLike(beforeObject.lower())
                && Verbs.isVerbLike(afterSubject.lower());
    }

    /** "both X and Y", "neither X nor Y", "either X or Y": the group starts at the determiner. */
    private int startWithDeterminer(int from) {
        if (from > 0) {
            String w = tokens.get(from - 1).lower();
            if (w.equals("both") || w.equals("neither") || w.equals("either")) {
                return from - 1;
            }
        }
        return from;
    }

    /** The connector between two mentions if only list words (or, for technologies, "with") lie between. */
    private String link(int from, int to, boolean tech) {
        if (from >= to) {
            return from == to ? null : null;
        }
        String main = null;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(".") && k > from && tokens.get(k - 1).is("vs")) {
                continue;
            }
            if (w.equals("as") && k + 1 < to && tokens.get(k + 1).is("well")) {
                k++;
                if (k + 1 < to && tokens.get(k + 1).is("as")) {
                    k++;
                }
                main = "and";
                continue;
            }
            if (LIST_LINKS.contains(w)) {
                if (main == null || main.equals(",")) {
                    main = w;
                }
            } else if (tech && WITH_LINKS.contains(w)) {
                main = "with";
            } else {
                return null;
            }
        }
        if (to - from > 3) {
            return null;
        }
        return main;
    }

    public Mention mentionAt(int token) {
        return token >= 0 && token < mentionAt.length && mentionAt[token] >= 0
                ? parsed.mentions.get(mentionAt[token]) : null;
    }

    public Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    public boolean wordAt(int i, String lower) {
        Token t = token(i);
        return t != null && t.is(lower);
    }

    /** Adverbs between "and" and a repeated preposition: "runs on X and even on Y", "and also with Y". */
    private static final Set<String> REPEAT_ADVERBS = Set.of("even", "also", "then", "sometimes", "mostly", "partly",
            "now", "still", "increasingly");
    /** Where a repeated preposition stops looking: the next statement starts there. */
    private static final Set<String> REPEAT_STOPS = Set.of(";", ":", ".", "but", "while", "whereas", "although");

    /**
     * The technology group that a repeated preposition adds to an object: "runs on X and on Y", "relies on X for
     * queues and on Y for storage", "runs on X and even on Y". Null when no "and PREPOSITION" follows within a few
     * words, or another technology comes first.
     */
    public Group repeatedObject(Group object, String preposition) {
        return repeatedObjectAfter(object.to(), preposition);
    }

    /**
     * The technology group a repeated preposition names after token {@code from}: "and on Y", "or on Y", ", on Y"
     * ("runs on a laptop, on Y or on Z": a list of places that repeats its preposition, the first of which may be
     * no technology). Null when none follows within a few words, or another technology comes first.
     */
    public Group repeatedObjectAfter(int from, String preposition) {
        for (int k = from; k < tokens.size() && k < from + 8; k++) {
            Token t = tokens.get(k);
            Mention m = mentionAt(k);
            if (REPEAT_STOPS.contains(t.lower()) || m != null && m.isTech()) {
                return null;
            }
            if (t.is("and") || t.is("or") || t.is(",")) {
                int i = k + 1;
                while (i < tokens.size() && (REPEAT_ADVERBS.contains(tokens.get(i).lower())
                        || t.is(",") && (tokens.get(i).is("and") || tokens.get(i).is("or")))) {
                    i++;
                }
                if (wordAt(i, preposition)) {
                    return techGroupAt(i + 1);
                }
                if (!t.is(",")) {
                    return null;
                }
            }
        }
        return null;
    }

    /** How many plain words a list item may carry after its name ("X servers, Y or Z"). */
    private static final int ITEM_HEAD_WORDS = 2;
    /** Words that end a list item's noun phrase: what follows them is no head noun of the item. */
    private static final Set<String> NOT_HEAD = Set.of("a", "an", "the", "this", "these", "those", "its", "their",
            "it", "they", "for", "in", "on", "at", "by", "from", "of", "to", "into", "onto", "with", "without", "via",
            "through", "under", "over", "as", "than", "like", "and", "or", "nor", "but", "which", "that", "who", "where",
            "when", "while", "if", "so", "then", "both", "either", "neither", "all", "each", "every", "instead",
            "rather", "too", "yet", "not", "no");

    /**
     * The next item of a list whose item names a technology with a head noun after it: "deploys to X servers, Y
     * or Z", "runs on X boxes and Y": the group after at most {@link #ITEM_HEAD_WORDS} plain lower-case words and a
     * list link. Null when no such item follows, or when it opens a clause of its own ("X servers, and Y handles
     * ...").
     */
    public Group nextListItem(Group item) {
        int k = item.to();
        int words = 0;
        while (words < ITEM_HEAD_WORDS && plainHeadWord(k)) {
            k++;
            words++;
        }
        if (words == 0) {
            return null;
        }
        if (wordAt(k, ",")) {
            k++;
        }
        if (wordAt(k, "and") || wordAt(k, "or")) {
            k++;
        } else if (!wordAt(k - 1, ",")) {
            return null;
        }
        Mention m = mentionAt(k);
        if (m == null || !m.isTech() || m.from() != k || ClauseSplitter.techThenVerb(this, k)) {
            return null;
        }
        Group next = techGroupAt(k);
        if (next == null || next.from() != k) {
            return null;
        }
        // an item ends the list or leads to the next one; a plain word after it starts a predicate of its own
        // ("call Zorblang code, or Gantry rejects ...": Gantry is a new subject, not an item)
        Token after = token(next.to());
        return after == null || !after.isWord() || NOT_HEAD.contains(after.lower()) ? next : null;
    }

    private boolean plainHeadWord(int k) {
        Token t = token(k);
        if (t == null || mentionAt(k) != null && mentionAt(k).isTech() || !t.isWord()
                || !Character.isLowerCase(t.text().charAt(0))) {
            return false;
        }
        String w = t.lower();
        return !NOT_HEAD.contains(w) && !Verbs.isVerbLike(w) && w.chars().allMatch(Character::isLetter);
    }

    /** How many plain words a kind noun phrase may take before its examples ("deployment tools such as X"). */
    private static final int EXAMPLE_NOUN_WORDS = 4;

    /**
     * The technology group a kind noun phrase at token {@code i} names by example: "works with deployment tools such as
     * X and Y", "needs a search backend like X". The noun phrase is a few plain words (no technology, no comma or
     * conjunction), and the examples must follow within the clause; null otherwise.
     */
    public Group examplesAt(int i, int to) {
        for (int k = i; k < to && k <= i + EXAMPLE_NOUN_WORDS; k++) {
            Token t = tokens.get(k);
            if (k > i && (t.is("like") || t.is("including") || t.is("("))) {
                // "needs native libraries (X, Y and Z)": a parenthesis lists the examples too
                return techGroupAt(k + 1);
            }
            if (k > i && t.is("such") && wordAt(k + 1, "as")) {
                return techGroupAt(k + 2);
            }
            Mention m = mentionAt(k);
            if (m != null && m.isTech() || !Character.isLetter(t.text().charAt(0)) || t.is("and") || t.is("or")
                    || t.is("but")) {
                return null;
            }
        }
        return null;
    }

    /** The technology group that starts at token {@code i} (after an optional "the"), or null. */
    public Group techGroupAt(int i) {
        if (wordAt(i, "the")) {
            i++;
        }
        for (Group g : techGroups) {
            if (g.from() == i) {
                return g;
            }
        }
        Mention m = mentionAt(i);
        if (m != null && m.isTech()) {
            for (Group g : techGroups) {
                if (g.from() <= i && i < g.to()) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The clause containing token {@code i}. */
    public Clause clauseOf(int i) {
        for (Clause c : clauses) {
            if (c.from() <= i && i < c.to()) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    public List<Group> techGroupsIn(Clause c) {
        List<Group> out = new ArrayList<>();
        for (Group g : techGroups) {
            if (g.from() >= c.from() && g.from() < c.to()) {
                out.add(g);
            }
        }
        return out;
    }

    public List<Mention> conceptsIn(Clause c) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : concepts) {
            if (m.from() >= c.from() && m.from() < c.to()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Index of the first token at or after {@code from} (before {@code to}) whose lower text is in {@code words}. */
    public int find(int from, int to, Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (words.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    String text() {
        return parsed.text();
    }
}
