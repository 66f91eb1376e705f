package dev.techgraph.model.store;

import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.doc.SentenceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Stores a document's extraction, one transaction per document, idempotently.
 *
 * <p>A document is identified by its source and recognised by the SHA-256 of its text: unchanged means no
 * write; changed means its old contribution is removed and the new one written in the same transaction.
 * Each fact relationship keeps {@code support}, a list of {@code sentenceId|ruleId|qualifier} entries, from
 * which {@code evidence}, {@code rules}, {@code weight} and {@code qualifier} are derived; removing a
 * document drops its entries, deletes facts left without support, and entities left without mentions.
 */
public final class GraphWriter {

    private static final String FIND_DOCUMENT = """
            MATCH (d:Document {source: $source}) RETURN d.id AS id, d.sha256 AS sha256
            """;

    private static final String UPSERT_DOCUMENT = """
            MERGE (d:Document {id: $id})
            SET d.source = $source, d.title = $title, d.sha256 = $sha256, d.importedAt = datetime(),
                d.sentences = $sentences
            """;

    private static final String CREATE_SENTENCES = """
            MATCH (d:Document {id: $id})
            UNWIND $rows AS row
            CREATE (s:Sentence {id: row.id, index: row.index, start: row.start, end: row.end, text: row.text})
            CREATE (d)-[:HAS_SENTENCE]->(s)
            """;

    /** Per kind: the label comes from the enum, so each kind has its own constant query. */
    private static final Map<Kind, String> MERGE_ENTITIES = new EnumMap<>(Kind.class);

    private static final String CREATE_MENTIONS = """
            UNWIND $rows AS row
            MATCH (s:Sentence {id: row.sentence})
            MATCH (e:Entity {kind: row.kind, key: row.key})
            CREATE (s)-[:MENTIONS {surface: row.surface, start: row.start, end: row.end}]->(e)
            """;

    /** Per type: the relationship type comes from the enum. */
    private static final Map<RelationType, String> MERGE_RELATIONS = new EnumMap<>(RelationType.class);

    // Derived properties of a fact from its support entries "sentenceId|ruleId|qualifier".
    private static final String DERIVE_FACT = """
            WITH r, [x IN r.support | split(x, '|')] AS parts
            WITH r, reduce(acc = [], p IN parts | CASE WHEN p[0] IN acc THEN acc ELSE acc + p[0] END) AS evidence,
                 reduce(acc = [], p IN parts | CASE WHEN p[1] IN acc THEN acc ELSE acc + p[1] END) AS rules,
                 [p IN parts WHERE p[2] <> '' | p[2]] AS qualifiers
            SET r.evidence = evidence, r.rules = rules, r.weight = size(evidence),
                r.qualifier = CASE WHEN size(qualifiers) = 0 THEN null ELSE qualifiers[0] END
            """;

    private static final String DELETE_ONLY_SUPPORTED = """
            MATCH (:Entity)-[r]->(:Entity)
            WHERE r.support IS NOT NULL AND all(x IN r.support WHERE x STARTS WITH $prefix)
            DELETE r
            """;

    private static final String DROP_SUPPORT = """
            MATCH (:Entity)-[r]->(:Entity)
            WHERE r.support IS NOT NULL AND any(x IN r.support WHERE x STARTS WITH $prefix)
            SET r.support = [x IN r.support WHERE NOT x STARTS WITH $prefix]
            """ + DERIVE_FACT;

    private static final String TOUCHED_ENTITIES = """
            MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
            RETURN DISTINCT e.kind AS kind, e.key AS key
            """;

