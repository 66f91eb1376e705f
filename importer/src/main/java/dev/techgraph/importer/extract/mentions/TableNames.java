package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that head the rows or columns of a comparison table: "| | Zorbit | Kestrel | Quill |" or a first column
 * under "Framework". A row of header cells or a column of row heads where at least two cells are known
 * technologies of one kind is a set of such technologies, so an unknown name or an ambiguous vocabulary name
 * ("Unity", "cron") that is a whole cell of the same set is one of them; a subject column whose header is a kind
 * word ("Framework", "Tools") makes its name cells that kind. A cell is a name only when every word of it looks
 * like one (a capitalised or code-like word, or the vocabulary name itself): "Learning curve" is no name.
 */
final class TableNames {

    /**
     * A whole cell heading a row or a column: its sentence, the known technology it is, if any, whether it looks
     * like a name, and whether it is one lower-case package-shaped token ("| zorbify |"), a name only where its
     * column's header or known siblings vouch for it.
     */
    private record Head(ParsedSentence sentence, SiblingNames.Known known, boolean name, int size, boolean shaped) {
    }

    private TableNames() {
    }

    /**
     * Names found in the document's tables; {@code technologies} holds each sentence's known technologies and
     * {@code known} each sentence's matched tokens, as for {@link ListLeads}.
     */
    static void discover(List<ParsedSentence> sentences, List<PlainText.Block> blocks,
                         List<List<SiblingNames.Known>> technologies, List<boolean[]> known, Map<String, Kind> found) {
        int i = 0;
        while (i < sentences.size()) {
            if (sentences.get(i).sentence.blockType() != PlainText.BlockType.CELL) {
                i++;
                continue;
            }
            int end = i;
            while (end < sentences.size() && sentences.get(end).sentence.blockType() == PlainText.BlockType.CELL
                    && (end == i || sentences.get(end).block() == sentences.get(end - 1).block()
                        || !PlainText.startsNextTable(blocks, sentences.get(end).block()))) {
                end++;
            }
            table(sentences, blocks, technologies, known, i, end, found);
            i = end;
        }
    }

    private static void table(List<ParsedSentence> sentences, List<PlainText.Block> blocks,
                              List<List<SiblingNames.Known>> technologies, List<boolean[]> known, int from, int to,
                              Map<String, Kind> found) {
        Set<String> columnHeads = new HashSet<>();
        Set<String> rowHeads = new HashSet<>();
        for (int i = from; i < to; i++) {
            PlainText.Cell cell = blocks.get(sentences.get(i).block()).cell();
            if (cell != null) {
                columnHeads.add(cell.columnHead());
                rowHeads.add(cell.rowHead());
            }
        }
        List<Head> header = new ArrayList<>();
        List<Head> column = new ArrayList<>();
        List<Head> cells = new ArrayList<>();
        String subjectHeader = null;
        for (int i = from; i < to; i++) {
            ParsedSentence s = sentences.get(i);
            PlainText.Block block = blocks.get(s.block());
            if (!s.text().strip().equals(blockText(sentences, i))) {
                continue; // a cell of several sentences
            }
            String text = s.text().strip();
            Head head = head(s, technologies.get(i), known.get(i));
            cells.add(head);
            if (block.cell() != null) {
                continue; // a cell of the body
            }
            if (rowHeads.contains(text) && !columnHeads.contains(text)) {
                column.add(head);
            } else if (columnHeads.contains(text)) {
                header.add(head);
            } else if (subjectHeader == null && column.isEmpty()) {
                subjectHeader = text; // the header of the subject column, which no cell names as its column
            }
        }
        // across the header only vocabulary names: an unknown word there is as likely a column's topic ("Notes")
        type(header.stream().filter(h -> h.known() != null).toList(), null, false, sentences, found);
        String headerWord = subjectHeader == null ? "" : subjectHeader.toLowerCase(Locale.ROOT).replaceAll("[*_`]", "").strip();
        Kind named = KindWords.any(headerWord).orElse(null);
        if (named == null && OPTIONS.contains(headerWord)) {
            named = oneKind(column); // "| Option |" over rows of one known kind: the others are options of it too
        }
        if (named == null && columnHeads.stream().anyMatch(TableNames::softwareColumn)) {
            // "| Vellum | Rust | ... |" under "Written in": only software has such a column, so the rows are
            // technologies; of the one kind the known ones share, else tools
            Kind shared = oneKind(column);
            named = shared != null ? shared : Kind.TOOL;
        }
        // a lower-case package token heading a row ("| zorbify |") is a name under a header that says what the rows
        // are, or among rows mostly headed by known technologies; "| yes |" or "| speed |" never heads such rows
        long knownRows = column.stream().filter(h -> h.known() != null && !h.known().guarded()).count();
        boolean vouched = named != null || knownRows >= 2 && knownRows * 2 >= column.size();
        type(column, named, vouched, sentences, found);
        // an ambiguous vocabulary name that is a whole cell ("| Prettier |", "| cron |") in a table whose whole
        // cells name plain technologies of its kind is that technology, wherever it sits
        Set<Kind> plain = new HashSet<>();
        for (Head c : cells) {
            if (c.known() != null && !c.known().guarded()) {
                plain.add(c.known().kind());
            }
        }
        for (Head c : cells) {
            if (c.known() != null && c.known().guarded() && plain.contains(c.known().kind())) {
                found.putIfAbsent(Token.join(c.sentence().tokens, 0, c.size()), c.known().kind());
            }
        }
    }

