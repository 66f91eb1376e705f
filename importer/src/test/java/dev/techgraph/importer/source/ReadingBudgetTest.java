package dev.techgraph.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.techgraph.importer.ImportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A document's reading stops, with a message naming it, when its text or its time budget runs out. */
class ReadingBudgetTest {

    /** A PDF whose few pages each show the same line many times: much more text than bytes. */
    private static byte[] inflatingPdf(int pages, int linesPerPage) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(40, 750);
                    for (int i = 0; i < linesPerPage; i++) {
                        content.showText("Zorblang is a framework written in Nimbel.");
                        content.newLineAtOffset(0, -12);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void shouldStopAPdfWhoseTextOutgrowsTheCapWithAMessageNamingIt() throws IOException {
        byte[] pdf = inflatingPdf(2, 200);
        PdfReader reader = new PdfReader(Deadline.none(), 5_000);

        assertThatThrownBy(() -> reader.read("bomb.pdf", pdf)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bomb.pdf: ").hasMessageContaining("characters of text");
        assertThat(new PdfReader(Deadline.none(), 1_000_000).read("bomb.pdf", pdf).text())
                .contains("Zorblang is a framework");
    }

    @Test
    void shouldStopReadingWhenTheDocumentsTimeIsSpent() throws IOException {
        byte[] pdf = inflatingPdf(3, 20);
        Deadline spent = Deadline.start(Duration.ZERO);

        assertThatThrownBy(() -> new DocumentReader().read("slow.pdf", pdf, Format.PDF, spent))
                .isInstanceOf(ImportException.class)
                .hasMessage("slow.pdf: reading the PDF took longer than the 0 s a document may take; skipped "
                        + "(split the document, or import it from text)");
    }
}
