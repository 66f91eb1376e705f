package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the entities each sentence of a document names: vocabulary forms by longest match, names found by
 * {@link NameDiscovery}, and ambiguous names ("Go", "Rust", "Rails") only where {@link AmbiguityGuard}
 * finds support, in the sentence or, for a capitalised form, elsewhere in the document. Organisations are
 * never technologies: no name inside one is taken ("Acme Software Foundation"), none is discovered.
 */
public final class MentionFinder {

    private record Candidate(TermTrie.Match match, TermTrie.Entry entry) {
    }

    private final Lexicon lexicon;

    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(List<ParsedSentence> sentences) {
        find(sentences, null, Map.of());
    }

    /**
     * As {@link #find(List)}, with the document's blocks so that names heading table rows and columns are read,
     * and the table names an earlier pass over the same document found ({@code tableNames}: a head cell read
     * anew by {@link Structure} no longer shows its name alone). Returns the table names this pass found.
     */
    public Map<String, Kind> find(List<ParsedSentence> sentences, List<PlainText.Block> blocks,
                           Map<String, Kind> tableNames) {
        List<List<Candidate>> perSentence = new ArrayList<>();
        Map<String, Kind> discovered = new LinkedHashMap<>();
        List<List<SiblingNames.Known>> technologiesBySentence = new ArrayList<>();
        List<boolean[]> knownBySentence = new ArrayList<>();
        Map<String, Kind> paired = new LinkedHashMap<>();
        Map<String, Kind> slotted = new LinkedHashMap<>();
        Map<String, Kind> introduced = new LinkedHashMap<>();
        Map<String, Kind> leads = new LinkedHashMap<>();
        boolean uncapitalised = false;
        List<CodeCompound> codeCompounds = new ArrayList<>();
        Map<String, Kind> coined = new LinkedHashMap<>();
        Map<String, Kind> besideKnown = new LinkedHashMap<>();
        Map<String, Kind> subjects = new LinkedHashMap<>();
        Map<String, Kind> ambiguousEnding = new LinkedHashMap<>();
        Map<String, Integer> recurring = new LinkedHashMap<>();
        Set<Term> written = new HashSet<>();
        for (ParsedSentence s : sentences) {
            List<Candidate> candidates = platformsAmongRuntimes(s, candidates(s, lexicon.trie()),
                    platformCell(s, blocks));
            perSentence.add(candidates);
            boolean[] known = new boolean[s.tokens.size()];
            for (Candidate c : candidates) {
                for (int k = c.match().from(); k < c.match().to() && !c.entry().guarded(); k++) {
                    known[k] = true; // a guarded name stays open to discovery: a pattern that finds it supports it
                }
            }
            NameDiscovery.discover(s.tokens, known).forEach(discovered::putIfAbsent);
            LowerCaseNames.discover(s, known).forEach(discovered::putIfAbsent);
            CommandNames.discover(s.tokens, known).forEach(discovered::putIfAbsent);
            LowerCaseNames.leads(s, known).forEach(leads::putIfAbsent);
            uncapitalised |= LowerCaseNames.uncapitalised(s);
            CodeNames.discover(s, techParts(candidates)).forEach(discovered::putIfAbsent);
            Map<Integer, Term> lowerParts = guardedCodeParts(s);
            if (!lowerParts.isEmpty()) {
                codeCompounds.add(new CodeCompound(s, lowerParts));
            }
            candidates.forEach(c -> written.add(c.entry().term()));
            List<SiblingNames.Known> technologies = knownTechnologies(candidates);
            technologiesBySentence.add(technologies);
            knownBySentence.add(known);
            InnerCapitalNames.discover(s.tokens, known, !technologies.isEmpty(), discovered, besideKnown, coined);
            // "the microsoft package" is a maker's package, named by its maker: no name of its own
            LowerCaseNames.beforeKindNoun(s.tokens, known, !technologies.isEmpty()).forEach((name, kind) -> {
                if (lexicon.vocabulary().organisation(name.split(" ")[0]).isEmpty()) {
                    discovered.putIfAbsent(name, kind);
                }
            });
            SubjectNames.discover(s, known, subjects);
            // a heading or a title-case line capitalises English words too ("Why There Is Nothing Like Falcon")
            boolean titled = s.heading() || titleCaseBesides(s, technologies);
            if (!titled && s.sentence.blockType() != PlainText.BlockType.CELL) {
                SiblingNames.discover(s.tokens, known, technologies, paired).forEach(discovered::putIfAbsent);
            }
            SlotNames.discover(s.tokens, known, technologies, slotted, titled ? new LinkedHashMap<>() : introduced);
            SubjectNames.countRecurring(s, vocabularyTokens(s, candidates), titled, recurring);
            if (!titled && s.sentence.blockType() != PlainText.BlockType.CELL) {
                ambiguousEndings(s, candidates, known, ambiguousEnding);
            }
            if (!s.heading()) {
                longerNames(s, candidates, known, discovered, titleCase(s));
            }
            if (s.heading() && s.sentence.index() == 0) {
                boolean[] technology = new boolean[s.tokens.size()];
                technologies.forEach(k -> Arrays.fill(technology, k.from(), k.to(), true));
                TitleNames.discover(s, technology, discovered);
            }
            // organisations are never technologies, however they were discovered
            discovered.keySet().removeIf(name -> lexicon.vocabulary().organisation(name).isPresent());
        }
        // "rq-scheduler", "textual-serve": an ambiguous name spelt in lower case is code when a hyphen joins it to a
        // package's other part, in a document that writes the name as the vocabulary does elsewhere
        for (CodeCompound compound : codeCompounds) {
            Map<Integer, Kind> parts = new HashMap<>();
            compound.parts().forEach((at, term) -> {
                if (written.contains(term)) {
                    parts.put(at, term.kind());
                }
            });
            CodeNames.discover(compound.sentence(), parts).forEach(discovered::putIfAbsent);
        }
        if (!uncapitalised) { // a lower-case opening word is a name's own spelling only where sentences are capitalised
            leads.forEach(discovered::putIfAbsent);
        }
        subjects.forEach((name, kind) -> {
            if (SubjectNames.writtenInside(sentences, name)) {
                discovered.putIfAbsent(name, kind);
            }
        });
        ambiguousEnding.forEach((name, kind) -> {
            if (writtenTwice(sentences, name)) {
                discovered.putIfAbsent(name, kind);
            }
        });
        paired.forEach((name, kind) -> {
            if (writtenTwice(sentences, name)) {
                discovered.putIfAbsent(name, kind);
            }
        });
        ListLeads.discover(sentences, technologiesBySentence, knownBySentence, discovered);
        if (blocks != null) {
            Map<String, Kind> table = new LinkedHashMap<>(tableNames);
            TableNames.discover(sentences, blocks, technologiesBySentence, knownBySentence, table);
            HeadingNames.discover(sentences, blocks, technologiesBySentence, knownBySentence, discovered);
            MarkedLeads.discover(sentences, blocks, technologiesBySentence, knownBySentence, discovered);
            table.forEach(discovered::putIfAbsent);
            tableNames = table;
        }
        // a slot's cue says what fills it, but a month or a place fills it once too: a capitalised word must come
        // back, a name spelt as code ("VirtualWidget", "zorb.js") need not; last, so that any other pattern's kind wins
        slotted.forEach((name, kind) -> {
            if (SlotNames.codeSpelt(name) || writtenTwice(sentences, name)) {
                discovered.putIfAbsent(name, kind);
            }
        });
        // an inner-capital word beside a known technology, or written twice, is weaker still than a slot's cue
        besideKnown.forEach(discovered::putIfAbsent);
        coined.forEach((name, kind) -> {
            if (writtenTwice(sentences, name)) {
                discovered.putIfAbsent(name, kind);
            }
        });
        // "through Zorbit", "consider Zorbit" beside a known technology: what the writer uses or suggests is a name,
        // weakest of all; not "with Ivo" in a thread where Ivo speaks (a person), nor "via Acme Labs" (a maker)
        introduced.forEach((name, kind) -> {
            String[] words = name.split(" ");
            if (!speaker(sentences, name) && !ORGANISATION.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                discovered.putIfAbsent(name, kind);
            }
        });
        // a plain capitalised word written alone inside two sentences is a name, weakest of all: any pattern that
        // reads it gives its kind first; not a speaker, nor a word the document also writes in lower case. A
        // hyphenated acronym ("QX-SAT") is a product's spelling by its shape: once is enough
        // (the document's speakers and lower-case words are gathered once: per name they would cost a pass each)
        Set<String> speakers = speakersOutsideHeadings(sentences);
        Set<String> lowerCaseWords = SubjectNames.lowerCaseWords(sentences);
        recurring.forEach((name, count) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((count >= SubjectNames.MIN_RECURRING || count >= 1 && name.contains("-")) && !speakers.contains(lower)
                    && !lowerCaseWords.contains(lower)) {
                discovered.putIfAbsent(name, Kind.TOOL);
            }
        });
        discovered.keySet().removeIf(name -> lexicon.vocabulary().organisation(name).isPresent());
        TermTrie local = localTrie(discovered);
        Set<Term> supported = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            if (!discovered.isEmpty()) {
                perSentence.set(i, merge(perSentence.get(i), candidates(s, local)));
            }
            for (Candidate c : perSentence.get(i)) {
                if (!c.entry().guarded() || AmbiguityGuard.supported(s, c.match(), techSpans(perSentence.get(i)),
                        c.entry().term().needsCue()) || discovered.containsKey(words(s, c.match()))) {
                    supported.add(c.entry().term());
                }
            }
        }
        supportedInEcosystem(sentences, perSentence, supported);
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            List<TermTrie.Match> spans = techSpans(perSentence.get(i));
            for (Candidate c : perSentence.get(i)) {
                TermTrie.Match m = c.match();
                boolean keep = !c.entry().guarded()
                        || AmbiguityGuard.supported(s, m, spans, c.entry().term().needsCue())
                        || supported.contains(c.entry().term()) && AmbiguityGuard.plausible(s, m);
                if (keep) {
                    Token first = s.tokens.get(m.from());
                    Token last = s.tokens.get(m.to() - 1);
                    s.mentions.add(new Mention(m.from(), m.to(), c.entry().term(),
                            s.text().substring(first.start(), last.end()), c.entry().opposite(),
                            first.start(), last.end()));
                }
            }
            PhraseConcepts.add(s, lexicon.trie());
        }
        return tableNames;
    }

    /**
     * A {@code needs-cue} name ("Pino", "Gazebo", "Haystack") written as a name would be (capitalised in
     * mid-sentence, or before a verb that describes it) is supported in a document that names the language its
     * ecosystem is written in: a person or place of that name rarely shares a page with that language, while
     * the library's article names it. Run after the sentence-level support, whose languages it reads.
     */
    private static void supportedInEcosystem(List<ParsedSentence> sentences, List<List<Candidate>> perSentence,
                                             Set<Term> supported) {
        Set<String> languages = new HashSet<>();
        for (Term t : supported) {
            if (t.kind() == Kind.LANGUAGE) {
                languages.add(t.name());
            }
        }
        if (languages.isEmpty()) {
            return;
        }
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            List<TermTrie.Match> spans = null;
            for (Candidate c : perSentence.get(i)) {
                Term term = c.entry().term();
                if (!c.entry().guarded() || !term.needsCue() || supported.contains(term)
                        || term.language() == null || !languages.contains(term.language())) {
                    continue;
                }
                if (spans == null) {
                    spans = techSpans(perSentence.get(i));
                }
                if (AmbiguityGuard.supported(s, c.match(), spans, false)) {
                    supported.add(term);
                }
            }
        }
    }

    /** Whether the sentences write {@code name} as a whole word at least twice. */
    private static boolean writtenTwice(List<ParsedSentence> sentences, String name) {
        int count = 0;
        for (ParsedSentence s : sentences) {
            String text = s.text();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (whole && ++count >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tokens of a match joined by spaces, as {@link NameDiscovery} writes the names it finds. */
    private static String words(ParsedSentence s, TermTrie.Match m) {
        return Token.join(s.tokens, m.from(), m.to());
    }

    /** One-token technology matches by token, with their kinds: the parts {@link CodeNames} looks for. */
    private static Map<Integer, Kind> techParts(List<Candidate> candidates) {
        Map<Integer, Kind> out = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.entry().term().kind().isTechnology() && !c.entry().opposite()
                    && c.match().to() - c.match().from() == 1) {
                out.put(c.match().from(), c.entry().term().kind());
            }
        }
        return out;
    }

    /** A sentence and the lower-case words in it that start a hyphen compound and spell an ambiguous name. */
    private record CodeCompound(ParsedSentence sentence, Map<Integer, Term> parts) {
    }

    /**
     * Lower-case words joined by a hyphen to the next word ("rq-scheduler") that spell an ambiguous technology's
     * name, which the case-sensitive match does not take ("rq" for RQ): a part {@link CodeNames} may start from.
     */
    private Map<Integer, Term> guardedCodeParts(ParsedSentence s) {
        Map<Integer, Term> out = new HashMap<>();
        List<Token> tokens = s.tokens;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.text().equals(t.lower()) || CodeNames.hyphenEnd(tokens, i) == i + 1
                    || i > 0 && tokens.get(i - 1).type() == Token.Type.JOINER) {
                continue;
            }
            for (TermTrie.Match m : lexicon.trie().matchesAt(tokens, i)) {
                if (m.to() != i + 1) {
                    continue;
                }
                for (TermTrie.Entry e : m.entries()) {
                    if (e.guarded() && e.term().kind().isTechnology() && !e.opposite()) {
                        out.putIfAbsent(i, e.term());
                    }
                }
            }
        }
        return out;
    }

    /** The tokens any vocabulary match covers, guarded ones included: a vocabulary name is no new name. */
    private static boolean[] vocabularyTokens(ParsedSentence s, List<Candidate> candidates) {
        boolean[] covered = new boolean[s.tokens.size()];
        for (Candidate c : candidates) {
            Arrays.fill(covered, c.match().from(), c.match().to(), true);
        }
        return covered;
    }

    /** Technology matches with their kinds, for {@link SiblingNames}. */
    private static List<SiblingNames.Known> knownTechnologies(List<Candidate> candidates) {
        List<SiblingNames.Known> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.entry().term().kind().isTechnology() && !c.entry().opposite()) {
                out.add(new SiblingNames.Known(c.match().from(), c.match().to(), c.entry().term().kind(),
                        c.entry().guarded()));
            }
        }
        return out;
    }

    private static List<TermTrie.Match> techSpans(List<Candidate> candidates) {
        List<TermTrie.Match> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.entry().term().kind().isTechnology()) {
                out.add(c.match());
            }
        }
        return out;
    }

    /**
     * Longest match left to right; a guarded form must match case-sensitively; an organisation's name at least
     * as long as the match hides it.
     */
    private List<Candidate> candidates(ParsedSentence s, TermTrie trie) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = s.tokens;
        int i = 0;
        while (i < tokens.size()) {
            Candidate chosen = null;
            for (TermTrie.Match m : trie.matchesAt(tokens, i)) {
                for (TermTrie.Entry e : m.entries()) {
                    if (!e.guarded() || sameCase(tokens, m, e)) {
                        chosen = new Candidate(m, e);
                        break;
                    }
                }
                if (chosen != null) {
                    break;
                }
            }
            Listed listed = adjectiveList(tokens, i, trie);
            if (listed != null && (chosen == null || listed.covers() > chosen.match().to())) {
                chosen = listed.candidate();
            }
            if (chosen != null && verbWithObject(tokens, chosen)) {
                chosen = null; // "bundling its own router": the verb, not the use case "bundling"
            }
            int organisation = lexicon.organisationEnd(tokens, i);
            if (organisation > i && (chosen == null || organisation >= chosen.match().to())) {
                i = organisation;
            } else if (chosen != null) {
                out.add(chosen);
                i = chosen.match().to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Bare aliases of use cases that are operating systems' names (kind-words.tsv {@code @platform-use-cases}). */
    private static final Set<String> PLATFORM_USE_CASES = DataFile.wordList(
            "dev/techgraph/importer/extract/kind-words.tsv", "@platform-use-cases");
    /** Tokens that join the items of a list of names. */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "/", "&");
    /** The Runtime a platform word names, one term per word so that every document's mentions meet in one entity. */
    private static final Map<String, Term> PLATFORMS = new ConcurrentHashMap<>();

    /**
     * "runs on Linux, macOS, iOS and Android": a use case's bare alias that is an operating system's name
     * ({@link #PLATFORM_USE_CASES}), in one list with a known runtime, names the platform (a Runtime) as its
     * siblings do, where "Android apps" or "a library for iOS" name the work of building for it.
     */
    private static List<Candidate> platformsAmongRuntimes(ParsedSentence s, List<Candidate> candidates,
                                                          boolean platformCell) {
        List<Candidate> out = candidates;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.entry().term().kind().isTechnology() || c.match().to() - c.match().from() != 1
                    || !PLATFORM_USE_CASES.contains(s.tokens.get(c.match().from()).text())) {
                continue;
            }
            if (!platformCell && !listedWithRuntime(s, candidates, i, -1) && !listedWithRuntime(s, candidates, i, 1)) {
                continue;
            }
            String word = s.tokens.get(c.match().from()).text();
            Term platform = PLATFORMS.computeIfAbsent(word,
                    w -> new Term(Kind.RUNTIME, w, List.of(), false, null, null, null));
            if (out == candidates) {
                out = new ArrayList<>(candidates);
            }
            out.set(i, new Candidate(c.match(), new TermTrie.Entry(platform, word, c.entry().words(), false, false)));
        }
        return out;
    }

    /** Labels of a table's row or column whose cells name platforms (kind-words.tsv {@code @platform-labels}). */
    private static final Set<String> PLATFORM_LABELS = DataFile.wordList(
            "dev/techgraph/importer/extract/kind-words.tsv", "@platform-labels");

    /**
     * Whether the sentence is a table cell in a row or a column labelled as the platforms a technology runs on
     * ("| Platforms | ... |", a column "Runs on"): its cells list platforms, as a list beside runtimes does.
     */
    private static boolean platformCell(ParsedSentence s, List<PlainText.Block> blocks) {
        if (blocks == null || s.sentence.blockType() != PlainText.BlockType.CELL || s.sentence.block() < 0
                || s.sentence.block() >= blocks.size()) {
            return false;
        }
        PlainText.Cell cell = blocks.get(s.sentence.block()).cell();
        return cell != null && (platformLabel(cell.rowHead()) || platformLabel(cell.columnHead()));
    }

    private static boolean platformLabel(String head) {
        return head != null && PLATFORM_LABELS.contains(head.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether walking from candidate {@code at} in direction {@code step} over list items (runtimes and other
     * platform words), each joined to the last by list tokens only, reaches a known runtime.
     */
    private static boolean listedWithRuntime(ParsedSentence s, List<Candidate> candidates, int at, int step) {
        for (int i = at; i + step >= 0 && i + step < candidates.size(); i += step) {
            Candidate here = candidates.get(i);
            Candidate next = candidates.get(i + step);
            int from = step > 0 ? here.match().to() : next.match().to();
            int to = step > 0 ? next.match().from() : here.match().from();
            if (from >= to) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (!LIST_JOINERS.contains(s.tokens.get(k).lower())) {
                    return false;
                }
            }
            Term term = next.entry().term();
            if (term.kind() == Kind.RUNTIME) {
                return true;
            }
            if (term.kind().isTechnology() || next.match().to() - next.match().from() != 1
                    || !PLATFORM_USE_CASES.contains(s.tokens.get(next.match().from()).text())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_STARTS = Set.of("it", "them", "its", "their", "the", "a", "an",
            "this", "that", "these", "those", "our", "your");

    /** A one-word gerund concept followed by an object is used as a verb ("bundling its own router"). */
    private static boolean verbWithObject(List<Token> tokens, Candidate c) {
        TermTrie.Match m = c.match();
        return m.to() - m.from() == 1 && !c.entry().term().kind().isTechnology()
                && tokens.get(m.from()).lower().endsWith("ing") && m.to() < tokens.size()
                && OBJECT_STARTS.contains(tokens.get(m.to()).lower());
    }

    /**
     * "large, friendly communities", "a mature and stable ecosystem": the first of coordinated adjectives
     * still modifies the noun, so the form "large communities" matches across the adjectives between.
     */
    private static Listed adjectiveList(List<Token> tokens, int i, TermTrie trie) {
        Token first = tokens.get(i);
        if (!first.isWord() || first.capitalised()) {
            return null;
        }
        int j = i + 1;
        int skipped = 0;
        while (skipped < 2 && j + 1 < tokens.size() && (tokens.get(j).is(",") || tokens.get(j).is("and"))
                && plainAdjective(tokens.get(j + 1))) {
            j += 2;
            skipped++;
        }
        if (skipped == 0 || j >= tokens.size()) {
            return null;
        }
        List<Token> joined = new ArrayList<>();
        joined.add(first);
        joined.addAll(tokens.subList(j, tokens.size()));
        for (TermTrie.Match m : trie.matchesAt(joined, 0)) {
            if (m.to() < 2) {
                continue;
            }
            for (TermTrie.Entry e : m.entries()) {
                if (!e.guarded() && !e.term().kind().isTechnology()) {
                    int end = j + m.to() - 1;
                    if (ownConcept(tokens, j - 1, end, trie, e.term())) {
                        // "documentation and marketing sites": the last modifier names a concept of its own with
                        // the shared head, so the first keeps only its word and the rest is matched as written
                        return new Listed(new Candidate(new TermTrie.Match(i, i + 1, m.entries()), e), end);
                    }
                    return new Listed(new Candidate(new TermTrie.Match(i, end, m.entries()), e), end);
                }
            }
        }
        return null;
    }

    /** A match across coordinated modifiers and the end of the words it stands for (its head's). */
    private record Listed(Candidate candidate, int covers) {
    }

    /** Whether the words from {@code from} to {@code end} are a concept of their own, other than {@code other}. */
    private static boolean ownConcept(List<Token> tokens, int from, int end, TermTrie trie, Term other) {
        for (TermTrie.Match m : trie.matchesAt(tokens, from)) {
            if (m.to() == end) {
                for (TermTrie.Entry e : m.entries()) {
                    if (!e.guarded() && !e.term().kind().isTechnology() && !e.opposite() && !e.term().equals(other)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A lower-case word that can stand between coordinated adjectives (not a function word or verb). */
    private static boolean plainAdjective(Token t) {
        String w = t.lower();
        return t.isWord() && !t.capitalised() && w.length() > 2 && !Verbs.isVerbLike(w)
                && !Set.of("the", "a", "an", "its", "their", "not", "also", "then", "so", "but", "yet", "very",
                        "more", "most", "less", "other", "many", "some").contains(w);
    }

    private static boolean sameCase(List<Token> tokens, TermTrie.Match m, TermTrie.Entry e) {
        int w = 0;
        for (int k = m.from(); k < m.to(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (w >= e.words().size() || !t.text().equals(e.words().get(w))) {
                return false;
            }
            w++;
        }
        return true;
    }

    /** Vocabulary candidates win; a discovered name fills only tokens nothing else matched. */
    /** Capitalised words that are no name of their own: pronouns, articles, sentence openers. */
    private static final Set<String> NOT_NAME = Set.of("i", "you", "we", "they", "it", "he", "she", "the", "a", "an",
            "this", "that", "these", "those", "and", "or", "but", "if", "when", "in", "on", "for", "to", "with",
            "of", "at", "by", "as", "so", "then", "also", "both", "all", "each", "my", "our", "your", "its", "their",
            "is", "are", "was", "vs", "versus", "ok", "yes", "no", "api", "apis", "ui", "ide");
    /** Last words that make a capitalised name an organisation or an event, never a technology. */
    private static final Set<String> ORGANISATION = Set.of("foundation", "inc", "labs", "team", "corporation", "corp",
            "software", "community", "conf", "conference", "summit", "meetup", "group", "council", "company",
            "university", "institute", "ltd", "llc", "gmbh", "days", "weekly", "survey", "report", "blog");

    /** At most this many capitalised words before an ambiguous name make a longer name with it. */
    private static final int MAX_WORDS_BEFORE_AMBIGUOUS = 2;

    /**
     * "Binary Ninja", "Quill Spark": capitalised words no vocabulary entry covers, not the sentence's first, right
     * before an ambiguous technology name ("Ninja" the build tool, "Spark") make a longer name that ends with it;
     * the ambiguous word alone is an English word the product's name uses. Collected into {@code found}, of the
     * ambiguous entry's kind; the caller keeps a name the document writes twice, so a one-off capitalised phrase
     * ("Chief Ninja") stays out.
     */
    private static void ambiguousEndings(ParsedSentence s, List<Candidate> candidates, boolean[] known,
                                         Map<String, Kind> found) {
        for (Candidate c : candidates) {
            if (!c.entry().guarded() || c.entry().opposite() || !c.entry().term().kind().isTechnology()) {
                continue;
            }
            int from = c.match().from();
            int start = from;
            while (start - 1 > 0 && from - (start - 1) <= MAX_WORDS_BEFORE_AMBIGUOUS && !known[start - 1]) {
                Token t = s.tokens.get(start - 1);
                if (!t.isWord() || !t.capitalised() || NOT_NAME.contains(t.lower())) {
                    break;
                }
                start--;
            }
            if (start < from) {
                found.putIfAbsent(Token.join(s.tokens, start, c.match().to()), c.entry().term().kind());
            }
        }
    }

    /** A language's name followed by these stays the language's ("a Groovy DSL"). */
    private static final Set<String> DSL = Set.of("dsl", "dsls");

    /**
     * "Vue Router", "Bun Shell": a known name followed by capitalised words no vocabulary entry covers is a
     * longer name of its own (the longest match wins), of the kind its last word names, else a Library.
     */
    private static void longerNames(ParsedSentence s, List<Candidate> candidates, boolean[] known,
                                    Map<String, Kind> discovered, boolean titleCase) {
        for (Candidate c : candidates) {
            if (!c.entry().term().kind().isTechnology() || c.entry().opposite()) {
                continue;
            }
            if (titleCase && !divergingAlias(s, c)) {
                continue; // a title capitalises every word: only a name that leaves its entry's name is longer
            }
            int j = c.match().to();
            boolean viaConcept = false;
            while (j < s.tokens.size() && s.tokens.get(j).isWord() && s.tokens.get(j).capitalised()
                    && !NOT_NAME.contains(s.tokens.get(j).lower())) {
                if (!known[j]) {
                    j++;
                    continue;
                }
                int concept = conceptsJoin(s, c) ? capitalisedConceptEnd(s, candidates, j) : -1;
                if (concept < 0) {
                    break;
                }
                j = concept;
                viaConcept = true;
            }
            if (j == c.match().to()) {
                continue;
            }
            String last = s.tokens.get(j - 1).lower();
            if (ORGANISATION.contains(last) || KindWords.isPlural(last)) { // "Azure SDKs" are SDKs for Azure
                continue;
            }
            if (DSL.contains(last) && c.entry().term().kind() == Kind.LANGUAGE) {
                continue; // "the Zorb DSL" is Zorb written for one purpose, not a technology of its own
            }
            String name = s.text().substring(s.tokens.get(c.match().from()).start(), s.tokens.get(j - 1).end());
            // "ClickHouse Cloud": a capitalised concept after a name makes a variant of it, of its kind, and so does
            // an edition's word ("Zorb Enterprise"); a component's noun says what the longer name is ("Zorb Shell")
            Kind fallback = viaConcept || KindWords.edition(last) ? c.entry().term().kind() : Kind.LIBRARY;
            discovered.putIfAbsent(name, KindWords.naming(last).orElse(fallback));
        }
    }

    /**
     * "Unreal Editor" after the alias "Unreal" of Unreal Engine: the words matched are a short alias that opens the
     * entry's own name, and the capitalised word after them is not the one the name goes on with, so the text names
     * another product of the same family, even in a line that capitalises every word (a table cell, a sentence of
     * proper names). "Unreal Engine" written out matches the name itself and is left alone.
     */
    private static boolean divergingAlias(ParsedSentence s, Candidate c) {
        List<String> name = List.of(c.entry().term().name().split(" "));
        List<String> matched = c.entry().words();
        if (matched.size() >= name.size() || !name.subList(0, matched.size()).equals(matched)) {
            return false;
        }
        Token next = c.match().to() < s.tokens.size() ? s.tokens.get(c.match().to()) : null;
        return next != null && next.isWord() && next.capitalised() && !NOT_NAME.contains(next.lower())
                && !next.text().equals(name.get(matched.size()))
                && !Verbs.isVerbLike(next.lower());
    }

    /**
     * Whether a capitalised concept after a technology may lengthen its name: not in a table cell, whose
     * labels capitalise every word ("React SPA" names an approach), nor after "a"/"an", which makes the
     * technology a modifier of a count noun ("a React SPA"), where a product's name takes no article.
     */
    private static boolean conceptsJoin(ParsedSentence s, Candidate c) {
        int before = c.match().from() - 1;
        return s.sentence.blockType() != PlainText.BlockType.CELL
                && !(before >= 0 && (s.tokens.get(before).is("a") || s.tokens.get(before).is("an")));
    }

    /**
     * End of a concept match at {@code at} written capitalised throughout, or -1: "ClickHouse Cloud",
     * "BigQuery ML" capitalise the concept word because it is part of the product's name, where prose
     * would write "in the cloud" or "for ML" after the name.
     */
    private static int capitalisedConceptEnd(ParsedSentence s, List<Candidate> candidates, int at) {
        for (Candidate c : candidates) {
            if (c.match().from() != at || c.entry().term().kind().isTechnology()) {
                continue;
            }
            for (int k = c.match().from(); k < c.match().to(); k++) {
                Token t = s.tokens.get(k);
                if (t.isWord() && (!t.capitalised() || NOT_NAME.contains(t.lower()))) {
                    return -1;
                }
            }
            return c.match().to();
        }
        return -1;
    }

    /** Whether a line opens with {@code name} and a colon, as a speaker's or a poster's turn does ("IVO: ..."). */
    private static boolean speaker(List<ParsedSentence> sentences, String name) {
        for (ParsedSentence s : sentences) {
            if (s.tokens.size() > 2 && s.tokens.get(1).is(":") && s.tokens.get(0).text().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-cased words that open a line as its speaker ({@link #speaker}), headings aside: "## Quillon: fast,
     * free" titles a section about a product.
     */
    private static Set<String> speakersOutsideHeadings(List<ParsedSentence> sentences) {
        Set<String> speakers = new HashSet<>();
        for (ParsedSentence s : sentences) {
            if (!s.heading() && s.tokens.size() > 2 && s.tokens.get(1).is(":")) {
                speakers.add(s.tokens.get(0).text().toLowerCase(Locale.ROOT));
            }
        }
        return speakers;
    }

    /** "Can Python Touch the Front End?": most words capitalised, a title whatever its block says. */
    private static boolean titleCase(ParsedSentence s) {
        long words = s.tokens.stream().filter(t -> t.isWord() && t.text().length() > 3).count();
        long capitalised = s.tokens.stream().filter(t -> t.isWord() && t.text().length() > 3 && t.capitalised()).count();
        return words > 0 && capitalised * 2 > words;
    }

    /**
     * {@link #titleCase} over the words no known technology covers, the first word aside: a list of names
     * capitalises its items however plain the sentence around it is, and every sentence its first word.
     */
    private static boolean titleCaseBesides(ParsedSentence s, List<SiblingNames.Known> technologies) {
        boolean[] covered = new boolean[s.tokens.size()];
        technologies.forEach(k -> Arrays.fill(covered, k.from(), k.to(), true));
        long words = 0;
        long capitalised = 0;
        for (int k = 1; k < s.tokens.size(); k++) {
            Token t = s.tokens.get(k);
            if (!covered[k] && t.isWord() && t.text().length() > 3) {
                words++;
                capitalised += t.capitalised() ? 1 : 0;
            }
        }
        return words > 0 && capitalised * 2 > words;
    }

    /** Discovered names join the vocabulary's; one that covers vocabulary matches replaces them (longest wins). */
    private static List<Candidate> merge(List<Candidate> vocabulary, List<Candidate> discovered) {
        if (discovered.isEmpty()) {
            return vocabulary;
        }
        List<Candidate> out = new ArrayList<>(vocabulary);
        for (Candidate d : discovered) {
            boolean overlaps = false;
            List<Candidate> covered = new ArrayList<>();
            for (Candidate v : out) {
                if (d.match().from() < v.match().to() && v.match().from() < d.match().to()) {
                    if (d.match().from() <= v.match().from() && v.match().to() <= d.match().to()
                            && d.match().to() - d.match().from() > v.match().to() - v.match().from()) {
                        covered.add(v);
                    } else {
                        overlaps = true;
                        break;
                    }
                }
            }
            if (!overlaps) {
                out.removeAll(covered);
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(a.match().from(), b.match().from()));
        return out;
    }

    private static TermTrie localTrie(Map<String, Kind> discovered) {
        TermTrie trie = new TermTrie();
        Map<String, Term> terms = new HashMap<>();
        discovered.forEach((name, kind) -> {
            Term term = terms.computeIfAbsent(name, n -> new Term(kind, n, List.of(), false, null, null, null));
            trie.add(term, name, false, false);
        });
        return trie;
    }
}
