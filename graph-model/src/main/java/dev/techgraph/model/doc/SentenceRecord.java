package dev.techgraph.model.doc;

import java.util.Objects;

/**
 * A sentence: its position in the document and its character offsets [start, end) in the document's
 * plain text. Its id combines the document id and the index, never the text alone.
 */
public record SentenceRecord(int index, int start, int end, String text) {

    public SentenceRecord {
        Objects.requireNonNull(text, "text");
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, was " + index);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("sentence offsets must satisfy 0 <= start <= end, were start="
                    + start + " end=" + end);
        }
    }

    /** The id of this sentence within a document. */
    public String id(String documentId) {
        return idOf(documentId, index);
    }

    public static String idOf(String documentId, int index) {
        return idPrefix(documentId) + index;
    }

    /** The prefix every sentence id of a document starts with, and no other document's does. */
    public static String idPrefix(String documentId) {
        return documentId + ":";
    }
}
