package dev.techgraph.importer.source;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Markdown through commonmark with GFM tables: headings (with their level) and list items are blocks of their
 * own, a table is read cell by cell with its row and column ({@link Tables}); code blocks are skipped.
 */
final class MarkdownReader implements FormatReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create())).build();

    @Override
    public PlainText read(String source, byte[] content) {
        String text = Decoding.decode(content, source);
        DocumentReader.rejectLongLines(source, text);
        return parse(source, text);
    }

    PlainText parse(String source, String markdown) {
        BlockText out = new BlockText();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add(inlineText(heading), PlainText.BlockType.HEADING, heading.getLevel(), null);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    table(table, out);
                } else {
                    visitChildren(block);
                }
            }

            @Override
            public void visit(Paragraph paragraph) {
                boolean inList = paragraph.getParent() instanceof ListItem;
                out.lead(lead(paragraph));
                out.addLines(inlineText(paragraph, "\n"),
                        inList ? PlainText.BlockType.LIST_ITEM : PlainText.BlockType.PARAGRAPH);
            }

            @Override
            public void visit(BlockQuote quote) {
                visitChildren(quote);
            }

            @Override
            public void visit(HtmlBlock html) {
                out.add(Jsoup.parse(html.getLiteral()).text(), PlainText.BlockType.PARAGRAPH);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                // code is not prose
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                // code is not prose
            }
        });
        return out.build(source, null);
    }

    private static void table(TableBlock table, BlockText out) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inlineText(cell));
                    }
                }
                if (part instanceof TableHead) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        Tables.emit(out, header, rows);
    }

    /** The text of a bold span, code span or link that opens a paragraph ("**Zorbit** builds ..."), or null. */
    private static String lead(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        return first instanceof StrongEmphasis || first instanceof Code || first instanceof Link
                ? inlineText(first) : null;
    }

    private static String inlineText(Node block) {
        return inlineText(block, " ");
    }

    private static String inlineText(Node block, String lineBreak) {
        StringBuilder sb = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                sb.append(lineBreak);
            }

            @Override
            public void visit(HardLineBreak br) {
                sb.append(lineBreak);
            }

            @Override
            public void visit(HtmlInline html) {
                // inline tags carry no prose of their own
            }
        });
        return sb.toString();
    }
}
