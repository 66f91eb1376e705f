package dev.techgraph.importer.source;

import dev.techgraph.importer.ImportException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF through PDFBox: the text layer, in reading order, then read as plain text. */
final class PdfReader implements FormatReader {

    @Override
    public PlainText read(String source, byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
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
}
