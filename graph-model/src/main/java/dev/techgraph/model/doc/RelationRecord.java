package dev.techgraph.model.doc;

import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import java.util.List;
import java.util.Objects;

/**
 * A relationship the document states: the sentences that state it (indexes into the document's
 * sentences, at least one) and the ids of the rules that found it.
 */
public record RelationRecord(EntityRef source, RelationType type, EntityRef target, Polarity polarity,
                             String qualifier, List<Integer> sentences, List<String> rules) {

    public RelationRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(polarity, "polarity");
        sentences = List.copyOf(sentences);
        rules = List.copyOf(rules);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a relation needs at least one evidence sentence: "
                    + source.key() + " " + type + " " + target.key());
        }
    }
}
