package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.extract.Extractor;
import dev.techgraph.importer.text.TextDocument;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real extractor plus a {@code USED_WITH} fact between every two technologies named in one sentence,
 * so the write-path tests have many shared facts whatever the rules currently find. Results are cached by
 * source and text, as the tests import the same files many times.
 */
final class CooccurrenceExtractor implements Extractor {

    static final String RULE = "test.cooccurrence";

    private final Extractor real;
    private final Map<String, DocumentGraph> cache = new java.util.concurrent.ConcurrentHashMap<>();

    CooccurrenceExtractor(Extractor real) {
        this.real = real;
    }

    @Override
    public DocumentGraph extract(TextDocument document) {
        return cache.computeIfAbsent(document.plain().source() + "\n" + document.plain().text(),
                k -> withCooccurrences(real.extract(document)));
    }

    private static DocumentGraph withCooccurrences(DocumentGraph graph) {
        Map<Integer, Set<EntityRef>> bySentence = new LinkedHashMap<>();
        for (MentionRecord mention : graph.mentions()) {
            if (mention.entity().kind().isTechnology()) {
                bySentence.computeIfAbsent(mention.sentence(), s -> new LinkedHashSet<>()).add(mention.entity());
            }
        }
        List<RelationRecord> relations = new ArrayList<>(graph.relations());
        bySentence.forEach((sentence, refs) -> {
            List<EntityRef> list = new ArrayList<>(refs);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    relations.add(new RelationRecord(list.get(j), RelationType.USED_WITH, list.get(i),
                            Polarity.POSITIVE, null, List.of(sentence), List.of(RULE)));
                }
            }
        });
        return new DocumentGraph(graph.document(), graph.sentences(), graph.entities(), graph.mentions(), relations);
    }
}
