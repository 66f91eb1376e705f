package dev.techgraph.importer.text;

import dev.techgraph.importer.source.PlainText;
import dev.techgraph.model.doc.SentenceRecord;
import java.util.Objects;

/**
 * A sentence of a document: offsets [start, end) into the plain text, the block it belongs to (its
 * paragraph, heading or list item) and that block's type.
 */
public record Sentence(int index, int start, int end, String text, int block, PlainText.BlockType blockType) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(blockType, "blockType");
    }

    public SentenceRecord toRecord() {
        return new SentenceRecord(index, start, end, text);
    }
}
