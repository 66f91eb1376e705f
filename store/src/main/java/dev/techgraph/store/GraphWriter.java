package dev.techgraph.store;

import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.doc.SentenceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * Each fact relationship keeps {@code support}, a list of {@code sentenceId|ruleId|qualifier} entries; a
 * write appends a document's entries, evidence and rules (cost independent of the fact's other support),
 * and a removal drops the document's entries and derives {@code evidence}, {@code rules}, {@code weight}
 * and {@code qualifier} (the least one given) again from what is left. Removing a document drops its entries, deletes facts left without support, and entities left without mentions or
 * facts.
 *
 * <p>The document node remembers the entities it touched ({@code entities}: {@code Kind/key} refs), so a
 * removal visits only those entities' relationships instead of scanning the whole graph. Every query has a
 * constant shape (labels and types come from the model's enums) and takes its rows as one UNWIND batch.
 */
public final class GraphWriter {

    /** Rows per UNWIND: large documents are written in several statements of the same transaction. */
    static final int BATCH = 5_000;
    /** Separates kind and key in a document's {@code entities} refs (a key never contains a control char). */
    private static final String REF_SEPARATOR = "\u001f";

    private static final String FIND_DOCUMENT = """
            MATCH (d:Document {source: $source}) RETURN d.id AS id, d.sha256 AS sha256
            """;

    private static final String UPSERT_DOCUMENT = """
            MERGE (d:Document {id: $id})
            SET d.source = $source, d.title = $title, d.sha256 = $sha256, d.importedAt = datetime(),
                d.sentences = $sentences, d.entities = $entities
            """;

    private static final String CREATE_SENTENCES = """
            MATCH (d:Document {id: $id})
            UNWIND $rows AS row
            CREATE (s:Sentence {id: row.id, index: row.index, start: row.start, end: row.end, text: row.text})
            CREATE (d)-[:HAS_SENTENCE]->(s)
            """;

    /**
     * All of a document's entities in one statement; the kind labels come from the enum, one FOREACH
     * branch per kind, so the query text is constant.
     */
    private static final String MERGE_ENTITIES;

    private static final String CREATE_MENTIONS = """
            UNWIND $rows AS row
            MATCH (s:Sentence {id: row.sentence})
            MATCH (e:Entity {kind: row.kind, key: row.key})
            CREATE (s)-[:MENTIONS {surface: row.surface, start: row.start, end: row.end}]->(e)
            """;

    /** Adds a document's mentions to its entities' counts and aliases (sorted, so the result is canonical). */
    private static final String ADD_MENTIONS = """
            UNWIND $rows AS row
            MATCH (e:Entity {kind: row.kind, key: row.key})
            SET e.mentions = coalesce(e.mentions, 0) + row.count
            WITH e, row
            CALL (e, row) {
                UNWIND coalesce(e.aliases, []) + row.surfaces AS alias
                WITH DISTINCT alias ORDER BY alias
                RETURN collect(alias) AS aliases
            }
            SET e.aliases = aliases
            """;

    /** All of a document's facts in one statement: one FOREACH branch per relationship type of the enum. */
    private static final String MERGE_RELATIONS;

    // Derived properties of a fact from its support entries "sentenceId|ruleId|qualifier", after a removal.
    // A document's entries are contiguous and grouped by sentence, so distinct evidence is a linear pass;
    // the qualifier is the least one given, so it does not depend on the order documents came in.
    private static final String DERIVE_FACT = """
            WITH r, [x IN r.support | split(x, '|')] AS parts
            WITH r, parts,
                 [i IN range(0, size(parts) - 1) WHERE i = 0 OR parts[i][0] <> parts[i - 1][0] | parts[i][0]] AS evidence
            SET r.evidence = evidence, r.weight = size(evidence),
                r.rules = reduce(acc = [], p IN parts | CASE WHEN p[1] IN acc THEN acc ELSE acc + p[1] END),
                r.qualifier = reduce(q = null, p IN parts |
                    CASE WHEN p[2] <> '' AND (q IS NULL OR p[2] < q) THEN p[2] ELSE q END)
            """;

    private static final String TOUCHED_ENTITIES = """
            MATCH (d:Document {id: $id})
            UNWIND coalesce(d.entities, []) AS ref
            WITH split(ref, $separator) AS part
            MATCH (e:Entity {kind: part[0], key: part[1]})
            RETURN e.kind AS kind, e.key AS key
            UNION
            MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
            RETURN e.kind AS kind, e.key AS key
            """;

    // A document's support sits on relationships leaving the entities it touched (a fact's source is one).
    private static final String DELETE_ONLY_SUPPORTED = """
            UNWIND $rows AS row
            MATCH (:Entity {kind: row.kind, key: row.key})-[r]->(:Entity)
            WHERE r.support IS NOT NULL AND all(x IN r.support WHERE x STARTS WITH $prefix)
            DELETE r
            """;

    private static final String DROP_SUPPORT = """
            UNWIND $rows AS row
            MATCH (:Entity {kind: row.kind, key: row.key})-[r]->(:Entity)
            WHERE r.support IS NOT NULL AND any(x IN r.support WHERE x STARTS WITH $prefix)
            SET r.support = [x IN r.support WHERE NOT x STARTS WITH $prefix]
            """ + DERIVE_FACT;

    private static final String DELETE_DOCUMENT = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
            DETACH DELETE s, d
            """;

    /** Recounts the touched entities from the mentions that remain; entities left with nothing go. */
    private static final String REFRESH_OR_DELETE_ENTITIES = """
            UNWIND $rows AS row
            MATCH (e:Entity {kind: row.kind, key: row.key})
            CALL (e) {
                OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
                WITH m.surface AS surface, count(m) AS n
                ORDER BY surface
                RETURN sum(n) AS mentions, collect(surface) AS aliases
            }
            SET e.mentions = mentions, e.aliases = aliases
            WITH e WHERE NOT (e)--()
            DELETE e
            """;

    static {
        StringBuilder entities = new StringBuilder("""
                UNWIND $rows AS row
                MERGE (e:Entity {kind: row.kind, key: row.key})
                ON CREATE SET e.name = row.name, e.aliases = [], e.mentions = 0
                """);
        for (Kind kind : Kind.values()) {
            entities.append("FOREACH (_ IN CASE WHEN row.kind = '%s' THEN [1] ELSE [] END | SET e:%s)\n"
                    .formatted(kind.label(), String.join(":", kind.labels().subList(1, kind.labels().size()))));
        }
        MERGE_ENTITIES = entities.toString();

        // a document's entries are new to the fact (its old ones were removed first), so appending is
        // enough: the cost of a write does not grow with what other documents say about the fact
        StringBuilder relations = new StringBuilder("""
                UNWIND $rows AS row
                MATCH (a:Entity {kind: row.sourceKind, key: row.sourceKey})
                MATCH (b:Entity {kind: row.targetKind, key: row.targetKey})
                """);
        for (RelationType type : RelationType.values()) {
            relations.append("""
                    FOREACH (_ IN CASE WHEN row.type = '%1$s' THEN [1] ELSE [] END |
                        MERGE (a)-[r:%1$s {polarity: row.polarity}]->(b)
                        ON CREATE SET r.support = [], r.evidence = [], r.rules = []
                        SET r.support = r.support + row.support,
                            r.evidence = r.evidence + row.evidence,
                            r.rules = r.rules + [x IN row.rules WHERE NOT x IN r.rules],
                            r.qualifier = CASE WHEN row.qualifier IS NOT NULL
                                    AND (r.qualifier IS NULL OR row.qualifier < r.qualifier)
                                THEN row.qualifier ELSE r.qualifier END
                        SET r.weight = size(r.evidence))
                    """.formatted(type.name()));
        }
        MERGE_RELATIONS = relations.toString();
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

    /**
     * The stored text hash of each of the given sources that is in the graph, in one query: lets a batch
     * skip unchanged documents without a transaction each. {@link #write} checks again in its transaction.
     */
    public Map<String, String> fingerprints(List<String> sources) {
        Map<String, String> found = new HashMap<>();
        try (Session session = driver.session(sessionConfig)) {
            for (var chunk : chunks(sources)) {
                session.executeRead(tx -> tx.run("""
                        UNWIND $sources AS source
                        MATCH (d:Document {source: source})
                        RETURN d.source AS source, d.sha256 AS sha256
                        """, Map.of("sources", chunk)).list()).forEach(r ->
                        found.put(r.get("source").asString(), r.get("sha256").asString(null)));
            }
        }
        return found;
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
        Map<EntityRef, String> entities = usedEntities(graph);
        tx.run(UPSERT_DOCUMENT, Map.of("id", info.id(), "source", info.source(), "title", info.title(),
                "sha256", info.sha256(), "sentences", graph.sentences().size(),
                "entities", entities.keySet().stream().map(GraphWriter::refString).toList())).consume();
        for (var rows : chunks(sentenceRows(info.id(), graph.sentences()))) {
            tx.run(CREATE_SENTENCES, Map.of("id", info.id(), "rows", rows)).consume();
        }

        List<Map<String, Object>> entityRows = new ArrayList<>();
        entities.forEach((ref, name) -> entityRows.add(Map.of("kind", ref.kind().label(), "key", ref.key(),
                "name", name)));
        counts.entitiesAdded += run(tx, MERGE_ENTITIES, entityRows).nodesCreated();

        List<Map<String, Object>> mentions = mentionRows(info.id(), graph.mentions());
        run(tx, CREATE_MENTIONS, mentions);
        run(tx, ADD_MENTIONS, mentionCounts(mentions));

        counts.relationsAdded += run(tx, MERGE_RELATIONS, factRows(info.id(), graph.relations())).relationshipsCreated();
        return new WriteOutcome(info.id(), info.source(), status, graph.sentences().size(),
                counts.entitiesAdded, counts.entitiesRemoved, counts.relationsAdded, counts.relationsRemoved);
    }

    private void removeContribution(TransactionContext tx, String documentId, Counts counts) {
        var touched = tx.run(TOUCHED_ENTITIES, Map.of("id", documentId, "separator", REF_SEPARATOR))
                .list(r -> Map.<String, Object>of("kind", r.get("kind").asString(), "key", r.get("key").asString()));
        String prefix = SentenceRecord.idPrefix(documentId);
        for (var rows : chunks(touched)) {
            counts.relationsRemoved += tx.run(DELETE_ONLY_SUPPORTED, Map.of("rows", rows, "prefix", prefix))
                    .consume().counters().relationshipsDeleted();
            tx.run(DROP_SUPPORT, Map.of("rows", rows, "prefix", prefix)).consume();
        }
        tx.run(DELETE_DOCUMENT, Map.of("id", documentId)).consume();
        counts.entitiesRemoved += run(tx, REFRESH_OR_DELETE_ENTITIES, touched).nodesDeleted();
    }

    /** Runs a batch query over rows in chunks of {@link #BATCH}, summing what it did. */
    private static Done run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        Done total = new Done(0, 0, 0);
        for (var chunk : chunks(rows)) {
            SummaryCounters c = tx.run(query, Values.parameters("rows", chunk)).consume().counters();
            total = new Done(total.nodesCreated + c.nodesCreated(), total.nodesDeleted + c.nodesDeleted(),
                    total.relationshipsCreated + c.relationshipsCreated());
        }
        return total;
    }

    /** What a chunked batch query did, summed over its chunks. */
    private record Done(int nodesCreated, int nodesDeleted, int relationshipsCreated) {
    }

    static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return chunks;
    }

    /**
     * The entities the document actually uses (mentions or relation endpoints), with their display names;
     * an endpoint the extractor did not list is named by its key.
     */
    private static Map<EntityRef, String> usedEntities(DocumentGraph graph) {
        Map<EntityRef, String> names = new LinkedHashMap<>();
        for (EntityRecord entity : graph.entities()) {
            names.putIfAbsent(entity.ref(), entity.name());
        }
        Map<EntityRef, String> used = new LinkedHashMap<>();
        for (MentionRecord mention : graph.mentions()) {
            used.putIfAbsent(mention.entity(), names.getOrDefault(mention.entity(), mention.surface()));
        }
        for (RelationRecord relation : graph.relations()) {
            used.putIfAbsent(relation.source(), names.getOrDefault(relation.source(), relation.source().key()));
            used.putIfAbsent(relation.target(), names.getOrDefault(relation.target(), relation.target().key()));
        }
        return used;
    }

    private static String refString(EntityRef ref) {
        return ref.kind().label() + REF_SEPARATOR + ref.key();
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

    /** Per entity: how many MENTIONS the document adds and the surfaces it uses. */
    private static List<Map<String, Object>> mentionCounts(List<Map<String, Object>> mentionRows) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        Map<List<Object>, Set<String>> surfaces = new LinkedHashMap<>();
        for (var row : mentionRows) {
            List<Object> ref = List.of(row.get("kind"), row.get("key"));
            counts.merge(ref, 1, Integer::sum);
            surfaces.computeIfAbsent(ref, r -> new TreeSet<>()).add((String) row.get("surface"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((ref, count) -> rows.add(Map.of("kind", ref.get(0), "key", ref.get(1), "count", count,
                "surfaces", new ArrayList<>(surfaces.get(ref)))));
        return rows;
    }

    /**
     * One row per fact (type, ends, polarity) of the document, every record stating it merged: its support
     * entries grouped by sentence, its distinct evidence sentences and rules, and its least qualifier.
     */
    private static List<Map<String, Object>> factRows(String documentId, List<RelationRecord> relations) {
        record Fact(RelationType type, EntityRef source, EntityRef target, String polarity) {
        }
        Map<Fact, TreeMap<Integer, Set<String>>> support = new LinkedHashMap<>();
        Map<Fact, Set<String>> rules = new LinkedHashMap<>();
        Map<Fact, String> qualifiers = new LinkedHashMap<>();
        for (RelationRecord relation : relations) {
            EntityRef source = relation.source();
            EntityRef target = relation.target();
            if (relation.type().symmetric() && ORDER.compare(source, target) > 0) {
                source = relation.target();
                target = relation.source();
            }
            Fact fact = new Fact(relation.type(), source, target, relation.polarity().value());
            String qualifier = relation.qualifier() == null || relation.qualifier().isBlank()
                    ? "" : relation.qualifier().replace('|', '/');
            List<String> ruleIds = relation.rules().isEmpty() ? List.of("unknown")
                    : relation.rules().stream().map(r -> r.replace('|', '/')).toList();
            for (int sentence : relation.sentences()) {
                Set<String> entries = support.computeIfAbsent(fact, f -> new TreeMap<>())
                        .computeIfAbsent(sentence, i -> new TreeSet<>());
                for (String rule : ruleIds) {
                    entries.add(SentenceRecord.idOf(documentId, sentence) + "|" + rule + "|" + qualifier);
                }
            }
            rules.computeIfAbsent(fact, f -> new LinkedHashSet<>()).addAll(ruleIds);
            if (!qualifier.isEmpty()) {
                qualifiers.merge(fact, qualifier, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        support.forEach((fact, bySentence) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", fact.type().name());
            row.put("sourceKind", fact.source().kind().label());
            row.put("sourceKey", fact.source().key());
            row.put("targetKind", fact.target().kind().label());
            row.put("targetKey", fact.target().key());
            row.put("polarity", fact.polarity());
            row.put("support", bySentence.values().stream().flatMap(Set::stream).toList());
            row.put("evidence", bySentence.keySet().stream().map(i -> SentenceRecord.idOf(documentId, i)).toList());
            row.put("rules", new ArrayList<>(rules.get(fact)));
            row.put("qualifier", qualifiers.get(fact));
            rows.add(row);
        });
        return rows;
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
