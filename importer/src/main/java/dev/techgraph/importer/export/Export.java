package dev.techgraph.importer.export;

import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.doc.SentenceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The export of several documents' extractions: entities merged across documents by kind and key,
 * relationships merged by endpoints, type and polarity, each with every sentence that states it.
 */
public record Export(List<ExportDocument> documents, List<ExportEntity> entities, List<ExportRelation> relations) {

    public record ExportDocument(String id, String title, String source, int sentences) {
    }

    public record ExportEntity(String name, String kind, List<String> aliases) {
    }

    public record ExportRelation(String source, String type, String target, String polarity, String qualifier,
                                 List<Evidence> evidence, List<String> rules) {
    }

    public record Evidence(String document, String sentence) {
    }

    public static Export of(List<DocumentGraph> graphs) {
        List<ExportDocument> documents = new ArrayList<>();
        Map<EntityRef, String> names = new LinkedHashMap<>();
        Map<EntityRef, Set<String>> aliases = new LinkedHashMap<>();
        Map<String, RelationBuilder> relations = new LinkedHashMap<>();
        for (DocumentGraph graph : graphs) {
            var info = graph.document();
            documents.add(new ExportDocument(info.id(), info.title(), info.source(), graph.sentences().size()));
            for (var entity : graph.entities()) {
                names.putIfAbsent(entity.ref(), entity.name());
                // the entity's own aliases, not every mention's surface: a mention may state the opposite of
                // a concept ("paid" for free of charge), and such a word names no form of it
                aliases.computeIfAbsent(entity.ref(), r -> new LinkedHashSet<>()).addAll(entity.aliases());
            }
            for (RelationRecord relation : graph.relations()) {
                String key = relation.source() + "|" + relation.type() + "|" + relation.target() + "|"
                        + relation.polarity();
                RelationBuilder builder = relations.computeIfAbsent(key, k -> new RelationBuilder(relation));
                for (int index : relation.sentences()) {
                    SentenceRecord sentence = graph.sentences().get(index);
                    builder.evidence.add(new Evidence(info.source(), sentence.text()));
                }
                builder.rules.addAll(relation.rules());
                if (builder.qualifier == null) {
                    builder.qualifier = relation.qualifier();
                }
            }
        }
        List<ExportEntity> entities = new ArrayList<>();
        names.forEach((ref, name) -> entities.add(new ExportEntity(name, ref.kind().label(),
                new ArrayList<>(aliases.getOrDefault(ref, Set.of(name))))));
        entities.sort(Comparator.comparing(ExportEntity::kind).thenComparing(ExportEntity::name));
        List<ExportRelation> out = new ArrayList<>();
        for (RelationBuilder b : relations.values()) {
            out.add(new ExportRelation(names.get(b.relation.source()), b.relation.type().name(),
                    names.get(b.relation.target()), b.relation.polarity().value(), b.qualifier,
                    new ArrayList<>(b.evidence), new ArrayList<>(b.rules)));
        }
        return new Export(documents, entities, out);
    }

    private static final class RelationBuilder {
        final RelationRecord relation;
        final Set<Evidence> evidence = new LinkedHashSet<>();
        final Set<String> rules = new LinkedHashSet<>();
        String qualifier;

        RelationBuilder(RelationRecord relation) {
            this.relation = relation;
        }
    }
}