    /** Column headers that only a piece of software has ("Written in", "License"): data in structure.tsv. */
    private static final Set<String> SOFTWARE_COLUMNS = DataFile.wordList(
            "dev/techgraph/importer/extract/structure.tsv", "@software-columns");

    private static boolean softwareColumn(String header) {
        return SOFTWARE_COLUMNS.contains(header.toLowerCase(Locale.ROOT).replaceAll("[*_`:]", "").strip());
    }

    /** Headers of a subject column that name no kind but say its cells are what is weighed. */
    private static final Set<String> OPTIONS = Set.of("option", "options", "choice", "choices", "candidate",
            "candidates", "contender", "contenders", "name", "product", "products", "technology", "technologies",
            "solution", "solutions");

    /**
     * The kind of at least two vocabulary names among {@code heads} when every vocabulary name there is of it, the
     * ambiguous ones included: "| Vapor | Hummingbird |" side by side are two frameworks.
     */
    private static Kind allOneKind(List<Head> heads) {
        Kind kind = null;
        int count = 0;
        for (Head h : heads) {
            if (h.name() && h.known() != null) {
                if (kind != null && kind != h.known().kind()) {
                    return null;
                }
                kind = h.known().kind();
                count++;
            }
        }
        return count >= 2 ? kind : null;
    }

    /** The one kind of the plain known technologies among {@code heads}, or null when there are none or several. */
    private static Kind oneKind(List<Head> heads) {
        Kind kind = null;
        for (Head h : heads) {
            if (h.known() != null && !h.known().guarded()) {
                if (kind != null && kind != h.known().kind()) {
                    return null;
                }
                kind = h.known().kind();
            }
        }
        return kind;
    }

    /** The text of the block of sentence {@code i} when that sentence is all of it, else null. */
    private static String blockText(List<ParsedSentence> sentences, int i) {
        int block = sentences.get(i).block();
        boolean alone = (i == 0 || sentences.get(i - 1).block() != block)
                && (i + 1 == sentences.size() || sentences.get(i + 1).block() != block);
        return alone ? sentences.get(i).text().strip() : null;
    }

    private static Head head(ParsedSentence s, List<SiblingNames.Known> technologies, boolean[] known) {
        int words = (int) s.tokens.stream().filter(Token::isWord).count();
        if (words == 0 || s.tokens.isEmpty()) {
            return new Head(s, null, false, 0, false);
        }
        // "| Vapor 4 |", "| Zorbweb v2.1 |": a version after the name is no part of it
        int size = s.tokens.size();
        if (size > 1 && s.tokens.get(size - 1).isVersion()) {
            size--;
        }
        for (SiblingNames.Known k : technologies) {
            if (k.from() == 0 && k.to() == size) {
                return new Head(s, k, true, size, false);
            }
        }
        int end = SiblingNames.nameEnd(s.tokens, known, 0);
        if (end != size && LowerCaseNames.packageToken(s.tokens, known, 0) == size) {
            return new Head(s, null, true, size, true);
        }
        return new Head(s, null, end == size, size, false);
    }

    /**
     * The kind the heads agree on (at least two plain known technologies of one kind), or {@code named}; each
     * unknown or ambiguous name among them takes it.
     */
    private static void type(List<Head> heads, Kind named, boolean shapedVouched, List<ParsedSentence> sentences,
                             Map<String, Kind> found) {
        Kind kind = SiblingNames.agreedKind(heads.stream().filter(Head::name).map(Head::known).toList());
        kind = kind != null ? kind : allOneKind(heads);
        if (kind == null && named == null
                && heads.stream().anyMatch(h -> h.name() && h.known() != null && !h.known().guarded())) {
            return; // known technologies of several kinds, or one among other cells: no set to join
        }
        kind = kind != null ? kind : named;
        if (kind == null) {
            return;
        }
        for (Head head : heads) {
            if (head.shaped() && (!shapedVouched || LowerCaseNames.writtenAsWord(sentences,
                    Token.join(head.sentence().tokens, 0, head.size(), "")))) {
                continue;
            }
            if (head.name() && SiblingNames.takesKind(head.known(), kind)) {
                found.putIfAbsent(Token.join(head.sentence().tokens, 0, head.size(), head.shaped() ? "" : " "), kind);
            }
        }
    }
}
