package dev.techgraph.importer.source;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/** Markdown through commonmark: headings and list items are blocks of their own; code blocks are skipped. */
final class MarkdownReader implements FormatReader {

    private static final Parser PARSER = Parser.builder().build();

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
                out.add(inlineText(heading), PlainText.BlockType.HEADING);
            }

            @Override
            public void visit(Paragraph paragraph) {
                boolean inList = paragraph.getParent() instanceof ListItem;
                out.add(inlineText(paragraph), inList ? PlainText.BlockType.LIST_ITEM : PlainText.BlockType.PARAGRAPH);
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

    private static String inlineText(Node block) {
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
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak br) {
                sb.append(' ');
            }

            @Override
            public void visit(HtmlInline html) {
                // inline tags carry no prose of their own
            }
        });
        return sb.toString();
    }
}
