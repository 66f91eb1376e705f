package dev.techgraph.model.doc;

import java.util.Objects;

/** Sentence {@code sentence} names {@code entity} as {@code surface} at [start, end) of the sentence text. */
public record MentionRecord(int sentence, EntityRef entity, String surface, int start, int end) {

    public MentionRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(surface, "surface");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("mention offsets must satisfy 0 <= start <= end, were start="
                    + start + " end=" + end);
        }
    }
}
