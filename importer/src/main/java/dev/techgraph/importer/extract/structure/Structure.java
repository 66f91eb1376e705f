package dev.techgraph.importer.extract.structure;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Tokenizer;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.importer.extract.text.WeighingWords;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.importer.text.Sentence;
import dev.techgraph.importer.text.TextDocument;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads document structure into sentences the relation rules understand. A heading about one technology
 * gives its section a topic; a label line ("Best for: ..."), a label heading ("### Cons"), a table cell
 * (row subject, column header) and the items of a list lead-in ("Zorblang is great for:") become
 * readings such as "Zorblang is well suited for ..." made from the cue's template ({@code structure.tsv}).
 * Subject-less lines under a topic ("Compiles to Erlang.") and a leading "It" with no other candidate in
 * its block are read as about the topic. The sentence's own text stays the evidence.
 */
public final class Structure {

    private static final String CUES = "dev/techgraph/importer/extract/structure.tsv";

    /** A cue's rule: its id, its template with {S} and {X}, and the template for content that is a use case. */
    record Cue(String id, String template, String useCaseTemplate) {
        String apply(String subject, String content, boolean useCase) {
            return (useCase ? useCaseTemplate : template).replace("{S}", subject).replace("{X}", content);
        }
    }

    private static final Pattern LABEL = Pattern.compile("^([^:.!?]{1,60}?)\\s*[:：]\\s*(.*)$");
    private static final Pattern PAREN = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}'&+#.-]+|[✓✔✅✗✘❌—-]");

    private final Map<String, Cue> cues = new LinkedHashMap<>();
    /** Words a label's head may hold besides its cue and a technology's name ("Zorblang's main strengths"). */
    private final Set<String> filler = new LinkedHashSet<>();
    /** Last words of a lead-in whose list items complete its sentence ("Teams pick Zorblang for:"). */
    private final Set<String> leadEnds = new LinkedHashSet<>();
    /** Matrix cells that say a row has or lacks its column. */
    private final Set<String> yes = new LinkedHashSet<>();
    private final Set<String> no = new LinkedHashSet<>();
    /** Degree and size words a matrix cell judges its row's or column's quality by ("steep", "very low"). */
    private final Set<String> judged = new LinkedHashSet<>();
    /** Matrix answers that grade how well the row fits its feature ("excellent"), not only whether it has it. */
    private final Set<String> grades = new LinkedHashSet<>();
    /** Words in a matrix cell that limit a yes to a part, a tier or an add-on ("paid", "plugin", "only"). */
    private final Set<String> hedges = new LinkedHashSet<>();
    /** Matrix answers that say the row has only part of its feature ("partial", "optional"). */
    private final Set<String> partialYes = new LinkedHashSet<>();
    /** Participles not in "-ed" that open a description in a cell ("written in ...", "built on ..."). */
    private final Set<String> participles = new LinkedHashSet<>();
    /** The degree words of {@link #judged} at the high end of their scale ("high", "steep", "mature"). */
    private final Set<String> judgedHigh = new LinkedHashSet<>();
    /** Marks of a rating: filled ones ("★") and empty ones ("☆"), and the yes and no grades a rating reads as. */
    private final Set<String> ratingFull = new LinkedHashSet<>();
    private final Set<String> ratingEmpty = new LinkedHashSet<>();
    private final Set<String> ratingGrades = new LinkedHashSet<>();
    private final String ratedHigh;
    private final String ratedLow;
    /** Column headers only software has ("Written in", "License"): a table with one is read row by row. */
    private final Set<String> softwareColumns = new LinkedHashSet<>();
    /** Licence columns and the licences they name: permissive, other open-source, and no open-source licence. */
    private final Set<String> licenceColumns = new LinkedHashSet<>();
    private final Set<String> licencePermissive = new LinkedHashSet<>();
    private final Set<String> licenceOpen = new LinkedHashSet<>();
    private final Set<String> licenceClosed = new LinkedHashSet<>();
    /** Words of a table's top-left cell that say its rows are the options weighed ("Option", "Name"). */
    private final Set<String> rowHeads = new LinkedHashSet<>();
    /** Words of a table's top-left cell that say its rows are no technologies ("Command", "Step"). */
    private final Set<String> notRowHeads = new LinkedHashSet<>();
    /** Words before which a fit cell's item stops when a technology follows ("type-safe SQL in Zorb"). */
    private final Set<String> itemCuts = new LinkedHashSet<>();
    /** Words that open a fit cell's item without naming it ("very simple messages", "the odd script"). */
    private final Set<String> itemFillers = new LinkedHashSet<>();
    /** Words that make a fit cell's item a clause, not a use case's name ("you", "not", "that"). */
    private final Set<String> itemBreaks = new LinkedHashSet<>();
    /** Words for people: an item about them is who uses the row, not what for ("teams that ..."). */
    private final Set<String> itemPeople = new LinkedHashSet<>();
    private final int longestCue;
    private final Map<String, Cue> byId = new LinkedHashMap<>();

    public Structure() {
        load();
        List<String> rating = List.copyOf(ratingGrades);
        if (rating.size() != 2 || !yes.contains(rating.get(0)) || !no.contains(rating.get(1))) {
            throw new IllegalStateException(CUES + ": @rating-grades must list a @yes grade, then a @no grade");
        }
        this.ratedHigh = rating.get(0);
        this.ratedLow = rating.get(1);
        cues.values().forEach(c -> byId.putIfAbsent(c.id(), c));
        this.longestCue = cues.keySet().stream().mapToInt(c -> c.split(" ").length).max().orElse(1);
    }

    /** The cues by their lower-case words. */
    Map<String, Cue> cues() {
        return cues;
    }

    private record Section(int level, String topic, boolean blocked, Cue label) {
    }

    private record ListContext(int block, String subject, Cue cue, String lead) {
        String read(String item, boolean useCase) {
            return cue != null ? cue.apply(subject, item, useCase) : lead + " " + item;
        }
    }

    /**
     * New sentences with their readings, or {@code sentences} itself when the structure changes nothing.
     * {@code sentences} must have their mentions found; the new ones have none yet.
     */
    public List<ParsedSentence> read(TextDocument document, List<ParsedSentence> sentences) {
        List<PlainText.Block> blocks = document.plain().blocks();
        Deque<Section> sections = new ArrayDeque<>();
        List<ParsedSentence> out = new ArrayList<>(sentences.size());
        boolean changed = false;
        ListContext list = null;
        int lastTechBlock = -1;
        Set<String> documentTechs = namedTechnologies(sentences);
        Map<String, String> taskRows = new java.util.HashMap<>();
        // a table's header cells and row heads by their text: what a cell's column or row names
        Map<String, ParsedSentence> heads = new java.util.HashMap<>();
        Map<ParsedSentence, String> comparedSets = new java.util.HashMap<>();
        Set<Integer> rowsNamed = new java.util.HashSet<>();
        Set<Integer> notTechnologies = new java.util.HashSet<>();
        Set<Integer> across = technologiesAcross(sentences, blocks, heads, documentTechs, comparedSets, rowsNamed,
                notTechnologies);
        ParsedSentence lastPlain = null;
        String itemName = null; // the name a marked label sentence opening the current block holds ("**Zorbit.**")
        int itemNameBlock = -1;
        boolean afterHeading = false; // whether the sentence before was a heading
        for (ParsedSentence p : sentences) {
            Sentence s = p.sentence;
            PlainText.Block block = blocks.get(s.block());
            if (notTechnologies.contains(s.block())) {
                // "| Command | What it does |": a table of commands, steps or settings weighs no technology, and
                // its cells ("npm run lint") are no sentences about one
                out.add(new ParsedSentence(s, "", "struct.no_technologies"));
                changed = true;
                continue;
            }
            String text = s.text();
            String reading = null;
            String rule = null;
            if (block.type() == PlainText.BlockType.HEADING) {
                while (!sections.isEmpty() && sections.peek().level() >= Math.max(1, block.level())) {
                    sections.pop();
                }
                List<String> techs = techSurfaces(p, 0, text.length());
                Cue label = label(text, p, 0, text.length());
                sections.push(new Section(Math.max(1, block.level()), techs.size() == 1 ? techs.get(0) : null,
                        techs.size() > 1, label));
                list = null;
                out.add(p);
                afterHeading = true;
                continue;
            }
            boolean firstUnderHeading = afterHeading;
            afterHeading = false;
            String topic = topic(sections);
            Cue sectionLabel = sections.isEmpty() ? null : sections.peek().label();
            if (list != null && block.type() != PlainText.BlockType.LIST_ITEM && s.block() != list.block()) {
                list = null;
            }
            Matcher m = LABEL.matcher(text);
            if (block.cell() == null) {
                lastPlain = p;
            } else if (lastPlain != null && strip(lastPlain.text()).equals(strip(block.cell().rowHead()))
                    && task(lastPlain) != null) {
                taskRows.put(block.cell().rowHead(), task(lastPlain));
            }
            if (block.type() == PlainText.BlockType.CELL && block.cell() == null) {
                reading = pair(p);
                rule = reading == null ? null : "struct.pair";
                if (reading == null && comparedSets.containsKey(p)) {
                    reading = comparedSets.get(p);
                    rule = "struct.compared_set";
                }
            }
            String fragment = null;
            String opening = null; // the section's opening fragment read as a description of its topic
            if (s.block() == itemNameBlock && block.cell() == null) {
                fragment = described(p, itemName);
                itemNameBlock = -1; // only the sentence right after the label describes it
            } else if (block.lead() > 0 && s.start() == block.start()) {
                itemName = markedName(p, block);
                itemNameBlock = itemName == null ? -1 : s.block();
            }
            if (fragment != null) {
                reading = fragment;
                rule = "struct.name_label";
            } else if (block.cell() != null) {
                String[] r = cell(block.cell(), text, p, documentTechs, taskRows.get(block.cell().rowHead()), heads,
                        across.contains(s.block()), rowsNamed.contains(s.block()));
                if (r != null) {
                    reading = r[0];
                    rule = r[1];
                }
            } else if (reading != null) {
                list = null; // a row or column about a pair: its reading is the pair
            } else if (m.matches() && !m.group(1).isBlank()) {
                int colon = m.end(1);
                String rest = trimEnd(m.group(2));
                Cue cue = label(m.group(1), p, 0, colon);
                List<String> named = techSurfaces(p, 0, colon);
                String subject = named.size() == 1 ? named.get(0) : named.isEmpty() ? topic : null;
                boolean nameAlone = named.size() == 1 && strip(m.group(1)).equals(strip(named.get(0)));
                String namePredicate = cue == null && nameAlone && (list == null || list.subject() == null)
                        ? predicate(rest) : null;
                if (cue != null && subject != null) {
                    if (rest.isEmpty()) {
                        list = new ListContext(s.block(), subject, cue, null);
                    } else {
                        reading = cue.apply(subject, listed(rest), useCase(p, colon));
                        rule = cue.id();
                    }
                } else if (namePredicate != null) {
                    // "**Zorbit**: compiles to Kestrel and ...": an item led by a name alone describes that name
                    reading = named.get(0) + namePredicate;
                    rule = "struct.name_lead";
                } else if (cue == null && onlySettings(p, colon) && picked(p, m.group(1), colon) != null) {
                    // "Small shops or blogs: Zorbpress.": a need named in the label, the technologies to pick for it
                    reading = picked(p, m.group(1), colon);
                    rule = "struct.pick";
                } else if (rest.isEmpty() && leadEnds.contains(lastWord(m.group(1)))) {
                    list = new ListContext(s.block(), null, null, m.group(1).strip());
                } else if (list != null && block.type() == PlainText.BlockType.LIST_ITEM) {
                    reading = list.read(m.group(1).strip() + "; " + rest, useCase(p, 0));
                    rule = list.cue() != null ? list.cue().id() : "struct.lead_in";
                } else if (sectionLabel != null && topic != null && (short_(p) || shortLead(block, s, m.group(1)))) {
                    reading = sectionLabel.apply(topic, m.group(1).strip() + "; " + rest, useCase(p, 0));
                    rule = sectionLabel.id();
                }
            } else if (block.type() != PlainText.BlockType.LIST_ITEM && topic != null && short_(p)
                    && words(text).size() <= 4 && label(text, p, 0, text.length()) != null) {
                // a bare label line ("Pros", an HTML <dt>Best for</dt>) lends its predicate to the items below
                list = new ListContext(s.block(), topic, label(text, p, 0, text.length()), null);
            } else if (list != null && block.type() == PlainText.BlockType.LIST_ITEM && s.block() != list.block()) {
                reading = list.read(listed(trimEnd(text)), useCase(p, 0));
                rule = list.cue() != null ? list.cue().id() : "struct.lead_in";
            } else if (sectionLabel != null && topic != null
                    && (block.type() == PlainText.BlockType.LIST_ITEM || short_(p)) && !startsWithTech(p)) {
                reading = sectionLabel.apply(topic, listed(trimEnd(text)), useCase(p, 0));
                rule = sectionLabel.id();
            } else if (topic != null && firstUnderHeading && block.type() == PlainText.BlockType.PARAGRAPH
                    && (opening = described(p, topic)) != null) {
                // "## Zorbit" then "The broker most teams start with, written in Kestrel.": the section's opening
                // fragment describes the heading's technology
                reading = opening;
                rule = "struct.topic_label";
            } else if (topic != null) {
                String[] r = aboutTopic(p, topic, lastTechBlock == s.block());
                if (r != null) {
                    reading = r[0];
                    rule = r[1];
                }
            }
            if (!p.mentions.isEmpty() && p.mentions.stream().anyMatch(Mention::isTech)) {
                lastTechBlock = s.block();
            }
            if (reading != null && !reading.equals(text)) {
                changed = true;
                out.add(new ParsedSentence(s, reading, rule));
            } else {
                out.add(p);
            }
        }
        if (!changed) {
            return sentences;
        }
        List<ParsedSentence> fresh = new ArrayList<>(out.size());
        for (ParsedSentence p : out) {
            fresh.add(new ParsedSentence(p.sentence, p.text(), p.rule()));
        }
        return fresh;
    }

    /**
     * Fills {@code heads} with the text of every table header cell and row head, and returns the blocks of the
     * cells of tables whose technologies run across the header: at least two column headers name technologies,
     * a larger share of them than of the row heads. A row head there that names a technology too ("| SAML |",
     * "| GraalVM native image |") is a feature the columns are checked against, not the subject.
     */
    private Set<Integer> technologiesAcross(List<ParsedSentence> sentences, List<PlainText.Block> blocks,
                                            Map<String, ParsedSentence> heads, Set<String> named,
                                            Map<ParsedSentence, String> comparedSets, Set<Integer> rowsNamed,
                                            Set<Integer> notTechnologies) {
        Set<Integer> out = new java.util.HashSet<>();
        List<Integer> table = new ArrayList<>();
        Set<Integer> tableBlocks = new java.util.HashSet<>(); // every block of the table, its header and row heads too
        Set<String> columns = new LinkedHashSet<>();
        Set<String> rows = new LinkedHashSet<>();
        Map<String, ParsedSentence> tableHeads = new java.util.HashMap<>();
        for (int i = 0; i <= sentences.size(); i++) {
            PlainText.Block block = i < sentences.size() ? blocks.get(sentences.get(i).block()) : null;
            boolean nextTable = block != null && !table.isEmpty() && sentences.get(i).block() != sentences.get(i - 1).block()
                    && PlainText.startsNextTable(blocks, sentences.get(i).block());
            if (block == null || block.type() != PlainText.BlockType.CELL || nextTable) {
                List<String> techColumns = columns.stream().filter(c -> namesTechnology(strip(c), named)).toList();
                long techRows = rows.stream().filter(r -> namesTechnology(strip(r), named)).count();
                if (topLeft(tableHeads.keySet(), columns, rows, notRowHeads)) {
                    notTechnologies.addAll(tableBlocks);
                } else if (rowHeader(tableHeads.keySet(), columns, rows)) {
                    // "| Driver | Kestrel | Zorblang |": the top-left cell names what the rows are, so the rows are
                    // the technologies the table is about, and the technologies across the header what each
                    // row is checked against
                    rowsNamed.addAll(table);
                } else if (techColumns.size() >= 2 && techColumns.size() * rows.size() > techRows * columns.size()) {
                    out.addAll(table);
                    // the technologies across the header are what the table weighs, each against the others
                    ParsedSentence first = tableHeads.get(techColumns.get(0));
                    if (first != null) {
                        List<String> names = techColumns.stream().map(c -> joined(strip(c), named)).toList();
                        String set = String.join(", ", names.subList(0, names.size() - 1)) + " and "
                                + names.get(names.size() - 1);
                        comparedSets.put(first, "Compared: " + set + ".");
                    }
                }
                table.clear();
                tableBlocks.clear();
                columns.clear();
                rows.clear();
                tableHeads.clear();
                if (!nextTable) {
                    continue;
                }
            }
            ParsedSentence p = sentences.get(i);
            tableBlocks.add(p.block());
            if (block.cell() == null) {
                heads.putIfAbsent(p.text(), p);
                tableHeads.putIfAbsent(p.text(), p);
            } else {
                table.add(p.block());
                columns.add(block.cell().columnHead());
                rows.add(block.cell().rowHead());
            }
        }
        return out;
    }

    /**
     * Whether a table's top-left cell (the header of its first column, which no cell has as its column) names
     * what its rows are: a kind of technology ("Driver", "Time-series database") or a word for the options
     * weighed ("Option", "Name"; {@code @row-heads} in structure.tsv).
     */
    private boolean rowHeader(Set<String> tableHeads, Set<String> columns, Set<String> rows) {
        for (String column : columns) {
            if (softwareColumns.contains(headerKey(column))) {
                return true;
            }
        }
        return topLeft(tableHeads, columns, rows, rowHeads)
                || topLeft(tableHeads, columns, rows, null) && !topLeft(tableHeads, columns, rows, notRowHeads);
    }

    /** The rules whose readings say what a table row is or is not suited for, item by item. */
    private static final Set<String> FIT_RULES = Set.of("struct.suited");

    /**
     * "| Zorb | fast, single-binary utilities |" under "Best for": a fit column's cell names each use case whole,
     * in the table's own words. Run on the readings once their mentions are found: an item of the cell that the
     * vocabulary does not name, names only by a quality that does not end it ("single-binary"), or names with
     * several concepts ("server-side plugins") becomes one use case named as written. Left as found: an item the
     * vocabulary reads as one use case ("instant site search"), one ending in a quality ("raw throughput"), one
     * naming a technology, people ("teams that ..."), a clause or a single word. A word such as "in", "for" or
     * "with" ends the item ("offline kiosks in Zorb"), and what follows it is read as found.
     */
    public void wholeCellItems(List<ParsedSentence> read, List<PlainText.Block> blocks) {
        for (ParsedSentence s : read) {
            if (s.rule() == null || !FIT_RULES.contains(s.rule()) || s.block() < 0 || s.block() >= blocks.size()
                    || blocks.get(s.block()).cell() == null) {
                continue;
            }
            List<Token> tokens = s.tokens;
            int from = -1;
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("suited") && tokens.get(i + 1).is("for")) {
                    from = i + 2;
                    break;
                }
            }
            if (from < 0) {
                continue;
            }
            int end = tokens.size();
            while (end > from && !tokens.get(end - 1).isWord()) {
                end--;
            }
            int start = from;
            for (int k = from; k <= end; k++) {
                if (k == end || tokens.get(k).is(",") || tokens.get(k).is(";") || tokens.get(k).is("and")
                        || tokens.get(k).is("or")) {
                    wholeItem(s, start, k);
                    start = k + 1;
                }
            }
        }
    }

    /** Makes tokens [from, to) of a fit reading one use case, when {@link #wholeCellItems} says so. */
    private void wholeItem(ParsedSentence s, int from, int to) {
        List<Token> tokens = s.tokens;
        while (from < to && itemFillers.contains(tokens.get(from).lower())) {
            from++;
        }
        for (int k = from + 1; k < to; k++) {
            if (itemCuts.contains(tokens.get(k).lower())) {
                to = k; // "free GPUs for teaching": what follows the preposition is read as found
                break;
            }
        }
        if (to - from < 2 || to - from > 5 || !tokens.get(from).isWord() || !tokens.get(to - 1).isWord()
                || itemPeople.contains(tokens.get(from).lower())) {
            return; // one word is the vocabulary's or the open chunker's to name; a long one is no name
        }
        boolean people = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.PUNCT || t.isVersion() || itemBreaks.contains(t.lower())
                    || Verbs.isVerbLike(t.lower())) {
                return; // a clause ("you need offline sync"), not a name
            }
            if (licenceColumns.contains(t.lower())) {
                return; // "open licence": terms of use, no use
            }
            people |= itemPeople.contains(t.lower());
        }
        List<Mention> inside = new ArrayList<>();
        for (Mention m : s.mentions) {
            if (m.to() <= from || m.from() >= to) {
                continue;
            }
            if (m.isTech() || m.from() < from || m.to() > to) {
                return; // a technology in the item, or a concept across its edge
            }
            inside.add(m);
        }
        if (inside.isEmpty() ? false : people) {
            return; // "code-first teams": a quality of who uses it, not a use
        }
        long useCases = inside.stream().filter(m -> m.kind() == dev.techgraph.model.Kind.USE_CASE).count();
        Mention head = inside.isEmpty() ? null : inside.get(inside.size() - 1);
        if (useCases == 1 && (inside.size() == 1 || head.to() == to && head.kind() == dev.techgraph.model.Kind.USE_CASE)) {
            // "instant site search", "new native Android apps", "simple caching": the vocabulary reads the item
            // as one use, which the words before it (qualities of the row, if any) only narrow
            return;
        }
        if (useCases == 0 && head != null && head.to() == to) {
            return; // "raw throughput", "reactive notebooks": qualities up to the head are the row's traits, not a use
        }
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        String surface = s.text().substring(first.start(), last.end());
        // named as written, a capital that only opens a word lowered ("Large multi-command CLIs")
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.text();
            boolean plainCapital = w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            name.append(k > from && t.isWord() && tokens.get(k - 1).isWord() ? " " : "")
                    .append(plainCapital ? w.toLowerCase(Locale.ROOT) : w);
        }
        Term term = new Term(dev.techgraph.model.Kind.USE_CASE, name.toString(), List.of(), false, null, null, null);
        s.mentions.removeAll(inside);
        s.mentions.add(new Mention(from, to, term, surface, false, first.start(), last.end()));
        s.mentions.sort(java.util.Comparator.comparingInt(Mention::from));
    }

    /** A header cell as its data lists write it: lower case, its words joined by single spaces ("written in"). */
    private static String headerKey(String header) {
        return String.join(" ", words(strip(header).toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a table's top-left cell (the header cell no body cell has as its column and no row has as its head)
     * ends in a word of {@code words}, or, when {@code words} is null, in a kind of technology.
     */
    private static boolean topLeft(Set<String> tableHeads, Set<String> columns, Set<String> rows, Set<String> words) {
        for (String head : tableHeads) {
            if (!columns.contains(head) && !rows.contains(head)) {
                String last = lastWord(strip(head)).toLowerCase(Locale.ROOT);
                return words == null ? KindWords.any(last).isPresent() : words.contains(last);
            }
        }
        return false;
    }

    /** A table cell's reading and rule: (row subject, column header cue, cell), or null. */
    private String[] cell(PlainText.Cell cell, String text, ParsedSentence p, Set<String> named, String task,
                          Map<String, ParsedSentence> heads, boolean techsAcross, boolean rowsNamed) {
        boolean useCase = useCase(p, 0);
        String subject = strip(cell.rowHead());
        String header = cell.columnHead();
        Cue cue = cueOf(words(header));
        boolean featuresDown = false;
        if (cue == null) {
            // a transposed table: attributes down the first column, technologies across the header
            Cue rowCue = cueOf(words(subject));
            if (rowCue != null && !header.isBlank()) {
                cue = rowCue;
                subject = strip(header);
            } else if (namesTechnology(strip(header), named) && !rowsNamed
                    && (techsAcross || !namesTechnology(subject, named))) {
                // a feature matrix: features down the first column, the technologies across the header
                featuresDown = true;
                String feature = subject;
                subject = strip(header);
                header = feature;
            }
        }
        if (subject.isBlank()) {
            return null;
        }
        subject = joined(subject, named);
        // "No (web UI)", "yes (task DAGs)": the answer with an aside; the aside explains the answer, it is no
        // quality of the row's technology, and read as content the "no" would deny it
        String value = answer(strip(text).toLowerCase(Locale.ROOT));
        if (licenceColumns.contains(headerKey(header))) {
            return licence(subject, text);
        }
        String rating = rated(strip(text));
        if (rating != null && cue == null) {
            // "| Speed | ★★★★☆ |", "| Docs | 2/5 |": a rating grades the row's fit as "strong" or "weak" do; a
            // middling one ("3/5") grades neither way and says nothing
            if (rating.isEmpty() || header.isBlank() || clause(heads.get(header))) {
                return null;
            }
            String feature = onlyTechnology(heads.get(header)) ? strip(header) + " support" : lowered(strip(header));
            return yes.contains(rating)
                    ? new String[]{subject + " is good for " + feature + ".", "struct.rating_high"}
                    : new String[]{subject + " is poor for " + feature + ".", "struct.rating_low"};
        }
        if (cue == null) {
            // "good for" / "poor for" reads a trait (HAS_TRAIT) and a use case (SUITED_FOR) alike; "offers" dropped
            // use cases (an "offers" use case is no suitability) and "lacks" with a use case read oddly
            // a grade ("excellent", "poor") weighs the row's fit for a task, so a feature written as a sentence
            // start is read as a phrase; a bare yes/no only says the row has the feature, named as written
            String feature = grades.contains(value) ? lowered(strip(header)) : strip(header);
            if (onlyTechnology(heads.get(header))) {
                // "| SAML | yes |", "| GraalVM native image | supported |": a feature that is a technology is the
                // support of it the row has or lacks, not a use the row is good or poor for
                feature = strip(header) + " support";
            }
            boolean answered = yes.contains(value) || no.contains(value);
            // "yes (paid tier only)", "partly": a yes the cell limits to a part, a tier or an add-on is no plain "has"
            boolean limited = yes.contains(value) && (hedged(text) || partialYes.contains(value));
            if (answered && !limited && !header.isBlank() && !grades.contains(value)
                    && possessed(heads.get(header), !featuresDown)) {
                // "| Visual modelling | yes |": a plain answer under a feature that is no task says whether the
                // row has the feature, named as the header names it; a grade weighs a fit and stays below
                String had = lowered(feature);
                return yes.contains(value)
                        ? new String[]{subject + " has " + had + ".", "struct.matrix_has"}
                        : new String[]{subject + " does not have " + had + ".", "struct.matrix_lacks"};
            }
            if (answered && clause(heads.get(header))) {
                return null; // "| Reconnects on its own | yes |": a clause is no feature to have or be good for
            }
            if (yes.contains(value) && !header.isBlank()) {
                return new String[]{subject + " is good for " + feature + ".", "struct.matrix_yes"};
            }
            if (no.contains(value) && !header.isBlank()) {
                return new String[]{subject + " is poor for " + feature + ".", "struct.matrix_no"};
            }
            String degree = degree(text, heads.get(header), p, subject);
            if (degree != null) {
                return new String[]{degree, "struct.cell_degree"};
            }
            String quality = judgedQuality(text, header, p);
            if (quality != null) {
                return new String[]{subject + " has " + withArticle(quality) + ".", "struct.cell_judged"};
            }
            String clause = cellClause(text);
            if (clause != null) {
                // "| Jaeger | also reads Loki for logs |", "| Zorbit | pull-based, written in Go |": a cell that is a
                // predicate without its subject says it of the row
                return new String[]{subject + clause, "struct.cell_clause"};
            }
            // a column no cue names: technologies in it go with the row's, qualities are the row's
            boolean techs = !p.mentions.isEmpty() && p.mentions.stream().allMatch(Mention::isTech);
            boolean concepts = !p.mentions.isEmpty() && p.mentions.stream().noneMatch(Mention::isTech);
            if (!techs && !concepts && !p.mentions.isEmpty()) {
                // "| async/await on Kestrel |", "| Zorb event loop |": a cell that describes the row with a
                // technology in it names a piece the row is built with; only its technologies are read
                return new String[]{byId.get("struct.used-with").apply(subject, techsOf(p), useCase),
                        "struct.cell_mixed"};
            }
            if (techs && task != null) {
                // the technologies a task row lists under a column no cue names (tools before and after, the
                // options weighed) are what does that task
                return new String[]{byId.get("struct.suited").apply(techsOf(p), task, true),
                        "struct.cell_task"};
            }
            Cue fallback = techs ? byId.get("struct.used-with") : concepts ? byId.get("struct.strength") : null;
            // "| any, mostly Zorb |", "| Kestrel (recommended) |": the technologies of a cell that names nothing
            // else are what the row goes with, whatever words hedge them; a denying word keeps the cell as written
            String content = techs && hedgedName(p) ? techsOf(p) : listed(trimEnd(text));
            return fallback == null ? null : new String[]{fallback.apply(subject, content, useCase),
                    techs ? "struct.cell_tech" : "struct.cell_concept"};
        }
        if (yes.contains(value) || no.contains(value)) {
            return null;
        }
        return new String[]{cue.apply(subject, listed(trimEnd(text)), useCase), cue.id()};
    }

    /**
     * Whether a header cell names a feature a row has or lacks: a noun phrase ("Visual modelling", "Hot reload"),
     * not a task the vocabulary knows ("Game development") down a matrix's first column, which a row is good or
     * poor for (in a spec sheet, one row per technology, a use case heading a column is a feature), nor a clause
     * ("Runs behind proxies"), whose answer is no feature by that name. A header that is a technology's name is
     * read as support of it elsewhere.
     */
    private static boolean possessed(ParsedSentence head, boolean specSheet) {
        if (head == null || onlyTechnology(head)) {
            return false;
        }
        for (Mention m : head.mentions) {
            // one row per technology and a column per feature is a spec sheet: a use case heading a column there
            // ("| Self-hosted |", "| Remote caching |") is a feature the row has; tasks down the first column
            // ("| Game development | yes |") are weighed for fit
            if (m.kind() == dev.techgraph.model.Kind.USE_CASE && !specSheet || m.isTech()) {
                return false;
            }
        }
        return head.firstWord() >= 0 && !clause(head);
    }

    /**
     * Whether a header cell is a clause without its subject: a verb opens it ("Runs behind proxies"), or a word
     * in "-s" before an adverb in "-ly" ("Restarts automatically"); a plural noun before more words
     * ("Retries and backfills") is a feature's name.
     */
    private static boolean clause(ParsedSentence head) {
        int first = head == null ? -1 : head.firstWord();
        if (first < 0 || head.mentionAt(first)) {
            return false;
        }
        String word = head.tokens.get(first).lower();
        return Verbs.isVerbLike(word) || first + 1 < head.tokens.size() && word.length() > 3
                && word.endsWith("s") && !word.endsWith("ss") && head.tokens.get(first + 1).lower().endsWith("ly");
    }

    /** Whether a cell's words hold a hedge that limits its answer ("yes, but only in the paid tier"). */
    private boolean hedged(String cell) {
        return words(cell).stream().anyMatch(hedges::contains);
    }

    /**
     * "small output size" read as "a small output size": a degree before a singular quality in the article's own
     * words is found as that quality only with an article; a plural ("abundant learning resources") takes none.
     */
    private static String withArticle(String quality) {
        String last = lastWord(quality);
        if (last.length() > 2 && last.endsWith("s") && !last.endsWith("ss")) {
            return quality;
        }
        return ("aeiou".indexOf(Character.toLowerCase(quality.charAt(0))) >= 0 ? "an " : "a ") + quality;
    }

    /**
     * A row's first cell that names a task ("| Log shipping | Zorbit | Kestrel |", "| Zorblang builds | ... |"):
     * what the row's cells name is for it, or null. A technology may qualify the task but not end the cell; the
     * task is read without it, so that the cell's technology, not the qualifier, is credited with it.
     */
    private static String task(ParsedSentence head) {
        if (!useCase(head, 0) || head.mentions.get(head.mentions.size() - 1).isTech()) {
            return null;
        }
        int from = 0;
        for (Mention m : head.mentions) {
            from = m.isTech() ? Math.max(from, m.end()) : from;
        }
        String task = trimEnd(strip(head.text().substring(from)));
        return task.isEmpty() ? null : lowered(task);
    }

    private static final Pattern SPACED_PLUS = Pattern.compile("\\s+\\+\\s+");
    private static final Pattern NAME_JOINER = Pattern.compile("\\s*[/&]\\s*");

    /**
     * A row or column about a pair used together ("Kestrel + Sparrow", "Zorb/Nimbel") as a coordinated subject,
     * so that its facts go to each: a spaced "+" always joins, "/" and "&" only names the document knows, since
     * a name may hold a slash itself.
     */
    private static String joined(String subject, Set<String> named) {
        String[] parts = SPACED_PLUS.split(subject);
        if (parts.length == 1) {
            parts = NAME_JOINER.split(subject);
            if (parts.length == 1 || java.util.Arrays.stream(parts)
                    .anyMatch(x -> !named.contains(x.strip().toLowerCase(Locale.ROOT)))) {
                return subject;
            }
        }
        return String.join(" and ", java.util.Arrays.stream(parts).map(String::strip).toList());
    }

    private static final Pattern SCORE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:/|out of|of)\\s*(\\d+)");
    /** A rating at or above this share of its scale grades a fit high, at or below {@link #RATED_LOW} low. */
    private static final double RATED_HIGH = 0.7;
    private static final double RATED_LOW = 0.4;

    /**
     * A cell that is only a rating ("★★★★☆", "⭐⭐", "4/5", "8 out of 10") as a grade: the first word of
     * {@code @rating-grades} (a yes grade) when it reaches {@link #RATED_HIGH} of its scale, the second (a no
     * grade) at {@link #RATED_LOW} or below, "" for a middling one, null for a cell that is no rating. Marks
     * without empty ones count out of five.
     */
    private String rated(String cell) {
        String value = cell.replaceAll("\\s+", " ").strip();
        double share;
        Matcher m = SCORE.matcher(value);
        if (m.matches()) {
            double scale = Double.parseDouble(m.group(2));
            share = scale == 0 ? -1 : Double.parseDouble(m.group(1).replace(',', '.')) / scale;
            if (share < 0 || share > 1) {
                return null;
            }
        } else {
            int full = 0;
            int empty = 0;
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                String mark = new String(Character.toChars(c));
                if (ratingFull.contains(mark)) {
                    full++;
                } else if (ratingEmpty.contains(mark)) {
                    empty++;
                } else if (c != 0xFE0F && !Character.isWhitespace(c)) {
                    return null; // words beside the marks: the cell says more than a rating
                }
                i += Character.charCount(c);
            }
            if (full + empty == 0 || full + empty > 10) {
                return null;
            }
            share = (double) full / (empty == 0 ? Math.max(5, full) : full + empty);
        }
        return share >= RATED_HIGH ? ratedHigh : share <= RATED_LOW ? ratedLow : "";
    }

    /**
     * "| MIT |", "| GPLv3 |", "| proprietary |" under a licence column: a permissive licence, an open-source one,
     * or none. A licence the lists do not class ("BSL 1.1", "source-available") says nothing, and no cell of the
     * column is read as a name ("Apache 2.0" is no Apache server).
     */
    private String[] licence(String subject, String cell) {
        List<String> w = new ArrayList<>(words(strip(cell).toLowerCase(Locale.ROOT)));
        // a licence the lists name in two words ("open source") counts as one of them
        for (int i = 0, n = w.size(); i + 1 < n; i++) {
            w.add(w.get(i) + " " + w.get(i + 1));
        }
        if (w.stream().anyMatch(licenceClosed::contains)) {
            return new String[]{subject + " is not open source.", "struct.licence"};
        }
        if (w.stream().anyMatch(licencePermissive::contains)) {
            return new String[]{subject + " has a permissive licence.", "struct.licence"};
        }
        if (w.stream().anyMatch(licenceOpen::contains)) {
            return new String[]{subject + " is open source.", "struct.licence"};
        }
        return new String[]{"", "struct.licence"};
    }

    private static final Pattern ANSWER_ASIDE = Pattern.compile("\\s*(?:[,;:]|\\s[—–-]\\s)\\s*");

    /**
     * "yes, partition-aware", "no; only in the paid tier": a matrix answer with an aside after a comma reads as
     * the answer, as one in brackets does. Any other cell is itself.
     */
    private String answer(String value) {
        if (yes.contains(value) || no.contains(value)) {
            return value;
        }
        String[] parts = ANSWER_ASIDE.split(value, 2);
        return parts.length == 2 && (yes.contains(parts[0]) || no.contains(parts[0])) ? parts[0] : value;
    }

    /**
     * "| Kestrel + Sparrow |" heading a row or a column: a pair used together. Only a spaced "+" between
     * parts that each name a technology and nothing else.
     */
    private static String pair(ParsedSentence p) {
        String text = p.text();
        String[] parts = SPACED_PLUS.split(strip(text));
        if (parts.length < 2 || strip(text).length() != text.strip().length()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int at = 0;
        for (String part : parts) {
            int start = text.indexOf(part, at);
            int end = start + part.length();
            at = end;
            List<String> techs = techSurfaces(p, start, end);
            if (start < 0 || techs.size() != 1 || !part.strip().equalsIgnoreCase(techs.get(0))) {
                return null;
            }
            names.add(techs.get(0));
        }
        return names.get(0) + " is used together with " + String.join(" and ", names.subList(1, names.size())) + ".";
    }

    /**
     * "| Memory footprint | high | low |": a cell that is only a degree, under a header that names one trait, says
     * whether the row has that trait by where the degree and the trait's name sit on the same scale: "high" memory
     * footprint denies "low memory footprint", "low" operational overhead denies "operational overhead", "fast"
     * compile speed affirms "fast compilation". Null when the header names no single trait or the cell is no
     * degree with one direction; {@link #judgedQuality} then reads the two together.
     */
    private String degree(String text, ParsedSentence header, ParsedSentence p, String subject) {
        if (header == null || p.mentions.stream().anyMatch(Mention::isTech)) {
            return null;
        }
        List<Mention> concepts = header.mentions.stream().filter(Mention::isConcept).toList();
        if (concepts.size() != 1 || header.mentions.size() != 1
                || concepts.get(0).kind() != dev.techgraph.model.Kind.TRAIT || concepts.get(0).opposite()) {
            return null;
        }
        List<String> value = ranged(words(strip(text).toLowerCase(Locale.ROOT)));
        int direction = 0;
        for (String w : value) {
            if (judged.contains(w)) {
                int d = judgedHigh.contains(w) ? 1 : -1;
                if (direction != 0 && d != direction) {
                    return null;
                }
                direction = d;
            } else if (!JUDGED_JOINERS.contains(w)) {
                return null;
            }
        }
        if (direction == 0 || value.size() > 4) {
            return null;
        }
        String name = concepts.get(0).term().name();
        int pole = 1;
        for (String w : words(name)) {
            if (judged.contains(w)) {
                pole = judgedHigh.contains(w) ? 1 : -1;
            }
        }
        return subject + (direction * pole > 0 ? " is good for " : " is poor for ") + name + ".";
    }

    private static final Set<String> DENYING = Set.of("no", "not", "without", "except", "but", "never", "none",
            "instead", "unlike", "nor", "neither", "avoid", "dropped", "replaced", "removed", "deprecated");

    /**
     * Whether a cell names one technology among words that only hedge it: no word that denies or sets it apart
     * ("anything but Zorb"), and the name is no modifier ("Zorb-style", "Zorb-like"). A cell of several names
     * keeps its own words: "Zorb or Kestrel" offers a choice, not a pair.
     */
    private static boolean hedgedName(ParsedSentence p) {
        if (p.mentions.stream().map(Mention::term).distinct().count() != 1
                || p.tokens.stream().anyMatch(t -> DENYING.contains(t.lower()))) {
            return false;
        }
        Mention m = p.mentions.get(0);
        String after = p.text().substring(m.end()).stripLeading().toLowerCase(Locale.ROOT);
        return !after.startsWith("-") && !after.startsWith("like") && !after.startsWith("style");
    }

    /** Whether a table head cell is one technology's name and nothing else. */
    private static boolean onlyTechnology(ParsedSentence head) {
        if (head == null || head.mentions.size() != 1 || !head.mentions.get(0).isTech()) {
            return false;
        }
        Mention m = head.mentions.get(0);
        return strip(head.text().substring(0, m.start())).isEmpty() && strip(head.text().substring(m.end())).isEmpty();
    }

    private static final Set<String> MIDDLING = Set.of("medium", "moderate", "mid", "mid-size", "average", "middling");

    /**
     * "small to medium", "medium to large": a range from or to the middle of a scale judges by its other end.
     * Any other value is itself.
     */
    private static List<String> ranged(List<String> value) {
        int to = value.indexOf("to");
        if (to <= 0 || to != value.lastIndexOf("to") || to == value.size() - 1) {
            return value;
        }
        List<String> before = value.subList(0, to);
        List<String> after = value.subList(to + 1, value.size());
        boolean middleBefore = before.size() == 1 && MIDDLING.contains(before.get(0));
        boolean middleAfter = after.size() == 1 && MIDDLING.contains(after.get(0));
        return middleAfter && !middleBefore ? List.copyOf(before) : middleBefore && !middleAfter ? List.copyOf(after)
                : value;
    }

    private static final Set<String> JUDGED_JOINERS = Set.of("very", "and", "or", "quite", "fairly", "rather");

    /**
     * "| Learning curve | steep | gentle |", "| Community size | small | huge |": a cell that is only a degree
     * judges the quality its row or column names, so the two read together ("steep learning curve", "small
     * community size") and the vocabulary finds the concept in the pair. Null for any other cell: a cell that
     * names a technology, says more than a degree, or a degree word with no direction of its own ("rare").
     */
    private String judgedQuality(String text, String header, ParsedSentence p) {
        String feature = strip(header);
        if (feature.isBlank() || words(feature).size() > 5 || p.mentions.stream().anyMatch(Mention::isTech)) {
            return null;
        }
        List<String> value = ranged(words(strip(text).toLowerCase(Locale.ROOT)));
        if (value.isEmpty() || value.size() > 4 || !judged.contains(value.get(value.size() - 1))) {
            return null;
        }
        for (String w : value) {
            if (!judged.contains(w) && !JUDGED_JOINERS.contains(w)) {
                return null;
            }
        }
        return String.join(" ", value) + " " + lowered(feature);
    }

    /**
     * A table's feature cell written as a sentence start ("Complex parsing work") in the case it would have
     * mid-sentence, so that open use-case phrases read it; "GraphQL", "iOS apps" keep their case.
     */
    private static String lowered(String feature) {
        boolean plainCapital = feature.length() > 1 && Character.isUpperCase(feature.charAt(0))
                && Character.isLowerCase(feature.charAt(1));
        return plainCapital ? Character.toLowerCase(feature.charAt(0)) + feature.substring(1) : feature;
    }

    private static final Pattern HEADER_PARTS = Pattern.compile("\\s*(?:/|&|\\+|,|\\band\\b|\\bor\\b)\\s*");

    /**
     * Whether a header cell names technologies: one the document names ("Falcon"), or a few joined by "/",
     * "&", "+", "and", "or" ("Falcon/Kestrel" for a column about both).
     */
    private static boolean namesTechnology(String cell, Set<String> named) {
        String lower = cell.toLowerCase(Locale.ROOT);
        if (named.contains(lower)) {
            return true;
        }
        for (String part : HEADER_PARTS.split(lower)) {
            if (named.contains(part.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The technologies the document names, as written (lower case): what a table header cell may be. */
    private static Set<String> namedTechnologies(List<ParsedSentence> sentences) {
        Set<String> named = new java.util.HashSet<>();
        for (ParsedSentence p : sentences) {
            for (Mention m : p.mentions) {
                if (m.isTech()) {
                    named.add(m.surface().toLowerCase(Locale.ROOT));
                }
            }
        }
        return named;
    }

    /** "Compiles to Erlang." or "It compiles to Erlang." under a topic, when nothing else can be meant. */
    private String[] aboutTopic(ParsedSentence p, String topic, boolean techEarlierInBlock) {
        int first = p.firstWord();
        if (first < 0 || p.mentionAt(first)) {
            return null;
        }
        Token t = p.tokens.get(first);
        String text = p.text();
        if ((t.is("it") || t.is("its")) && t.capitalised() && !techEarlierInBlock
                && p.mentions.stream().noneMatch(m -> m.isTech() && m.start() < t.start())) {
            String replaced = t.is("its") ? topic + "'s" : topic;
            return new String[]{text.substring(0, t.start()) + replaced + text.substring(t.end()), "struct.topic_it"};
        }
        if (t.capitalised() && t.lower().endsWith("s") && Verbs.isVerbLike(t.lower()) && first + 1 < p.tokens.size()
                && !t.is("is") && !t.is("has") && !t.is("does")) {
            return new String[]{topic + " " + t.lower() + text.substring(t.end()), "struct.topic_verb"};
        }
        return null;
    }

    /**
     * The technology a block's first sentence names and nothing else, when markup set it apart as the block's
     * label ("**Zorbit.** A broker ..."): the name the next sentence goes on to describe.
     */
    private static String markedName(ParsedSentence p, PlainText.Block block) {
        String text = p.text();
        if (block.lead() < text.length() - 1) {
            return null;
        }
        List<String> named = techSurfaces(p, 0, text.length());
        return named.size() == 1 && strip(trimEnd(text)).equals(strip(named.get(0))) ? named.get(0) : null;
    }

    /**
     * A sentence without a subject that describes {@code name}: a noun phrase with an article and no verb of its
     * own before its first comma or relative word ("A broker written in Zorblang, tuned for ..."), read as
     * "{@code name} is a broker ..."; null for a sentence that is a clause ("The downside is ...").
     */
    private static String described(ParsedSentence p, String name) {
        List<Token> tokens = p.tokens;
        if (tokens.size() < 3 || !tokens.get(0).isWord() || !ARTICLES.contains(tokens.get(0).lower())
                || !tokens.get(0).capitalised() || p.mentionAt(0)) {
            return null;
        }
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() && !t.is("-") || RELATIVES.contains(t.lower())) {
                break;
            }
            if (Verbs.isVerbLike(t.lower())) {
                return null;
            }
        }
        String text = p.text();
        return name + " is " + tokens.get(0).lower() + text.substring(tokens.get(0).end());
    }

    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "where", "whose", "when", "with");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "one");

    /**
     * A table cell that is a predicate without its subject, made the rest of a sentence about the row: one that
     * {@link #predicate} reads ("stores spans in Kestrel", "also reads ...", "the default broker ..."), or one that
     * opens with a participle or a compound in "-ed" ("written in Go", "pull-based, not built for ...") read after
     * "is"; null for anything else, such as a noun phrase ("spatial extension for Zorb").
     */
    private String cellClause(String cell) {
        String text = trimEnd(cell);
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.size() < 2 || !tokens.get(0).isWord() || !tokens.get(0).text().equals(tokens.get(0).lower())) {
            return null;
        }
        String first = tokens.get(0).lower();
        if (first.endsWith("ed") || participles.contains(first)) {
            return " is " + text + ".";
        }
        String rest = predicate(text);
        return rest == null ? null : rest + ".";
    }

    /**
     * What follows a name alone before a colon, made the rest of a sentence about it: a predicate that starts
     * with a verb ("compiles to ..." reads " compiles to ...") or a description that starts with an article
     * ("a broker for ..." reads " is a broker for ..."); null for anything else, such as a clause with its own
     * subject ("builds are fast"), which a plural noun before a verb is.
     */
    static String predicate(String rest) {
        List<Token> tokens = Tokenizer.tokenize(rest);
        if (tokens.size() < 2 || !tokens.get(0).isWord() || !tokens.get(1).isWord()
                || !tokens.get(0).text().equals(tokens.get(0).lower())) {
            return null;
        }
        String first = tokens.get(0).lower();
        if (ARTICLES.contains(first)) {
            return " is " + rest;
        }
        boolean verb = Verbs.isVerbLike(first) && !first.equals("not") && !first.equals("only")
                || first.length() > 3 && first.endsWith("s") && !first.endsWith("ss")
                && !Verbs.isVerbLike(tokens.get(1).lower());
        return verb ? " " + rest : null;
    }

    /** Whether the content from {@code from} on names a use case and no trait. */
    private static boolean useCase(ParsedSentence p, int from) {
        boolean useCase = false;
        for (Mention m : p.mentions) {
            if (m.start() >= from && m.kind() == dev.techgraph.model.Kind.TRAIT) {
                return false;
            }
            useCase |= m.start() >= from && m.kind() == dev.techgraph.model.Kind.USE_CASE;
        }
        return useCase;
    }

    /** Most words a list item's lead before its colon has ("Vendor lock-in: it ties you to ..."). */
    private static final int LEAD_WORDS = 5;

    /**
     * A list item that opens with a short lead and a colon, then explains it ("No predictable pricing: one query
     * cost us a week"): under a label section the lead is the item, however long the explanation.
     */
    private static boolean shortLead(PlainText.Block block, Sentence s, String lead) {
        return block.type() == PlainText.BlockType.LIST_ITEM && s.start() == block.start()
                && words(lead).size() <= LEAD_WORDS;
    }

    private static boolean short_(ParsedSentence p) {
        return p.tokens.stream().filter(Token::isWord).count() <= 8;
    }

    private static boolean startsWithTech(ParsedSentence p) {
        int first = p.firstWord();
        return first >= 0 && p.mentions.stream().anyMatch(m -> m.isTech() && m.from() == first);
    }

    private static String topic(Deque<Section> sections) {
        for (Section s : sections) {
            if (s.blocked()) {
                return null;
            }
            if (s.topic() != null) {
                return s.topic();
            }
        }
        return null;
    }

    /** The distinct technologies named in [from, to) of the sentence, as written. */
    private static List<String> techSurfaces(ParsedSentence p, int from, int to) {
        Map<Term, String> seen = new LinkedHashMap<>();
        for (Mention m : p.mentions) {
            if (m.isTech() && m.start() >= from && m.end() <= to) {
                seen.putIfAbsent(m.term(), m.surface());
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** A verdict with nothing after it: "X is not recommended", "Y is a poor fit". */
    private static final Pattern VERDICT_WITHOUT_OBJECT = Pattern.compile(
            "(?i).*\\b(is|are)( not| never)?( really)? (recommended|advised|ideal|suited|suitable|a good fit|a poor fit"
                    + "|a good choice|a poor choice|the right tool)\\.?");
    private static final Pattern SETTING_BEFORE = Pattern.compile("(?i).*\\b(on|in|under|inside)( the)?\\s*$");

    /**
     * A need label names no technology of its own, or only where the need arises ("Command-line tools on the
     * Vortex VM:"), which is a setting and not the subject the label's picks are for.
     */
    private static boolean onlySettings(ParsedSentence p, int colon) {
        for (Mention m : p.mentions) {
            if (m.isTech() && m.end() <= colon
                    && !SETTING_BEFORE.matcher(p.text().substring(0, m.start())).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Words besides names a recommendation may hold ("Quarkus or Micronaut native images"). */
    private static final int PICK_SLACK = 2;
    private static final Set<String> PICK_LINKS = Set.of("or", "and", "with", "plus", ",", "/", "&");

    /**
     * "Serverless functions or small containers: Quarkus or Micronaut." read as "Quarkus and Micronaut are well
     * suited for serverless functions or small containers."; null unless what follows the colon (up to a ";")
     * is technologies and at most two other words, and the label has no technology of its own.
     */
    private String picked(ParsedSentence p, String label, int colon) {
        String text = p.text();
        int end = text.indexOf(';', colon);
        end = end < 0 ? text.length() : end;
        List<String> techs = techSurfaces(p, colon, end);
        if (techs.isEmpty() || words(label).size() > 8 || leadEnds.contains(lastWord(label)) || text.contains("?")
                || label.equals(label.toUpperCase(Locale.ROOT))) {
            return null; // a question weighs options; an upper-case label ("OPTION A") names, it does not ask
        }
        for (String w : words(label)) {
            if (WeighingWords.announces(w.toLowerCase(Locale.ROOT))) {
                return null; // "The memo compares three candidates: ..." lists what it weighs, not picks for a need
            }
        }
        String left = text.substring(colon, end);
        for (Mention m : p.mentions) {
            if (m.start() >= colon && m.end() <= end) {
                if (!m.isTech()) {
                    return null;
                }
                left = left.replace(m.surface(), " ");
            }
        }
        int other = 0;
        for (String w : words(left)) {
            if (Verbs.isVerbLike(w.toLowerCase(Locale.ROOT))) {
                return null; // "The flip side: Zorblang is unforgiving." is a sentence of its own
            }
            if (!PICK_LINKS.contains(w.toLowerCase(Locale.ROOT))) {
                other++;
            }
        }
        if (other > PICK_SLACK) {
            return null;
        }
        // the picked technologies as written ("WordPress with WooCommerce"), then whatever followed the ";"
        String picked = trimEnd(text.substring(colon, end));
        String after = end < text.length() ? trimEnd(text.substring(end + 1)) : "";
        if (VERDICT_WITHOUT_OBJECT.matcher(after).matches()) {
            after = after + " for " + label.strip(); // "...; Zorbpress is not recommended." judges the same need
        }
        return picked + (techs.size() > 1 ? " are" : " is") + " well suited for " + label.strip()
                + (after.isEmpty() ? "." : "; " + after + ".");
    }

    /** The cue a label's head [from, to) states once technology names and filler words are set aside, or null. */
    private Cue label(String head, ParsedSentence p, int from, int to) {
        StringBuilder rest = new StringBuilder(head);
        List<Mention> techs = p.mentions.stream().filter(m -> m.isTech() && m.start() >= from && m.end() <= to)
                .sorted((a, b) -> b.start() - a.start()).toList();
        for (Mention m : techs) {
            if (m.end() <= rest.length()) {
                rest.replace(m.start(), m.end(), " ");
            }
        }
        List<String> words = words(rest.toString());
        for (int n = Math.min(longestCue, words.size()); n >= 1; n--) {
            for (int start = 0; start + n <= words.size(); start++) {
                Cue cue = cues.get(String.join(" ", words.subList(start, start + n)));
                if (cue == null) {
                    continue;
                }
                List<String> left = new ArrayList<>(words.subList(0, start));
                left.addAll(words.subList(start + n, words.size()));
                if (left.stream().allMatch(filler::contains)) {
                    return cue;
                }
            }
        }
        return null;
    }

    private Cue cueOf(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        Cue whole = cues.get(String.join(" ", words));
        if (whole != null) {
            return whole;
        }
        List<String> left = words.stream().filter(w -> !filler.contains(w)).toList();
        return left.isEmpty() ? null : cues.get(String.join(" ", left));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            while (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String lastWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** The technologies a cell names, as written, joined as a list ("Kestrel", "Kestrel and Zorb"). */
    private static String techsOf(ParsedSentence p) {
        List<String> names = p.mentions.stream().filter(Mention::isTech).map(Mention::surface).distinct().toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String strip(String name) {
        return PAREN.matcher(name).replaceAll("").replaceAll("[*_`]", "").strip();
    }

    private static String trimEnd(String s) {
        return s.strip().replaceAll("[.;:,!]+$", "").strip();
    }

    /** List content with its separators made commas: "a; b / c" reads "a, b, c". */
    private static String listed(String s) {
        return s.replaceAll("\\s*[;•·]\\s*", ", ").replaceAll("\\s+/\\s+", ", ");
    }

    private static boolean valid(String template) {
        return template.contains("{S}") && template.contains("{X}");
    }

    private void load() {
        Map<String, Cue> out = cues;
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Set<String>> lists = Map.ofEntries(Map.entry("@filler", filler), Map.entry("@lead-ends", leadEnds),
                Map.entry("@yes", yes), Map.entry("@no", no), Map.entry("@judged", judged), Map.entry("@grades", grades),
                Map.entry("@judged-high", judgedHigh), Map.entry("@hedges", hedges), Map.entry("@partial-yes", partialYes),
                Map.entry("@participles", participles), Map.entry("@row-heads", rowHeads),
                Map.entry("@rating-full", ratingFull), Map.entry("@rating-empty", ratingEmpty),
                Map.entry("@rating-grades", ratingGrades), Map.entry("@software-columns", softwareColumns),
                Map.entry("@not-row-heads", notRowHeads), Map.entry("@licence-columns", licenceColumns),
                Map.entry("@licence-permissive", licencePermissive), Map.entry("@licence-open", licenceOpen),
                Map.entry("@licence-closed", licenceClosed), Map.entry("@item-cuts", itemCuts),
                Map.entry("@item-fillers", itemFillers), Map.entry("@item-breaks", itemBreaks),
                Map.entry("@item-people", itemPeople));
        for (DataFile.Line row : DataFile.lines(CUES)) {
            int n = row.number();
            String line = row.text();
            String[] cols = line.split("\t");
            if (lists.containsKey(cols[0]) && cols.length == 2) {
                for (String w : cols[1].split("\\|")) {
                    if (w.isBlank() || !lists.get(cols[0]).add(w.strip())) {
                        throw new IllegalStateException(CUES + " line " + n + ": word '" + w
                                + "' is empty or listed twice");
                    }
                }
                continue;
            }
            if (cols.length != 4 || !valid(cols[1]) || !valid(cols[2])) {
                throw new IllegalStateException(CUES + " line " + n + ": expected 'id<TAB>template<TAB>"
                        + "template for a use case<TAB>cue|cue', templates with {S} and {X}, was: " + line);
            }
            if (!ids.add(cols[0])) {
                throw new IllegalStateException(CUES + " line " + n + ": rule id " + cols[0] + " is listed twice");
            }
            Cue cue = new Cue(cols[0], cols[1], cols[2]);
            for (String c : cols[3].split("\\|")) {
                String key = String.join(" ", words(c));
                if (key.isEmpty() || out.putIfAbsent(key, cue) != null) {
                    throw new IllegalStateException(CUES + " line " + n + ": cue '" + c
                            + "' is empty or listed twice");
                }
            }
        }
    }
}
