package dev.techgraph.model.doc;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one document; the unit the writer stores in one transaction. */
public record DocumentGraph(DocumentInfo document, List<SentenceRecord> sentences, List<EntityRecord> entities,
                            List<MentionRecord> mentions, List<RelationRecord> relations) {

    public DocumentGraph {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }
}
