package dev.techgraph.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.techgraph.importer.ImportException;
import dev.techgraph.importer.text.Sentence;
import dev.techgraph.importer.text.SentenceSplitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    private List<String> sentences(String source, String content, Format format) {
        return sentences(reader.read(source, content.getBytes(StandardCharsets.UTF_8), format));
    }

    private static List<String> sentences(PlainText text) {
        return new SentenceSplitter().split(text).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void shouldMakeMarkdownHeadingsAndListItemsSentencesOfTheirOwn() {
        String markdown = """
                # Choosing a back end

                Quill runs on the server. It is fast

                - Nim for speed
                - Zig for control

                ```
                code is not prose
                ```
                """;

        assertThat(sentences("a.md", markdown, Format.MARKDOWN)).containsExactly(
                "Choosing a back end", "Quill runs on the server.", "It is fast", "Nim for speed", "Zig for control");
        assertThat(reader.read("a.md", markdown.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN).title())
                .isEqualTo("Choosing a back end");
    }

    @Test
    void shouldReadAMarkdownTableCellByCellWithItsRowAndColumn() {
        String markdown = """
                ## Options

                | Tool | Written in | Good at |
                | --- | --- | --- |
                | Quill (v2) | Nimbel | small services |
                | Heron | Zorblang | batch jobs |
                """;

        PlainText plain = reader.read("t.md", markdown.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);

        assertThat(sentences(plain)).containsExactly("Options", "Tool", "Written in", "Good at",
                "Quill (v2)", "Nimbel", "small services", "Heron", "Zorblang", "batch jobs");
        assertThat(plain.blocks()).extracting(PlainText.Block::cell).containsExactly(null, null, null, null, null,
                new PlainText.Cell("Quill (v2)", "Written in"), new PlainText.Cell("Quill (v2)", "Good at"), null,
                new PlainText.Cell("Heron", "Written in"), new PlainText.Cell("Heron", "Good at"));
        assertThat(plain.blocks().get(0).level()).isEqualTo(2);
    }

    @Test
    void shouldReadAnHtmlTableWithItsHeaderRow() {
        String html = """
                <html><body><table><caption>At a glance</caption>
                <thead><tr><th>Runtime</th><th>Best for</th></tr></thead>
                <tbody><tr><td>Vortex</td><td>queues</td></tr><tr><td>Quasar</td><td>games</td></tr></tbody>
                </table><p>After the table.</p></body></html>""";

        PlainText plain = reader.read("t.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML);

        assertThat(sentences(plain)).containsExactly("At a glance", "Runtime", "Best for", "Vortex", "queues",
                "Quasar", "games", "After the table.");
        assertThat(plain.blocks().get(4).cell()).isEqualTo(new PlainText.Cell("Vortex", "Best for"));
    }

    @Test
    void shouldSplitWrappedMarkdownLabelLinesIntoBlocks() {
        String markdown = """
                **Best for:** small services
                **Avoid for:** batch jobs

                One sentence
                wrapped over two lines.
                """;

        assertThat(sentences("l.md", markdown, Format.MARKDOWN)).containsExactly(
                "Best for: small services", "Avoid for: batch jobs", "One sentence wrapped over two lines.");
    }

    /** The text a block's lead covers ("" when it has none). */
    private static List<String> leads(PlainText plain) {
        return plain.blocks().stream()
                .map(b -> plain.text().substring(b.start(), b.start() + b.lead())).toList();
    }

    @Test
    void shouldKeepTheMarkupThatOpensAMarkdownItemAsItsLead() {
        String markdown = """
                - **Quillon 2**, a broker we run ourselves.
                - `zorbctl` wraps the API.
                - [Thistle](https://example.org/thistle) with its own scheduler.
                - Plain item with **bold** later on.

                **Kestrel.** Handles the messaging.
                """;

        PlainText plain = reader.read("m.md", markdown.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);

        assertThat(leads(plain)).containsExactly("Quillon 2", "zorbctl", "Thistle", "", "Kestrel.");
        assertThat(sentences(plain)).startsWith("Quillon 2, a broker we run ourselves.");
    }

    @Test
    void shouldKeepTheMarkupThatOpensAnHtmlItemOrParagraphAsItsLead() {
        String html = """
                <ul><li> <strong>Mossgrove</strong> from a small studio.</li>
                <li><code>brindle</code> runs the jobs.<ul><li>nested, no lead</li></ul></li>
                <li>Plain <b>not a lead</b>.</li></ul>
                <p><b><a href="#">Wrenfield</a></b> replaced the old broker.</p>
                <dl><dt><kbd>Ctrl</kbd></dt></dl>
                """;

        PlainText plain = reader.read("h.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML);

        assertThat(leads(plain)).containsExactly("Mossgrove", "brindle", "", "", "Wrenfield", "Ctrl");
    }

    @Test
    void shouldReadTheHtmlArticleBodyWithoutScriptsStylesAndNavigation() {
        String html = """
                <html><head><title>Quill and Nim</title><style>p { color: red }</style></head>
                <body><nav><a href="/">Home</a> Menu entry</nav>
                <article><h2>Why Quill</h2><p>Quill is written in Nim.<script>var quill = 1;</script></p>
                <ul><li>Fast builds</li><li>Small binaries</li></ul></article>
                <footer>Copyright notice</footer><script>track()</script></body></html>
                """;

        PlainText text = reader.read("a.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML);

        assertThat(text.title()).isEqualTo("Quill and Nim");
        // the page title says something no heading of the body says, so it is read as the first heading
        assertThat(sentences(text)).containsExactly("Quill and Nim", "Why Quill", "Quill is written in Nim.",
                "Fast builds", "Small binaries");
    }

    @Test
    void shouldReadThePageTitleOnlyWhenTheFirstHeadingDoesNotAlreadySayIt() {
        String repeated = """
                <html><head><title>Quill versus Nim</title></head>
                <body><article><h1>Quill versus Nim</h1><p>Quill is fast.</p></article></body></html>
                """;
        String withSiteName = """
                <html><head><title>Picking between Quill and Nim | Zed Weekly</title></head>
                <body><article><h1>A first program</h1><p>Quill is fast.</p></article></body></html>
                """;

        PlainText same = reader.read("r.html", repeated.getBytes(StandardCharsets.UTF_8), Format.HTML);
        PlainText other = reader.read("s.html", withSiteName.getBytes(StandardCharsets.UTF_8), Format.HTML);

        assertThat(sentences(same)).containsExactly("Quill versus Nim", "Quill is fast.");
        assertThat(sentences(other)).containsExactly("Picking between Quill and Nim", "A first program",
                "Quill is fast.");
    }

    @Test
    void shouldKeepTheArticlesOwnHeaderAndAsidesButNotThePageHeader() {
        String html = """
                <html><body><header><a href="/">Site name</a> Subscribe</header>
                <article><header><h1>Quill versus Nim</h1></header><p>Quill is fast.</p>
                <aside>Did you know? Quill runs on Zed.</aside></article></body></html>
                """;

        PlainText text = reader.read("b.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML);

        assertThat(sentences(text)).containsExactly("Quill versus Nim", "Quill is fast.", "Did you know?",
                "Quill runs on Zed.");
    }

    @Test
    void shouldReadTheTextOfAPdfBuiltWithPdfBox() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle("Quill notes");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Quill is a web framework written in Nim.");
                content.newLineAtOffset(0, -16);
                content.showText("It suits real-time applications.");
                content.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        PlainText text = reader.read("notes.pdf", pdf, Format.PDF);

        assertThat(text.title()).isEqualTo("Quill notes");
        assertThat(sentences(text)).containsExactly("Quill is a web framework written in Nim.",
                "It suits real-time applications.");
    }

    @Test
    void shouldDecodeUtf8AndUtf16WithByteOrderMarks() {
        String text = "Café Quill is written in Nim.";
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        byte[] utf16Be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        byte[] utf16Le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        for (byte[] bytes : List.of(utf8Bom, utf16Be, utf16Le)) {
            assertThat(reader.read("a.txt", bytes, Format.TEXT).text()).isEqualTo(text);
        }
    }

    @Test
    void shouldRejectBadFilesWithAMessageNamingTheFileAndTheProblem() {
        byte[] latin1 = "Caf\u00e9 Quill is written in Nim.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01};
        byte[] scriptsOnly = "<html><body><script>alert(1)</script><style>b{}</style></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("latin1.txt", latin1, Format.TEXT))
                .isInstanceOf(ImportException.class).hasMessage(
                        "latin1.txt: not valid UTF-8 text; convert it to UTF-8 and import it again");
        assertThatThrownBy(() -> reader.read("blob.txt", binary, Format.TEXT))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("blob.txt: not a text file");
        assertThatThrownBy(() -> reader.read("empty.md", new byte[0], Format.MARKDOWN))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("empty.md: no text to import");
        assertThatThrownBy(() -> reader.read("scripts.html", scriptsOnly, Format.HTML))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("scripts.html: no text to import");
        assertThatThrownBy(() -> reader.read("fake.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), Format.PDF))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("fake.pdf: not a readable PDF");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
