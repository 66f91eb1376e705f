package dev.techgraph.importer.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML through jsoup: the article body (the {@code article} or {@code main} element when there is one),
 * without scripts, styles, navigation, forms, the page header or footer; asides and the article's own header stay.
 */
final class HtmlReader implements FormatReader {

    // An <aside> inside the article is a callout the author wrote ("Did you know ..."), and an article's own
    // <header> holds its title: both are kept; the page's header, navigation and footer are not.
    private static final String NOISE = "script, style, noscript, template, nav, footer, form, "
            + "iframe, svg, canvas, button, select, [hidden], [aria-hidden=true], .sidebar, .nav, .menu, .comments, "
            + ".advert, .ads, .cookie, .share, .related";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Inline elements that set a name apart when they open an item or paragraph. */
    private static final Set<String> MARKS = Set.of("strong", "b", "code", "a", "kbd", "samp", "tt");
    /** Blocks whose opening mark is read as their lead. */
    private static final Set<String> LED = Set.of("p", "li", "dd", "dt");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "blockquote", "pre", "section", "article", "main", "dd", "dt", "figcaption", "caption",
            "tr", "ul", "ol", "dl", "table", "br", "hr", "summary", "details");

    @Override
    public PlainText read(String source, byte[] content) {
        String html = Decoding.decode(content, source);
        return parse(source, html);
    }

    PlainText parse(String source, String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().charset(StandardCharsets.UTF_8);
        String title = document.title();
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = document.body();
        }
        root.select(NOISE).remove();
        root.select("header").stream()
                .filter(h -> h.parents().stream().noneMatch(p -> p.normalName().equals("article")
                        || p.normalName().equals("main")))
                .forEach(Element::remove);
        BlockText out = new BlockText();
        Element h1 = document.selectFirst("h1");
        if (titleAddsToHeading(title, h1 == null ? null : h1.text())) {
            // a page title often says what the page compares ("Choosing between A, B and C") while the body's
            // heading does not; read it as the document's first heading, minus a site name after a bar
            out.add(title.split(" \\| ")[0], PlainText.BlockType.HEADING, 1, null);
        }
        StringBuilder current = new StringBuilder();
        walk(root, out, current, PlainText.BlockType.PARAGRAPH);
        out.add(current.toString(), PlainText.BlockType.PARAGRAPH);
        if (title == null || title.isBlank()) {
            title = h1 == null ? null : h1.text();
        }
        return out.build(source, title);
    }

    /** Whether the page title says something its first heading does not (it is not the heading's own text). */
    static boolean titleAddsToHeading(String title, String heading) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String t = letters(title);
        String h = heading == null ? "" : letters(heading);
        return !t.isEmpty() && !(h.contains(t) || !h.isEmpty() && t.contains(h));
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** A table row by column: the header is the first row when it is all {@code th}, or the {@code thead}. */
    private static void table(Element table, BlockText out) {
        Element caption = table.selectFirst("caption");
        if (caption != null) {
            out.add(caption.text(), PlainText.BlockType.PARAGRAPH);
        }
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<Element> cells = tr.children().stream()
                    .filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
            boolean head = header.isEmpty() && rows.isEmpty() && !cells.isEmpty()
                    && (tr.closest("thead") != null || cells.stream().allMatch(c -> c.normalName().equals("th")));
            List<String> texts = cells.stream().map(Element::text).toList();
            if (head) {
                header.addAll(texts);
            } else {
                rows.add(texts);
            }
        }
        Tables.emit(out, header, rows);
    }

    /** The text of the mark that opens an element ("<li><strong>Zorbit</strong> builds ..."), or null. */
    private static String lead(Element block) {
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            return child instanceof Element first && MARKS.contains(first.normalName()) ? first.text() : null;
        }
        return null;
    }

    private static void walk(Node node, BlockText out, StringBuilder current, PlainText.BlockType type) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("table")) {
                    out.add(current.toString(), type);
                    current.setLength(0);
                    table(element, out);
                } else if (BLOCKS.contains(tag)) {
                    out.add(current.toString(), type);
                    current.setLength(0);
                    PlainText.BlockType inner = HEADINGS.contains(tag) ? PlainText.BlockType.HEADING
                            : tag.equals("li") || tag.equals("dd") ? PlainText.BlockType.LIST_ITEM
                            : tag.equals("td") || tag.equals("th") ? PlainText.BlockType.CELL
                            : PlainText.BlockType.PARAGRAPH;
                    if (LED.contains(tag)) {
                        out.lead(lead(element));
                    }
                    walk(element, out, current, inner);
                    out.add(current.toString(), inner, inner == PlainText.BlockType.HEADING
                            ? tag.charAt(1) - '0' : 0, null);
                    current.setLength(0);
                } else {
                    walk(element, out, current, type);
                }
            }
        }
    }
}
