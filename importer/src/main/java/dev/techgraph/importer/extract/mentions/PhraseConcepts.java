package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.polarity.PolarityCues;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Open concepts: a use case or trait the vocabulary does not know, read as the noun phrase right after a cue
 * ("ideal for content sites", "excels at data ingestion", "known for its compile-time reactivity").
 * A small chunker over tokens: determiners are dropped; adjectives, nouns, numbers ("3D") and hyphenated
 * compounds are kept up to four words; prepositions, verbs, punctuation and conjunctions end the phrase,
 * except that a coordinated list of phrases ("A, B and C") yields each item. A suitability cue makes a
 * UseCase, a quality cue a Trait. Vocabulary concepts always win: a phrase that holds one is not made.
 * Features said in the article's own words are traits too: the bare object of a verb of having or packaging
 * ("bundles request routing and validation", "has pods", "comes with hot reload", "you get backups"), with
 * praise dropped from the name ("good SDKs" names SDKs), and a noun phrase headed by support, integration or
 * compatibility ("multi-window support").
 */
public final class PhraseConcepts {

    /** Words that, before "for" or "at", make what follows a use case. */
    private static final Set<String> SUITABILITY = Set.of("ideal", "suited", "suitable", "great", "good", "fit",
            "built", "designed", "used", "meant", "popular", "chosen", "excellent", "perfect", "choice", "default",
            "standard", "optimized", "optimised", "tailored", "intended", "geared", "best", "better", "preferred",
            "favorite", "favourite", "made", "excels", "shines", "strong", "weak", "go-to", "aimed", "pick",
            "picked", "picks", "use", "reserve", "recommended", "overkill", "solid", "useful", "options", "option",
            "pleasant", "lovely", "handy", "fine", "worth", "reasonable", "nice", "convenient", "practical", "charming",
            "unsuitable", "unsuited", "impractical", "unfit", "poor");
    /** Verbs whose object is a use case: "powers dashboards", "handles background workers", "suits X". */
    private static final Set<String> USE_VERBS = Set.of("powers", "powering", "handles", "suits", "suit");
    /** Verbs whose object is a quality of the subject: "offers fine-grained control", "has a mature renderer". */
    private static final Set<String> HAVING = Set.of("has", "have", "offers", "offer", "provides", "provide",
            "gives", "give", "brings", "bring", "boasts", "features");
    /** Verbs of packaging whose object is a feature, bare or not: "bundles validation", "includes a linter". */
    private static final Set<String> FEATURE_VERBS = Set.of("bundles", "bundle", "includes", "include",
            "ships", "ship", "packs");
    /** Verbs before "with" that say the object comes in the box: "comes with", "ships with". */
    private static final Set<String> WITH_FEATURES = Set.of("comes", "come", "ships", "ship", "shipped",
            "bundled", "packed", "equipped");
    /**
     * Praise that says how good a feature is, not which feature: "good SDKs" and "excellent inference" name
     * SDKs and inference. Dropped from an open trait's name.
     */
    private static final Set<String> PRAISE = Set.of("good", "great", "excellent", "superb", "solid", "nice",
            "decent", "best", "better", "fantastic", "amazing", "awesome", "outstanding", "impressive", "real",
            "proper", "genuine", "first-class", "top-notch", "fine", "strong", "powerful", "robust");
    /** Words that, before "for", make what follows a trait: "known for its tooling". */
    private static final Set<String> QUALITY = Set.of("known", "famous", "praised", "loved", "valued", "prized",
            "renowned", "celebrated", "admired", "criticized", "criticised");
    /** Gerunds of making that introduce the real object: "for building dashboards". */
    private static final Set<String> MAKING = Set.of("building", "creating", "writing", "developing", "making",
            "shipping", "running", "implementing", "prototyping");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "your", "my", "any", "some", "most", "many", "much", "all", "new", "these", "those", "this", "that", "such",
            "each", "every", "typical", "certain", "very", "really", "truly");
    /** Words that end a phrase: function words, pronouns, quantifiers and fillers. */
    private static final Set<String> STOP = Set.of("of", "in", "on", "at", "for", "with", "without", "by", "from",
            "to", "into", "onto", "over", "under", "than", "as", "like", "and", "or", "nor", "but", "so", "yet",
            "if", "when", "while", "where", "because", "since", "unless", "until", "that", "which", "who", "whom",
            "whose", "what", "it", "they", "them", "we", "you", "he", "she", "i", "me", "us", "one", "ones",
            "there", "here", "then", "now", "today", "too", "also", "just", "only", "even", "not", "no", "more", "anyway",
            "less", "most", "least", "other", "others", "else", "anything", "everything", "something",
            "nothing", "both", "either", "neither", "via", "through", "across", "between", "among", "about",
            "around", "after", "before", "during", "per", "out", "up", "down", "off", "is", "are", "was", "were",
            "be", "been", "being", "will", "would", "can", "could", "should", "may", "might", "must", "does",
            "do", "did", "has", "have", "had", "'s", "own", "same", "well", "far", "quite", "rather");
    /** Heads too generic to be a concept. */
    private static final Set<String> GENERIC = Set.of("thing", "things", "stuff", "way", "ways", "lot", "lots", "people", "developers", "developer", "teams", "team", "cases", "case", "kind", "kinds", "sort", "sorts", "type", "types", "part", "parts", "purpose", "purposes", "job", "jobs", "task", "tasks", "reason", "reasons", "years", "year", "time", "times", "day", "days", "example", "examples", "instance", "instances", "option", "options", "choice", "choices", "use", "uses", "work", "needs", "need", "problem", "problems", "situations", "situation", "scenarios", "scenario", "area", "areas", "field", "fields", "users", "user", "companies", "company", "beginners", "everyone", "anyone", "someone", "folks", "engineers", "programmers", "projects", "project", "apps", "app", "applications", "application", "software", "code", "programs", "program", "tools", "tool", "features", "feature", "one", "ones", "others", "sense", "point", "moment", "start", "end", "result", "results", "benefit", "benefits", "role", "roles", "approach", "most", "much", "series", "framework", "frameworks", "language", "languages", "library", "libraries", "platform", "platforms");
    /** People are who uses a technology, not what it is for ("for small teams" is kept only by the vocabulary). */
    private static final Set<String> PEOPLE = Set.of("people", "developers", "developer", "users", "user",
            "engineers", "programmers", "beginners", "folks", "companies", "everyone", "anyone", "someone");
    private static final int MAX_WORDS = 4;

    private PhraseConcepts() {
    }

    /** Adds to {@code s.mentions} the open concepts its cues introduce; keeps the mentions ordered. */
    static void add(ParsedSentence s, TermTrie vocabulary) {
        List<Token> tokens = s.tokens;
        Mention[] at = new Mention[tokens.size()];
        for (Mention m : s.mentions) {
            for (int k = m.from(); k < m.to(); k++) {
                at[k] = m;
            }
        }
        List<Mention> added = new ArrayList<>();
        supportPhrases(s, at, added);
        for (int i = 0; i < tokens.size(); i++) {
            if (techFor(tokens, at, i)) {
                readList(s, at, i + 1, Kind.USE_CASE, added, true, true);
                continue;
            }
            if (lackedFeature(tokens, i)) {
                lackedPhrase(s, at, i + 1, added);
                continue;
            }
            Kind kind = cueAt(tokens, i);
            if (kind == null) {
                continue;
            }
            int p = i + 1;
            while (kind == Kind.TRAIT && p < tokens.size() && (tokens.get(p).is("its") || tokens.get(p).is("their")
                    || tokens.get(p).is("you") || tokens.get(p).is("us"))) {
                p++;
            }
            readList(s, at, p, kind, added, widening(tokens, i), false);
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            // only a named owner: "its store is huge" is too loose to make a quality of
            boolean owner = tokens.get(i).is("'s") && at[i - 1] != null && at[i - 1].isTech();
            if (owner && at[i + 1] == null) {
                chunk(s, at, i + 1, Kind.TRAIT, added, true);
            }
        }
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (OWNERS.contains(tokens.get(i).lower()) && (i == 0 || BOUNDARY.contains(tokens.get(i - 1).lower()))
                    && at[i + 1] == null) {
                judged(s, at, i + 1, added, vocabulary);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (i == 0 || BOUNDARY.contains(tokens.get(i - 1).lower())) {
                verdictSubjects(s, at, i, added, vocabulary);
            }
        }
        if (!added.isEmpty()) {
            s.mentions.addAll(added);
            s.mentions.sort(Comparator.comparingInt(Mention::from));
        }
    }

    /** Adjectives of extent or manner before a head of support: "tight integration", "partial support". */
    private static final Set<String> MANNER = Set.of("tight", "loose", "rare", "full", "partial", "native",
            "official", "basic", "broad", "wide", "deep", "seamless", "poor", "weak", "first-class", "extra",
            "experimental", "initial", "complete", "limited", "built-in", "out-of-the-box", "commercial",
            "community");

    /** Heads that make a feature of what they follow: "Windows support", "Git integration", "C interop". */
    private static final Set<String> SUPPORT_HEADS = Set.of("support", "integration", "compatibility", "interop",
            "interoperability");

    /**
     * Whether a mention is a feature {@link #supportPhrases} named (an open trait: no aliases, no broader
     * entry): like a bare "ecosystem", it says what is weighed, not how ("vendor support is uneven", "dropped
     * the plugin support"), so the clause must judge it.
     */
    public static boolean supportPhrase(Mention m) {
        Term t = m.term();
        String name = t.name();
        int space = name.lastIndexOf(' ');
        return t.kind() == Kind.TRAIT && t.aliases().isEmpty() && t.broader() == null && space > 0
                && SUPPORT_HEADS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * "first-class plugin support", "editor integration", "multi-window support": a feature named by what it
     * supports and a head of support, without any cue. A longer name found for the whole phrase ("OAuth 2.0
     * support") is such a feature, not a technology. A technology right before the head ("TypeScript support")
     * makes a companion, which the relation rules read; a known concept there is the vocabulary's.
     */
    private static void supportPhrases(ParsedSentence s, Mention[] at, List<Mention> added) {
        List<Token> tokens = s.tokens;
        for (int i = 1; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            Mention whole = at[i];
            if (!head.isWord() || !SUPPORT_HEADS.contains(head.lower())
                    || whole != null && !(whole.isTech() && whole.to() == i + 1 && whole.from() < i)) {
                continue;
            }
            int from = whole != null ? whole.from() : i;
            int words = 0;
            int k = from - 1;
            while (k >= 0 && words < 3) {
                Token b = tokens.get(k);
                if (b.type() == Token.Type.JOINER && k > 0 && tokens.get(k - 1).isWord() && at[k] == null) {
                    k--;
                    continue;
                }
                if (at[k] != null) {
                    // a known concept is the vocabulary's; "TypeScript support" between two technologies is
                    // a companion (USED_WITH), which the relation rules read
                    words = at[k].isTech() ? 0 : words;
                    break;
                }
                String w = b.lower();
                if (!b.isWord() || STOP.contains(w) || DETERMINERS.contains(w) || Verbs.isVerbLike(w)
                        || HAVING.contains(w) || FEATURE_VERBS.contains(w)
                        || w.endsWith("ly") || w.endsWith("ed") || GENERIC.contains(w)
                        || !Character.isLetterOrDigit(w.charAt(0))) {
                    break;
                }
                boolean grade = PRAISE.contains(w) || MANNER.contains(w) || GRADES.contains(w);
                if (grade && words == 0) {
                    break; // "tight integration", "better support": how much, not of what
                }
                from = k--;
                words++;
                if (grade) {
                    break;
                }
            }
            if (words == 0) {
                continue;
            }
            Token first = tokens.get(from);
            Term term = new Term(Kind.TRAIT, name(tokens, from, i + 1), List.of(), false, null, null, null);
            Mention m = new Mention(from, i + 1, term, s.text().substring(first.start(), head.end()), false,
                    first.start(), head.end());
            for (int j = from; j <= i; j++) {
                if (at[j] != null) {
                    s.mentions.remove(at[j]);
                }
                at[j] = m;
            }
            added.add(m);
        }
    }

    /**
     * "KV for config, R2 for files", "Loki for logs", "pick Zorb for apps": a technology right before "for"
     * names what it is for, in the writer's own words, a singular noun after "the" included ("for the database").
     */
    private static boolean techFor(List<Token> tokens, Mention[] at, int i) {
        return i > 0 && tokens.get(i).is("for") && at[i - 1] != null && at[i - 1].isTech() && at[i] == null;
    }

    /** The kind a cue ending at token i gives the phrase after it, or null when there is no cue. */
    private static Kind cueAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (USE_VERBS.contains(w)) {
            return Kind.USE_CASE;
        }
        if (HAVING.contains(w) && i + 1 < tokens.size() && (tokens.get(i + 1).is("a") || tokens.get(i + 1).is("an"))) {
            return Kind.TRAIT; // "has a mature renderer"
        }
        if ((HAVING.contains(w) || FEATURE_VERBS.contains(w)) && i + 1 < tokens.size()
                && bareObject(tokens.get(i + 1), HAVING.contains(w))) {
            return Kind.TRAIT; // "has pods", "bundles routing and validation"
        }
        if (w.equals("get") && i > 0 && tokens.get(i - 1).is("you")) {
            return Kind.TRAIT; // "you get row-level policies and backups": what the reader gets is a feature
        }
        if (w.equals("with") && i > 0 && WITH_FEATURES.contains(tokens.get(i - 1).lower())) {
            return Kind.TRAIT; // "comes with hot reload"
        }
        if (w.equals("to") && i >= 2 && tokens.get(i - 1).is("-") && tokens.get(i - 2).is("go")) {
            return null;
        }
        if (w.equals("thanks") && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
            return null;
        }
        if (w.equals("to") && i >= 1 && tokens.get(i - 1).is("thanks")) {
            return Kind.TRAIT;
        }
        if (!w.equals("for") && !w.equals("at")) {
            return null;
        }
        if (i == 0 && w.equals("for")) {
            return Kind.USE_CASE; // "For animation-heavy interfaces, X ..."
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token b = tokens.get(k);
            if (!b.isWord() && !b.is("-")) {
                return null;
            }
            String bw = b.lower();
            if (QUALITY.contains(bw)) {
                return w.equals("for") ? Kind.TRAIT : null;
            }
            if (SUITABILITY.contains(bw) || bw.equals("to") && k >= 2 && tokens.get(k - 1).is("-")
                    && tokens.get(k - 2).is("go")) {
                return Kind.USE_CASE;
            }
        }
        return null;
    }

    /**
     * A word of lacking ({@code @lacking}: "no", "lacks", "missing") before a feature the technology does not have:
     * "there is no user management", "no backreferences and no lookarounds", "lacks shared folders". The polarity
     * stage reads the same word as the denial of that phrase alone. Not "without", which says what a technology
     * does not need ("runs without cookies", "usable without a subscription"), not what it lacks; not "no longer"
     * nor "no doubt" ({@code @no-pseudo}); not "needs no", "almost no" or inside a relative clause
     * ({@code @lack-*} in {@code polarity-cues.tsv}).
     */
    private static boolean lackedFeature(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (!PolarityCues.LACKING.contains(w) || w.equals("without") || i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        boolean relative = i > 1 && PolarityCues.LACK_RELATIVES.contains(tokens.get(i - 2).lower());
        return !PolarityCues.LACK_IDIOMS.contains(next) && !PolarityCues.NO_PSEUDO.contains(next)
                && !PolarityCues.LACK_NEEDING.contains(before) && !PolarityCues.LACK_ALMOST.contains(before) && !relative;
    }

    /**
     * One missing feature after a word of lacking: each item of "no A, no B" has its own word, and an item after a
     * bare "and" is as often a new clause ("lacks a portal and its config file becomes ...") as a second lack. A
     * vocabulary concept there is the vocabulary's; a phrase that modifies a technology ("no bundled Chromium") or
     * names a stance ("no idea") is none.
     */
    private static void lackedPhrase(ParsedSentence s, Mention[] at, int p, List<Mention> added) {
        List<Token> tokens = s.tokens;
        if (p >= tokens.size() || at[p] != null) {
            return;
        }
        int end = chunk(s, at, p, Kind.TRAIT, added, false);
        if (end < 0) {
            return;
        }
        boolean beforeTech = end < tokens.size() && at[end] != null && at[end].isTech();
        if (beforeTech || PolarityCues.LACK_STANCE_NOUNS.contains(tokens.get(end - 1).lower())) {
            Mention dropped = added.remove(added.size() - 1);
            for (int k = dropped.from(); k < dropped.to(); k++) {
                at[k] = null;
            }
        }
    }

    /**
     * Degree words: "has high operational effort" grades a quality the vocabulary names (or should), it
     * lists no feature.
     */
    private static final Set<String> GRADES = Set.of("high", "low", "small", "large", "big", "huge", "tiny",
            "very", "medium", "moderate", "steep", "gentle", "shrinking", "growing", "little", "few", "limited");

    /** Heads of a bare object that say how much, not which feature: "full control", "loyal fans". */
    private static final Set<String> VAGUE = Set.of("control", "access", "fans", "freedom", "power", "say",
            "chance", "edge", "advantage", "advantages", "head", "start", "support");

    /** Participles and gerunds after "has": a perfect or progressive verb, not an object ("have shipped"). */
    private static final Set<String> PARTICIPLES = Set.of("been", "become", "come", "done", "gone", "grown",
            "made", "seen", "taken", "written", "built", "got", "gotten", "had", "kept", "left", "run", "won",
            "lost", "given", "shown", "known", "begun", "brought", "thought", "found", "held", "put", "set", "spent",
            "felt", "heard", "read", "said", "told", "caught", "fallen", "driven", "chosen", "meant");

    /** Whether a word can open a bare object of "has" or "bundles": no article, no participle, no gerund. */
    private static boolean bareObject(Token t, boolean auxiliary) {
        String w = t.lower();
        return t.isWord() && !w.equals("a") && !w.equals("an") && !(auxiliary && (PARTICIPLES.contains(w)
                || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")));
    }

    /**
     * A cue this class read before bare objects were: the phrase after it may widen a known concept used as a
     * modifier. After a bare object cue a known concept is the object itself ("has small community size" is
     * the known small community).
     */
    private static boolean widening(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        return !(FEATURE_VERBS.contains(w) || w.equals("get") || w.equals("with")
                || HAVING.contains(w) && !(tokens.get(i + 1).is("a") || tokens.get(i + 1).is("an")));
    }

    /** Reads "A, B and C" from {@code p}: vocabulary concepts are skipped over, other items are chunked. */
    private static void readList(ParsedSentence s, Mention[] at, int p, Kind kind, List<Mention> added,
                                 boolean widen, boolean named) {
        List<Token> tokens = s.tokens;
        while (p < tokens.size()) {
            int end;
            Mention known = at[p];
            if (known != null) {
                if (known.isTech()) {
                    return;
                }
                end = widen ? widen(s, at, known, kind, added) : known.to();
            } else if (!widen && (GRADES.contains(tokens.get(p).lower()) || MANNER.contains(tokens.get(p).lower()))) {
                return;
            } else {
                end = chunk(s, at, p, kind, added, false, named);
                if (end < 0) {
                    return;
                }
                if (!widen && VAGUE.contains(tokens.get(end - 1).lower())) {
                    Mention vague = added.remove(added.size() - 1);
                    for (int k = vague.from(); k < vague.to(); k++) {
                        at[k] = null;
                    }
                    return;
                }
            }
            p = end;
            if (p < tokens.size() && tokens.get(p).is(",")) {
                p++;
                if (named && p < tokens.size() && (tokens.get(p).is("and") || tokens.get(p).is("or"))) {
                    return; // "X for secrets, and the licence change ...": a new clause, not the next item
                }
            }
            if (p < tokens.size() && (tokens.get(p).is("and") || tokens.get(p).is("or"))) {
                p++;
            } else if (!tokens.get(p - 1).is(",")) {
                return;
            }
        }
    }

    private static final Set<String> OWNERS = Set.of("its", "their", "the");
    private static final Set<String> BOUNDARY = Set.of(",", ";", ":", "and", "but", "so", "while", "though",
            "although");
    private static final Set<String> DEGREE = Set.of("not", "as", "very", "too", "so", "quite", "fairly", "rather",
            "still", "really", "always", "often", "usually", "never");
    private static final Set<String> AFTER = Set.of(",", ".", ";", ":", "and", "as", "but", "!", "for", "in");

    /**
     * A quality stated as a judgement of a thing the technology has: "its 3D renderer is not as mature as ...",
     * "the bundles are heavy" make the trait "mature 3D renderer", "heavy bundles". The mention sits on the
     * adjective, where a vocabulary quality would, so the judgement's negation reads as before.
     */
    private static void judged(ParsedSentence s, Mention[] at, int p, List<Mention> added, TermTrie vocabulary) {
        List<Token> tokens = s.tokens;
        int end = p;
        while (end < tokens.size() && end - p < 3 && at[end] == null && tokens.get(end).isWord()
                && contentWord(tokens.get(end)) && !properName(tokens.get(end))) {
            end++;
        }
        if (end == p || end + 1 >= tokens.size() || !(tokens.get(end).is("is") || tokens.get(end).is("are"))) {
            return;
        }
        int a = end + 1;
        while (a < tokens.size() && DEGREE.contains(tokens.get(a).lower()) && a - end < 4) {
            a++;
        }
        if (a >= tokens.size() || !tokens.get(a).isWord()) {
            return;
        }
        Token adjective = tokens.get(a);
        String w = adjective.lower();
        Mention quality = at[a];
        boolean known = quality != null && quality.to() == a + 1 && quality.from() == a
                && quality.term().kind() == Kind.TRAIT && !quality.opposite();
        boolean plain = quality == null && PLAIN_QUALITIES.contains(w);
        if (plain && PRAISE.contains(w)) {
            return; // "its query planner is excellent" names the planner ({@link #verdictSubjects})
        }
        boolean closed = a + 1 >= tokens.size() || AFTER.contains(tokens.get(a + 1).lower());
        String head = tokens.get(end - 1).lower();
        if (!(known || plain) || !closed || w.endsWith("er") || GENERIC.contains(head) || PEOPLE.contains(head)
                || VERDICT_NOUNS.contains(head) || REFERENCES.contains(head) || KindWords.any(head).isPresent()
                || head.length() < 3) {
            return;
        }
        Term term = new Term(Kind.TRAIT, w + " " + name(tokens, p, end), List.of(), false, null, null, null);
        List<Token> phrase = new ArrayList<>();
        phrase.add(adjective);
        phrase.addAll(tokens.subList(p, end));
        for (TermTrie.Match form : vocabulary.matchesAt(phrase, 0)) {
            if (form.to() == phrase.size() && !form.entries().get(0).term().kind().isTechnology()) {
                term = form.entries().get(0).term(); // "the syntax is simple": the known "simple syntax"
            }
            break;
        }
        Mention m = new Mention(a, a + 1, term, adjective.text(), false, adjective.start(), adjective.end());
        if (quality != null) {
            s.mentions.remove(quality);
        }
        added.add(m);
        at[a] = m;
    }

    /** Copulas before a verdict on a feature: "hot reload is solid", "the admin view feels clunky". */
    private static final Set<String> VERDICT_COPULAS = Set.of("is", "are", "was", "were", "feels", "feel",
            "remains", "remain", "stays", "stay", "looks", "look");
    /** Verbs of working: "hot reload works well", "snapshots work out of the box". */
    private static final Set<String> WORKING = Set.of("works", "work", "worked", "runs", "run");
    /** Verbs of arriving in the box: "parallel runs come built in", "rate limiting ships ready to use". */
    private static final Set<String> ARRIVING = Set.of("comes", "come", "came", "ships", "ship", "shipped",
            "arrives", "arrive");
    /** Words that may close a verdict on a feature: "not polished yet", "good enough", "basic though". */
    private static final Set<String> VERDICT_CLOSERS = Set.of("yet", "enough", "either", "anymore", "today",
            "now", "though", "too", "overall", "so");
    private static final Set<String> SUBJECT_DEGREE = Set.of("very", "really", "quite", "fairly", "pretty", "also",
            "still", "genuinely", "surprisingly", "remarkably", "truly", "now", "all", "both", "already");

    /**
     * Features named as the subject of a verdict, in the article's own words: "Hot reload works well", "Its
     * query planner is superb", "Targeting rules, staged rollouts and approvals are mature", "remote caching
     * comes built in", "its export dialog is basic". Each noun phrase of the (coordinated) subject becomes a
     * trait of the clause's technology under its own name; the polarity stage reads the verdict after it
     * ({@code @feature-praise}, {@code @feature-faults}, {@code @working-manner} in {@code polarity-cues.tsv}).
     * Without a verdict the phrase is only a topic ("the admin view shows ..."), so nothing is made.
     */
    private static void verdictSubjects(ParsedSentence s, Mention[] at, int p, List<Mention> added,
                                        TermTrie vocabulary) {
        List<Token> tokens = s.tokens;
        List<int[]> phrases = new ArrayList<>();
        int q = p;
        while (q < tokens.size() && phrases.size() < 4) {
            while (q < tokens.size() && OWNERS.contains(tokens.get(q).lower())) {
                q++;
            }
            int from = q;
            if (q < tokens.size() && at[q] != null && !at[q].isTech()) {
                q = at[q].to(); // a vocabulary concept in the list keeps its own mention
                phrases.add(null);
            } else {
                while (q < tokens.size() && q - from < 3 && at[q] == null && tokens.get(q).isWord()
                        && contentWord(tokens.get(q)) && (q == 0 || !properName(tokens.get(q)))
                        && !(q > from && verdictAt(tokens, q))) {
                    q++;
                    while (q + 1 < tokens.size() && tokens.get(q).type() == Token.Type.JOINER
                            && tokens.get(q).is("-") && tokens.get(q + 1).isWord() && at[q + 1] == null) {
                        q += 2; // "auto-discovery" is one word
                    }
                }
                if (q == from) {
                    return;
                }
                phrases.add(new int[] {from, q});
            }
            if (q < tokens.size() && tokens.get(q).is(",")) {
                q++;
            }
            if (q < tokens.size() && (tokens.get(q).is("and") || tokens.get(q).is("or"))) {
                q++;
            } else if (!tokens.get(q - 1).is(",")) {
                break;
            }
        }
        if (q >= tokens.size() || !verdictAt(tokens, q)) {
            return;
        }
        for (int[] phrase : phrases) {
            if (phrase == null) {
                continue;
            }
            int from = phrase[0];
            int end = phrase[1];
            String head = tokens.get(end - 1).lower();
            if (GENERIC.contains(head) || PEOPLE.contains(head) || VERDICT_NOUNS.contains(head)
                    || REFERENCES.contains(head) || KindWords.any(head).isPresent()
                    || !headNoun(head, Kind.TRAIT, false, end - from)) {
                continue;
            }
            Term term = new Term(Kind.TRAIT, name(tokens, from, end), List.of(), false, null, null, null);
            for (TermTrie.Match form : vocabulary.matchesAt(tokens.subList(from, end), 0)) {
                if (form.to() == end - from && !form.entries().get(0).term().kind().isTechnology()) {
                    term = form.entries().get(0).term();
                }
                break;
            }
            Token first = tokens.get(from);
            Token last = tokens.get(end - 1);
            Mention m = new Mention(from, end, term, s.text().substring(first.start(), last.end()), false,
                    first.start(), last.end());
            added.add(m);
            for (int k = from; k < end; k++) {
                at[k] = m;
            }
        }
    }

    /** Whether a verdict on the subject before it starts at {@code q}: a judging copula, "works well", "built in". */
    private static boolean verdictAt(List<Token> tokens, int q) {
        String verb = tokens.get(q).lower();
        int a = q + 1;
        while (a < tokens.size() && (SUBJECT_DEGREE.contains(tokens.get(a).lower()) || tokens.get(a).is("not"))) {
            a++;
        }
        if (a >= tokens.size()) {
            return false;
        }
        String w = tokens.get(a).lower();
        int afterBuilt = a + 1 < tokens.size() && tokens.get(a + 1).is("-") ? a + 2 : a + 1;
        boolean inTheBox = w.equals("built") && afterBuilt < tokens.size() && tokens.get(afterBuilt).is("in")
                && (afterBuilt + 1 >= tokens.size() || AFTER.contains(tokens.get(afterBuilt + 1).lower()))
                || w.equals("built-in") || w.equals("included") || w.equals("preinstalled")
                || w.equals("out") && a + 3 < tokens.size() && tokens.get(a + 1).is("of") && tokens.get(a + 3).is("box")
                || w.equals("ready") && a + 2 < tokens.size() && tokens.get(a + 1).is("to") && tokens.get(a + 2).is("use");
        if (VERDICT_COPULAS.contains(verb)) {
            boolean judged = PolarityCues.FEATURE_PRAISE.contains(w) || PolarityCues.FEATURE_FAULTS.contains(w);
            String next = a + 1 < tokens.size() ? tokens.get(a + 1).lower() : ".";
            boolean closed = AFTER.contains(next) && !next.equals("for") && !next.equals("in")
                    || VERDICT_CLOSERS.contains(next);
            return judged && closed || inTheBox;
        }
        if (WORKING.contains(verb)) {
            return PolarityCues.WORKING_MANNER.contains(w) || w.equals("out") && inTheBox;
        }
        return ARRIVING.contains(verb) && inTheBox;
    }

    /**
     * Nouns that name a verdict rather than a thing the technology has: in "the downside is speed" or "its main
     * strength is tooling" the quality after the copula is what is judged, and the noun is the judgement (read by
     * the polarity stage), so no "speed downside" trait is made of the pair.
     */
    private static final Set<String> VERDICT_NOUNS = Set.of("downside", "downsides", "drawback", "drawbacks",
            "weakness", "weaknesses", "catch", "caveat", "problem", "issue", "limitation", "shortcoming", "gap",
            "strength", "strengths", "upside", "advantage", "benefit", "highlight", "draw");

    /** "the former is free": a reference to a technology is no part of it; the quality is the technology's own. */
    private static final Set<String> REFERENCES = Set.of("former", "latter");

    /** Plain judgement adjectives the vocabulary has no trait for on their own. */
    private static final Set<String> PLAIN_QUALITIES = Set.of("heavy", "bloated", "huge", "large", "small", "tiny",
            "slow", "mature", "immature", "stable", "unstable", "limited", "poor", "weak", "strong", "rich",
            "thin", "sparse", "excellent", "solid", "robust", "fragile", "reliable", "unreliable");

    /**
     * Longest phrase wins: a vocabulary concept used as a modifier ("low-latency event processing",
     * "server-rendered pages") gives way to the whole noun phrase it starts. Only a trait or a hyphenated
     * form is read as a modifier, and the words after it must make a phrase of their own with a real head.
     * Returns the end of whichever mention now covers the position.
     */
    private static int widen(ParsedSentence s, Mention[] at, Mention known, Kind kind, List<Mention> added) {
        List<Token> tokens = s.tokens;
        int next = known.to();
        boolean modifier = known.term().kind() == Kind.TRAIT || known.surface().contains("-");
        Mention head = next < tokens.size() ? at[next] : null;
        if (modifier && known.term().kind() == Kind.TRAIT && known.surface().contains("-") && head != null
                && head.isConcept() && head.term().kind() == Kind.USE_CASE) {
            // "low-latency event processing": a hyphenated quality before a use case narrows that use case
            Token first = tokens.get(known.from());
            Token last = tokens.get(head.to() - 1);
            Term term = new Term(Kind.USE_CASE, name(tokens, known.from(), head.to()), List.of(), false, null, null,
                    null);
            Mention merged = new Mention(known.from(), head.to(), term,
                    s.text().substring(first.start(), last.end()), false, first.start(), last.end());
            s.mentions.remove(known);
            s.mentions.remove(head);
            added.add(merged);
            for (int k = merged.from(); k < merged.to(); k++) {
                at[k] = merged;
            }
            return merged.to();
        }
        if (!modifier || next >= tokens.size() || at[next] != null || !tokens.get(next).isWord()
                || !contentWord(tokens.get(next)) || properName(tokens.get(next))) {
            return known.to();
        }
        for (int k = known.from(); k < known.to(); k++) {
            at[k] = null;
        }
        int before = added.size();
        int end = chunk(s, at, known.from(), kind, added, false);
        if (end > next && !GENERIC.contains(tokens.get(end - 1).lower())) {
            s.mentions.remove(known);
            return end;
        }
        while (added.size() > before) {
            added.remove(added.size() - 1);
        }
        for (int k = known.from(); k < Math.max(end, known.to()); k++) {
            at[k] = k < known.to() ? known : null;
        }
        return known.to();
    }

    /**
     * Chunks one phrase from {@code p}; adds it and returns its end, or -1 when there is none. A
     * {@code subject} phrase ("Nimbel's hot reload is ...") is a quality of
     * its owner only when a predicate follows it.
     */
    private static int chunk(ParsedSentence s, Mention[] at, int p, Kind kind, List<Mention> added,
                             boolean subject) {
        return chunk(s, at, p, kind, added, subject, false);
    }

    /** As above; a {@code named} phrase (after "X for") may end in a singular noun after "the" too. */
    private static int chunk(ParsedSentence s, Mention[] at, int p, Kind kind, List<Mention> added,
                             boolean subject, boolean named) {
        List<Token> tokens = s.tokens;
        boolean article = named && p < tokens.size() && tokens.get(p).is("the");
        // "no decompiler", "no telemetry": a word of lacking names one missing thing, so any noun heads its phrase
        boolean lacked = p > 0 && lackedFeature(tokens, p - 1);
        while (p < tokens.size() && DETERMINERS.contains(tokens.get(p).lower())) {
            article |= tokens.get(p).is("a") || tokens.get(p).is("an");
            p++;
        }
        while (kind == Kind.TRAIT && p + 1 < tokens.size() && PRAISE.contains(tokens.get(p).lower())
                && at[p] == null && tokens.get(p + 1).isWord()) {
            p++;
        }
        if (kind == Kind.USE_CASE && p < tokens.size() && MAKING.contains(tokens.get(p).lower())) {
            p++;
            while (p < tokens.size() && DETERMINERS.contains(tokens.get(p).lower())) {
                article |= tokens.get(p).is("a") || tokens.get(p).is("an");
                p++;
            }
        }
        int from = p;
        int words = 0;
        int end = p;
        while (end < tokens.size() && words < MAX_WORDS) {
            Token t = tokens.get(end);
            boolean compound = end + 2 < tokens.size() && tokens.get(end + 1).is("-") && tokens.get(end + 2).isWord();
            if (!t.isWord() || at[end] != null || !compound && !contentWord(t)) {
                break;
            }
            end++;
            // a hyphenated compound is one word, whatever it holds ("over-the-air", "exactly-once")
            while (end + 1 < tokens.size() && tokens.get(end).type() == Token.Type.JOINER
                    && tokens.get(end).is("-") && tokens.get(end + 1).isWord() && at[end + 1] == null) {
                end += 2;
            }
            words++;
        }
        if (end > from && kind == Kind.USE_CASE && nounCompound(tokens, at, from, end)) {
            // "for component testing", "for batch reporting": nouns before a one-word use case narrow it, and
            // the article's compound is the use case it names
            Mention broad = at[end];
            s.mentions.remove(broad);
            for (int k = broad.from(); k < broad.to(); k++) {
                at[k] = null;
            }
            end = broad.to();
            words++;
        }
        if (end == from || end < tokens.size() && at[end] != null && at[end].isConcept()) {
            return -1; // nothing, or a modifier of a vocabulary concept ("small" in "small community")
        }
        if (end < tokens.size() && tokens.get(end).type() == Token.Type.JOINER) {
            return -1;
        }
        boolean predicate = end < tokens.size() && Verbs.isVerbLike(tokens.get(end).lower());
        if (subject ? !predicate || tokens.get(end).is("has") || tokens.get(end).is("have") || words < 2
                : predicate && !tokens.get(end).is("also")) {
            return -1; // the subject of a new clause: "and its store is the largest"
        }
        for (int k = from; k < end; k++) {
            if (properName(tokens.get(k))) {
                return -1;
            }
        }
        Token head = tokens.get(end - 1);
        String h = head.lower();
        if (kind == Kind.USE_CASE && words == 1 && h.endsWith("ing") && end + 1 < tokens.size()
                && (tokens.get(end).is("and") || tokens.get(end).is("or"))
                && tokens.get(end + 1).lower().endsWith("ing")) {
            return -1; // "exploring and transforming data": verbs sharing an object
        }
        boolean listed = from > 0 && (tokens.get(from - 1).is("and") || tokens.get(from - 1).is(","));
        if (words == 1 && (h.endsWith("ing") || listed && h.endsWith("s")) && end < tokens.size()
                && (Set.of("it", "them", "this", "that", "the", "a", "an", "its", "their").contains(
                        tokens.get(end).lower()) || at[end] != null && at[end].isTech()
                || tokens.get(end).isWord() && tokens.get(end).capitalised())) {
            return -1; // "using it for ...", "consuming Django APIs": a verb with its object, not a use case
        }
        boolean pronounHead = end < tokens.size() && (tokens.get(end).is("ones") || tokens.get(end).is("one"));
        if (kind == Kind.USE_CASE && (fragment(tokens, from, end) || FIT_VERDICTS.contains(h) || pronounHead)) {
            return -1;
        }
        if (GENERIC.contains(h) && (words == 1 || PEOPLE.contains(h) || allGeneric(tokens, from, end))
                || KindWords.any(h).isPresent() || !headNoun(h, kind, article, lacked ? 2 : words)) {
            return -1;
        }
        Token first = tokens.get(from);
        String surface = s.text().substring(first.start(), head.end());
        Term term = new Term(kind, name(tokens, from, end), List.of(), false, null, null, null);
        added.add(new Mention(from, end, term, surface, false, first.start(), head.end()));
        for (int k = from; k < end; k++) {
            at[k] = added.get(added.size() - 1);
        }
        return end;
    }

    /**
     * Whether the words from {@code from} to {@code end} are plain nouns right before a one-word, lower-case
     * vocabulary use case ("component" before "testing"): no grade, praise, manner or adjective ending, at most two.
     */
    private static boolean nounCompound(List<Token> tokens, Mention[] at, int from, int end) {
        if (end >= tokens.size() || at[end] == null || !at[end].isConcept() || at[end].to() != end + 1
                || at[end].term().kind() != Kind.USE_CASE || end - from > 2
                || !at[end].surface().equals(at[end].surface().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = from; k < end; k++) {
            String w = tokens.get(k).lower();
            if (GRADES.contains(w) || PRAISE.contains(w) || MANNER.contains(w) || GENERIC.contains(w)
                    || !tokens.get(k).isWord() || w.endsWith("ed") || w.endsWith("ing")) {
                return false;
            }
            for (String ending : ADJECTIVE_ENDINGS) {
                if (w.endsWith(ending) && !w.endsWith("ent") && !w.endsWith("ant")) {
                    return false; // "component", "tenant" are nouns; "scientific", "continuous" are not
                }
            }
        }
        return true;
    }

    /** Words of time and amount: "for six years", "for billions of rows", "for the two", "for the bulk of". */
    private static final Set<String> TIME_AND_AMOUNT = Set.of("year", "years", "month", "months", "week", "weeks",
            "day", "days", "hour", "hours", "minute", "minutes", "time", "times", "ago", "decade", "decades",
            "while", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "yes", "bulk", "majority",
            "minority", "rest", "remainder");
    /** Nouns of a verdict on a fit, no use case themselves: "a poor fit for ...", "my recommendation for ...". */
    private static final Set<String> FIT_VERDICTS = Set.of("fit", "match", "pick", "verdict", "bet", "candidate",
            "recommendation", "recommendations", "advice", "suggestion", "answer", "take",
            "candidates", "contender", "contenders", "winner");

    /** A use-case phrase holding a word of time or amount says when or how much, not what for. */
    private static boolean fragment(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (TIME_AND_AMOUNT.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "use cases", "other tools": every word generic. */
    private static boolean allGeneric(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord() && !GENERIC.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "Asset Store": a capitalised word that is not an acronym ("UI", "3D") names something. */
    private static boolean properName(Token t) {
        String text = t.text();
        return t.capitalised() && !text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static boolean contentWord(Token t) {
        String w = t.lower();
        if (STOP.contains(w) || DETERMINERS.contains(w) || Verbs.isVerbLike(w) || w.endsWith("ly")
                || w.endsWith("'t")) {
            return false;
        }
        return Character.isLetterOrDigit(w.charAt(0));
    }

    private static final Set<String> ADJECTIVE_ENDINGS = Set.of("ous", "ive", "able", "ible", "ful", "less", "ic",
            "ent", "ant", "ish", "est", "ed");

    /** Whether the last word can head the phrase: a plural, a gerund, a derived noun, or any noun after "a". */
    private static boolean headNoun(String h, Kind kind, boolean article, int words) {
        if (h.length() < 3 || !Character.isLetter(h.charAt(h.length() - 1))) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (h.endsWith(ending) && !h.endsWith("ment") && !h.endsWith("ness")) {
                return false;
            }
        }
        boolean plural = h.endsWith("s") && !h.endsWith("ss") && !h.endsWith("us") && !h.endsWith("is");
        boolean derived = h.endsWith("ing") || h.endsWith("tion") || h.endsWith("sion") || h.endsWith("ment")
                || h.endsWith("ity") || h.endsWith("ness") || h.endsWith("ance") || h.endsWith("ence")
                || h.endsWith("ics") || h.endsWith("ism") || h.endsWith("ure") || h.endsWith("age");
        if (kind == Kind.USE_CASE) {
            return plural || derived || article || words >= 2;
        }
        return words >= 2 || derived || plural;
    }

    /** The concept's name: the words as written, a capitalised ordinary word lower-cased ("Content sites"). */
    private static String name(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && t.isWord() && tokens.get(k - 1).isWord()) {
                b.append(' ');
            }
            String text = t.text();
            boolean plainCapital = text.length() > 1 && Character.isUpperCase(text.charAt(0))
                    && text.substring(1).equals(text.substring(1).toLowerCase(Locale.ROOT));
            b.append(plainCapital ? text.toLowerCase(Locale.ROOT) : text);
        }
        return b.toString();
    }
}