    private static final String DELETE_DOCUMENT = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
            DETACH DELETE s, d
            """;

    private static final String DELETE_ORPHAN_ENTITIES = """
            MATCH (e:Entity)
            WHERE NOT (e)--()
            DELETE e
            """;

    private static final String REFRESH_ENTITIES = """
            UNWIND $rows AS row
            MATCH (e:Entity {kind: row.kind, key: row.key})
            WITH e, [(s:Sentence)-[m:MENTIONS]->(e) | m.surface] AS surfaces
            SET e.mentions = size(surfaces),
                e.aliases = reduce(acc = [], x IN surfaces | CASE WHEN x IN acc THEN acc ELSE acc + x END)
            """;

    static {
        for (Kind kind : Kind.values()) {
            String extraLabels = String.join(":", kind.labels().subList(1, kind.labels().size()));
            MERGE_ENTITIES.put(kind, """
                    UNWIND $rows AS row
                    MERGE (e:Entity {kind: row.kind, key: row.key})
                    ON CREATE SET e:%s, e.name = row.name, e.aliases = [], e.mentions = 0
                    """.formatted(extraLabels));
        }
        for (RelationType type : RelationType.values()) {
            MERGE_RELATIONS.put(type, """
                    UNWIND $rows AS row
                    MATCH (a:Entity {kind: row.sourceKind, key: row.sourceKey})
                    MATCH (b:Entity {kind: row.targetKind, key: row.targetKey})
                    MERGE (a)-[r:%s {polarity: row.polarity}]->(b)
                    ON CREATE SET r.support = []
                    SET r.support = r.support + [x IN row.support WHERE NOT x IN r.support]
                    """.formatted(type.name()) + DERIVE_FACT);
        }
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public GraphWriter(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
    }

    /** Stores a document: skipped when unchanged, replaced when changed, all in one transaction. */
    public WriteOutcome write(DocumentGraph graph) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> write(tx, graph));
        }
    }

    /** Removes a document (by source or id) and every fact only it supported; empty when unknown. */
    public Optional<WriteOutcome> remove(String sourceOrId) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                var found = tx.run("""
                        MATCH (d:Document) WHERE d.source = $ref OR d.id = $ref
                        RETURN d.id AS id, d.source AS source, d.sentences AS sentences
                        """, Map.of("ref", sourceOrId)).list();
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                var row = found.get(0);
                Counts counts = new Counts();
                removeContribution(tx, row.get("id").asString(), counts);
                return Optional.of(new WriteOutcome(row.get("id").asString(), row.get("source").asString(),
                        WriteOutcome.Status.REMOVED, row.get("sentences").asInt(0), 0, counts.entitiesRemoved,
                        0, counts.relationsRemoved));
            });
        }
    }

    private WriteOutcome write(TransactionContext tx, DocumentGraph graph) {
        var info = graph.document();
        var existing = tx.run(FIND_DOCUMENT, Map.of("source", info.source())).list();
        Counts counts = new Counts();
        WriteOutcome.Status status = WriteOutcome.Status.NEW;
        if (!existing.isEmpty()) {
            if (info.sha256().equals(existing.get(0).get("sha256").asString(null))) {
                return new WriteOutcome(info.id(), info.source(), WriteOutcome.Status.UNCHANGED,
                        graph.sentences().size(), 0, 0, 0, 0);
            }
            status = WriteOutcome.Status.CHANGED;
            removeContribution(tx, existing.get(0).get("id").asString(), counts);
        }
        tx.run(UPSERT_DOCUMENT, Map.of("id", info.id(), "source", info.source(), "title", info.title(),
                "sha256", info.sha256(), "sentences", graph.sentences().size()));
        tx.run(CREATE_SENTENCES, Map.of("id", info.id(), "rows", sentenceRows(info.id(), graph.sentences())));

        Map<Kind, List<Map<String, Object>>> entityRows = new EnumMap<>(Kind.class);
        for (var entity : graph.entities()) {
            entityRows.computeIfAbsent(entity.kind(), k -> new ArrayList<>()).add(Map.of(
                    "kind", entity.kind().label(), "key", entity.key(), "name", entity.name()));
        }
        entityRows.forEach((kind, rows) -> counts.entitiesAdded += run(tx, MERGE_ENTITIES.get(kind), rows).nodesCreated());

        run(tx, CREATE_MENTIONS, mentionRows(info.id(), graph.mentions()));

        Map<RelationType, List<Map<String, Object>>> relationRows = new EnumMap<>(RelationType.class);
        for (RelationRecord relation : graph.relations()) {
            relationRows.computeIfAbsent(relation.type(), t -> new ArrayList<>()).add(relationRow(info.id(), relation));
        }
        relationRows.forEach((type, rows) ->
                counts.relationsAdded += run(tx, MERGE_RELATIONS.get(type), rows).relationshipsCreated());

        List<Map<String, Object>> touched = new ArrayList<>();
        for (var entity : graph.entities()) {
            touched.add(Map.of("kind", entity.kind().label(), "key", entity.key()));
        }
        run(tx, REFRESH_ENTITIES, touched);
        return new WriteOutcome(info.id(), info.source(), status, graph.sentences().size(), counts.entitiesAdded,
                counts.entitiesRemoved, counts.relationsAdded, counts.relationsRemoved);
    }

    private void removeContribution(TransactionContext tx, String documentId, Counts counts) {
        var touched = tx.run(TOUCHED_ENTITIES, Map.of("id", documentId)).list(r -> Map.<String, Object>of(
                "kind", r.get("kind").asString(), "key", r.get("key").asString()));
        Map<String, Object> prefix = Map.of("prefix", SentenceRecord.idPrefix(documentId));
        counts.relationsRemoved += tx.run(DELETE_ONLY_SUPPORTED, prefix).consume().counters().relationshipsDeleted();
        tx.run(DROP_SUPPORT, prefix).consume();
        tx.run(DELETE_DOCUMENT, Map.of("id", documentId)).consume();
        run(tx, REFRESH_ENTITIES, touched);
        counts.entitiesRemoved += tx.run(DELETE_ORPHAN_ENTITIES).consume().counters().nodesDeleted();
    }

    private static SummaryCounters run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        return tx.run(query, Values.parameters("rows", rows)).consume().counters();
    }

    private static List<Map<String, Object>> sentenceRows(String documentId, List<SentenceRecord> sentences) {
        List<Map<String, Object>> rows = new ArrayList<>(sentences.size());
        for (SentenceRecord s : sentences) {
            rows.add(Map.of("id", s.id(documentId), "index", s.index(), "start", s.start(), "end", s.end(),
                    "text", s.text()));
        }
        return rows;
    }

    /** One MENTIONS per sentence and entity: the first surface and offsets stand for the sentence. */
    private static List<Map<String, Object>> mentionRows(String documentId, List<MentionRecord> mentions) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (MentionRecord m : mentions) {
            String id = SentenceRecord.idOf(documentId, m.sentence());
            rows.putIfAbsent(id + "|" + m.entity().kind() + "|" + m.entity().key(), Map.of(
                    "sentence", id, "kind", m.entity().kind().label(), "key", m.entity().key(),
                    "surface", m.surface(), "start", m.start(), "end", m.end()));
        }
        return new ArrayList<>(rows.values());
    }

    private static Map<String, Object> relationRow(String documentId, RelationRecord relation) {
        EntityRef source = relation.source();
        EntityRef target = relation.target();
        if (relation.type().symmetric() && ORDER.compare(source, target) > 0) {
            EntityRef swap = source;
            source = target;
            target = swap;
        }
        String rule = String.join("+", relation.rules());
        String qualifier = relation.qualifier() == null ? "" : relation.qualifier().replace('|', '/');
        Set<String> support = new LinkedHashSet<>();
        for (int sentence : relation.sentences()) {
            support.add(SentenceRecord.idOf(documentId, sentence) + "|" + rule + "|" + qualifier);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sourceKind", source.kind().label());
        row.put("sourceKey", source.key());
        row.put("targetKind", target.kind().label());
        row.put("targetKey", target.key());
        row.put("polarity", relation.polarity().value());
        row.put("support", new ArrayList<>(support));
        return row;
    }

    /** Symmetric facts are stored once, from the smaller endpoint to the larger. */
    private static final Comparator<EntityRef> ORDER =
            Comparator.comparing((EntityRef e) -> e.kind().label()).thenComparing(EntityRef::key);

    private static final class Counts {
        int entitiesAdded;
        int entitiesRemoved;
        int relationsAdded;
        int relationsRemoved;
    }
}
