package dev.techgraph.importer.source;

import dev.techgraph.importer.ImportException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF through PDFBox: the text layer, in reading order, then read as plain text. A PDF can inflate a few
 * megabytes into gigabytes of text: the reader counts glyphs as PDFBox finds them and stops at
 * {@code maxChars} or when the document's {@link Deadline} is spent, whichever comes first.
 */
final class PdfReader implements FormatReader {

    private final Deadline deadline;
    private final long maxChars;

    PdfReader() {
        this(Deadline.none(), DocumentReader.MAX_FILE_BYTES);
    }

    PdfReader(Deadline deadline, long maxChars) {
        this.deadline = deadline;
        this.maxChars = maxChars;
    }

    @Override
    public PlainText read(String source, byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new BoundedStripper(source);
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            String text = stripper.getText(pdf);
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            PlainText plain = new TextReader().parse(source, text);
            return new PlainText(source, title == null || title.isBlank() ? plain.title() : title, plain.text(),
                    plain.blocks());
        } catch (IOException e) {
            throw new ImportException(source + ": not a readable PDF (" + e.getMessage() + "); skipped");
        }
    }

    /** The text stripper with a glyph count and the deadline checked as it goes. */
    private final class BoundedStripper extends PDFTextStripper {

        private final String source;
        private long glyphs;

        BoundedStripper(String source) {
            this.source = source;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            deadline.check(source, "reading the PDF");
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++glyphs > maxChars) {
                throw new ImportException(source + ": the PDF holds more than " + maxChars / (1024 * 1024)
                        + " million characters of text, more than a document may have; skipped");
            }
            if ((glyphs & 0x3FFF) == 0) {
                deadline.check(source, "reading the PDF");
            }
            super.processTextPosition(text);
        }
    }
}
