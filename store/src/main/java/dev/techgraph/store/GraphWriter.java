package dev.techgraph.store;

import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.store.BatchRows.FactKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores documents' extractions idempotently, many documents per transaction.
 *
 * <p>A document is identified by its source and recognised by the SHA-256 of its text: unchanged means no
 * write; changed means its old contribution is removed and the new one written in the same transaction.
 *
 * <p>Evidence is graph structure: each sentence that states a fact has its own {@code STATES} relationship
 * (its rules and qualifier) to the fact's {@code :Fact} node, whose id the typed fact relationship between
 * the two entities carries in {@code fact}. The fact relationship keeps only summaries, kept exact by
 * counting: {@code weight} (documents stating it), {@code hedged} (those of them that state it only with a
 * hedge), {@code against} and {@code againstHedged} (the same for the opposite polarity), {@code sentences}, {@code rules} and {@code qualifier}, with per-rule and per-qualifier
 * document counts ({@code ruleDocs}, {@code qualifiers}, {@code qualifierDocs}) so that removing a document
 * subtracts its own counts instead of reading what others stated. A write therefore costs the same however
 * much is stored, and a removal reads and deletes only the document's own records.
 *
 * <p>Transactions are bounded ({@link #MAX_TX_ROWS} rows, {@link #MAX_TX_CHARS} characters of text): a batch
 * of small documents shares one transaction, with entity and fact counters summed in memory; a document
 * larger than the bound is staged in pieces under a {@code :StagedDocument} node that no query reads, and
 * becomes a {@code :Document} (with its counters applied) in one last transaction, so it is all or
 * nothing for readers.
 */
public final class GraphWriter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphWriter.class);

    /** Rows per UNWIND statement. */
    static final int BATCH = 5_000;
    /** Rows (sentences, mentions, statements, facts, entities) per transaction. */
    static final long MAX_TX_ROWS = 40_000;
    /** Characters of sentence text per transaction. */
    static final long MAX_TX_CHARS = 4_000_000;
    /** Sentences deleted per transaction when a large document goes. */
    static final int DELETE_CHUNK = 10_000;

    private static final String FIND_DOCUMENTS = """
            UNWIND $sources AS source
            MATCH (d:Document {source: source})
            RETURN d.source AS source, d.id AS id, d.sha256 AS sha256, d.sentences AS sentences
            """;

    private static final String UPSERT_DOCUMENTS = """
            UNWIND $rows AS row
            MERGE (d:%s {id: row.id})
            SET d.source = row.source, d.title = row.title, d.sha256 = row.sha256, d.importedAt = datetime(),
                d.sentences = row.sentences, d.entities = row.entities
            """;

    /**
     * A batch's sentences with their mentions and statements, nested per document: entities and :Fact nodes
     * exist already, and no new sentence has to be looked up again by its id.
     */
    private static final String CREATE_SENTENCES = """
            UNWIND $rows AS row
            MATCH (d:%s {id: row.document})
            UNWIND row.sentences AS sr
            CREATE (s:Sentence {id: sr.id, index: sr.index, start: sr.start, end: sr.end, text: sr.text})
            CREATE (d)-[:HAS_SENTENCE]->(s)
            WITH s, sr
            CALL (s, sr) {
                UNWIND sr.mentions AS m
                MATCH (e:Entity {kind: m.kind, key: m.key})
                CREATE (s)-[:MENTIONS {surface: m.surface, start: m.start, end: m.end, alias: m.alias}]->(e)
            }
            CALL (s, sr) {
                UNWIND sr.statements AS st
                MATCH (f:Fact {id: st.fact})
                CREATE (s)-[:STATES {polarity: st.polarity, rules: st.rules, qualifier: st.qualifier}]->(f)
            }
            """;

    /** Entities by kind and key; the kind labels come from the enum, one FOREACH per kind (constant text). */
    private static final String MERGE_ENTITIES;

    /**
     * Adds (or with negative counts, subtracts) mentions: the count, and per surface form how many mentions
     * use it ({@code aliases} sorted, {@code aliasCounts} alongside). Costs the entity's distinct aliases.
     */
    private static final String ENTITY_DELTA = """
            UNWIND $rows AS row
            MATCH (e:Entity {kind: row.kind, key: row.key})
            SET e.mentions = coalesce(e.mentions, 0) + row.count
            WITH e, row
            CALL (e, row) {
                WITH coalesce(e.aliases, []) AS names, coalesce(e.aliasCounts, []) AS counts
                UNWIND [i IN range(0, size(names) - 1) | [names[i], coalesce(counts[i], 0)]] + row.surfaces AS pair
                WITH pair[0] AS alias, sum(pair[1]) AS n
                WHERE n > 0
                WITH alias, n ORDER BY alias
                RETURN collect(alias) AS aliases, collect(n) AS aliasCounts
            }
            SET e.aliases = aliases, e.aliasCounts = aliasCounts
            """;

    private static final String MERGE_FACT_NODES = """
            UNWIND $rows AS row
            MERGE (f:Fact {id: row.fact})
            ON CREATE SET f.type = row.type, f.polarity = row.polarity,
                f.sourceKind = row.sourceKind, f.sourceKey = row.sourceKey,
                f.targetKind = row.targetKind, f.targetKey = row.targetKey
            """;

    /** The typed fact relationships, one FOREACH per relationship type of the enum (constant text). */
    private static final String MERGE_RELATIONS;

    /**
     * Adds (or subtracts) a batch's counts to its facts. Rules and qualifiers are counted sets merged like
     * aliases; the shown qualifier is the least one any document gives, so it does not depend on import order.
     */
    private static final String FACT_DELTA = """
            UNWIND $rows AS row
            MATCH (:Entity {kind: row.sourceKind, key: row.sourceKey})-[r]->(:Entity {kind: row.targetKind, key: row.targetKey})
            WHERE r.fact = row.fact
            SET r.weight = r.weight + row.documents, r.sentences = r.sentences + row.sentences,
                r.hedged = coalesce(r.hedged, 0) + row.hedged
            WITH r, row
            CALL (r, row) {
                UNWIND [i IN range(0, size(r.rules) - 1) | [r.rules[i], r.ruleDocs[i]]] + row.rules AS pair
                WITH pair[0] AS rule, sum(pair[1]) AS n
                WHERE n > 0
                WITH rule, n ORDER BY rule
                RETURN collect(rule) AS rules, collect(n) AS ruleDocs
            }
            CALL (r, row) {
                UNWIND [i IN range(0, size(r.qualifiers) - 1) | [r.qualifiers[i], r.qualifierDocs[i]]] + row.qualifiers AS pair
                WITH pair[0] AS qualifier, sum(pair[1]) AS n
                WHERE n > 0
                WITH qualifier, n ORDER BY qualifier
                RETURN collect(qualifier) AS qualifiers, collect(n) AS qualifierDocs
            }
            SET r.rules = rules, r.ruleDocs = ruleDocs, r.qualifiers = qualifiers, r.qualifierDocs = qualifierDocs,
                r.qualifier = head(qualifiers)
            """;

    private static final String DELETE_EMPTY_RELATIONS = """
            UNWIND $rows AS row
            MATCH (:Entity {kind: row.sourceKind, key: row.sourceKey})-[r]->(:Entity {kind: row.targetKind, key: row.targetKey})
            WHERE r.fact = row.fact AND r.weight <= 0
            DELETE r
            """;

    /**
     * Documents for and against: each polarity of a (type, ends) learns the other's weight and hedged count,
     * so either relationship alone gives the fact's stance (see {@code store.read.Stance}).
     */
    private static final String AGAINST = """
            UNWIND $rows AS row
            MATCH (:Entity {kind: row.sourceKind, key: row.sourceKey})-[r]->(:Entity {kind: row.targetKind, key: row.targetKey})
            WHERE type(r) = row.type AND r.fact IS NOT NULL
            WITH row, collect(r) AS facts
            WITH facts,
                 reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'positive' THEN x.weight ELSE 0 END) AS pos,
                 reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'negative' THEN x.weight ELSE 0 END) AS neg,
                 reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'positive' THEN coalesce(x.hedged, 0) ELSE 0 END) AS posHedged,
                 reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'negative' THEN coalesce(x.hedged, 0) ELSE 0 END) AS negHedged
            FOREACH (x IN facts | SET x.against = CASE WHEN x.polarity = 'positive' THEN neg ELSE pos END,
                x.againstHedged = CASE WHEN x.polarity = 'positive' THEN negHedged ELSE posHedged END)
            """;

    /** A document's statements, per fact: what it contributed, read back to be subtracted. */
    private static final String DOCUMENT_FACTS = """
            UNWIND $ids AS id
            MATCH (:%s {id: id})-[:HAS_SENTENCE]->(:Sentence)-[st:STATES]->(f:Fact)
            RETURN id, f.type AS type, f.polarity AS polarity, f.sourceKind AS sourceKind, f.sourceKey AS sourceKey,
                   f.targetKind AS targetKind, f.targetKey AS targetKey, count(st) AS sentences,
                   count(st.qualifier) = count(st) AS hedged,
                   collect(st.rules) AS rules, collect(st.qualifier) AS qualifiers
            """;

    private static final String DOCUMENT_MENTIONS = """
            UNWIND $ids AS id
            MATCH (:%s {id: id})-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
            RETURN e.kind AS kind, e.key AS key, m.surface AS surface, coalesce(m.alias, true) AS alias, count(m) AS n
            """;

    private static final String DOCUMENT_ENTITIES = """
            UNWIND $ids AS id
            MATCH (d:%s {id: id})
            UNWIND coalesce(d.entities, []) AS ref
            RETURN DISTINCT ref
            """;

    private static final String DELETE_DOCUMENTS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
            DETACH DELETE s, d
            """;

    private static final String DELETE_SENTENCES_CHUNK = """
            MATCH (:%s {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
            WITH s LIMIT $limit
            DETACH DELETE s
            """;

    private static final String DELETE_ORPHAN_FACT_NODES = """
            UNWIND $rows AS row
            MATCH (f:Fact {id: row.fact})
            WHERE NOT EXISTS { (f)<-[:STATES]-() }
            DELETE f
            """;

    private static final String DELETE_ORPHAN_ENTITIES = """
            UNWIND $rows AS row
            MATCH (e:Entity {kind: row.kind, key: row.key})
            WHERE NOT EXISTS { (e)--() }
            DELETE e
            """;

    static {
        StringBuilder entities = new StringBuilder("""
                UNWIND $rows AS row
                MERGE (e:Entity {kind: row.kind, key: row.key})
                ON CREATE SET e.name = row.name, e.aliases = [], e.aliasCounts = [], e.mentions = 0
                """);
        for (Kind kind : Kind.values()) {
            entities.append("FOREACH (_ IN CASE WHEN row.kind = '%s' THEN [1] ELSE [] END | SET e:%s)\n"
                    .formatted(kind.label(), String.join(":", kind.labels().subList(1, kind.labels().size()))));
        }
        MERGE_ENTITIES = entities.toString();

        StringBuilder relations = new StringBuilder("""
                UNWIND $rows AS row
                MATCH (a:Entity {kind: row.sourceKind, key: row.sourceKey})
                MATCH (b:Entity {kind: row.targetKind, key: row.targetKey})
                """);
        for (RelationType type : RelationType.values()) {
            relations.append("""
                    FOREACH (_ IN CASE WHEN row.type = '%1$s' THEN [1] ELSE [] END |
                        MERGE (a)-[r:%1$s {polarity: row.polarity}]->(b)
                        ON CREATE SET r.fact = row.fact, r.weight = 0, r.against = 0, r.sentences = 0,
                            r.hedged = 0, r.againstHedged = 0, r.rules = [], r.ruleDocs = [], r.qualifiers = [], r.qualifierDocs = [])
                    """.formatted(type.name()));
        }
        MERGE_RELATIONS = relations.toString();
    }

    private static final String DOCUMENT = "Document";
    private static final String STAGED = "StagedDocument";
    private static final String RETIRED = "RetiredDocument";

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public GraphWriter(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
    }

    /** Stores a document: skipped when unchanged, replaced when changed, all or nothing. */
    public WriteOutcome write(DocumentGraph graph) {
        List<WriteOutcome> outcomes = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        writeAll(List.of(graph), (g, o) -> outcomes.add(o), (g, e) -> failures.add(e));
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return outcomes.get(0);
    }

    /**
     * Stores documents, as many per transaction as the bound allows; each document is reported once, to
     * {@code done} or {@code failed}. When a shared transaction fails, its documents are written one by one,
     * so a bad document is reported alone and the others still land. Entities and relationships added or
     * removed by a shared transaction are reported on the last document it wrote.
     */
    public void writeAll(List<DocumentGraph> graphs, BiConsumer<DocumentGraph, WriteOutcome> done,
                         BiConsumer<DocumentGraph, RuntimeException> failed) {
        List<DocumentGraph> batch = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        long rows = 0;
        long chars = 0;
        for (DocumentGraph graph : graphs) {
            long[] size = sizeOf(graph);
            if (size[0] > MAX_TX_ROWS || size[1] > MAX_TX_CHARS) {
                try {
                    done.accept(graph, writeLarge(graph));
                } catch (RuntimeException e) {
                    failed.accept(graph, e);
                }
                continue;
            }
            if (!batch.isEmpty() && (rows + size[0] > MAX_TX_ROWS || chars + size[1] > MAX_TX_CHARS
                    || sources.contains(graph.document().source()))) {
                flush(batch, done, failed);
                batch.clear();
                sources.clear();
                rows = 0;
                chars = 0;
            }
            batch.add(graph);
            sources.add(graph.document().source());
            rows += size[0];
            chars += size[1];
        }
        if (!batch.isEmpty()) {
            flush(batch, done, failed);
        }
    }

    private void flush(List<DocumentGraph> batch, BiConsumer<DocumentGraph, WriteOutcome> done,
                       BiConsumer<DocumentGraph, RuntimeException> failed) {
        List<WriteOutcome> outcomes;
        try (Session session = driver.session(sessionConfig)) {
            outcomes = session.executeWrite(tx -> writeBatch(tx, batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                failed.accept(batch.get(0), e);
                return;
            }
            LOG.debug("a transaction of {} documents failed ({}); writing them one by one", batch.size(),
                    e.getMessage());
            for (DocumentGraph graph : batch) {
                flush(List.of(graph), done, failed);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            done.accept(batch.get(i), outcomes.get(i));
        }
    }

    /** Rows and text characters a document adds to a transaction. */
    private static long[] sizeOf(DocumentGraph graph) {
        long statements = graph.relations().stream().mapToLong(r -> r.sentences().size()).sum();
        long chars = graph.sentences().stream().mapToLong(s -> s.text().length()).sum();
        return new long[] {graph.sentences().size() + graph.mentions().size() + statements
                + 2L * graph.relations().size(), chars};
    }

    /**
     * The stored text hash of each of the given sources that is in the graph, in one query: lets a batch
     * skip unchanged documents without a transaction each. {@link #write} checks again in its transaction.
     */
    public Map<String, String> fingerprints(List<String> sources) {
        Map<String, String> found = new HashMap<>();
        try (Session session = driver.session(sessionConfig)) {
            for (var chunk : chunks(sources)) {
                session.executeRead(tx -> tx.run(FIND_DOCUMENTS, Map.of("sources", chunk)).list()).forEach(r ->
                        found.put(r.get("source").asString(), r.get("sha256").asString(null)));
            }
        }
        return found;
    }

    /** Removes a document (by source or id) and every fact only it supported; empty when unknown. */
    public Optional<WriteOutcome> remove(String sourceOrId) {
        Record row;
        try (Session session = driver.session(sessionConfig)) {
            var found = session.executeRead(tx -> tx.run("""
                    MATCH (d:Document) WHERE d.source = $ref OR d.id = $ref
                    RETURN d.id AS id, d.source AS source, d.sentences AS sentences
                    """, Map.of("ref", sourceOrId)).list());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            row = found.get(0);
        }
        String id = row.get("id").asString();
        int sentences = row.get("sentences").asInt(0);
        Counts counts = new Counts();
        if (sentences > MAX_TX_ROWS / 4) {
            removeInPieces(id, counts);
        } else {
            try (Session session = driver.session(sessionConfig)) {
                session.executeWrite(tx -> {
                    removeContributions(tx, List.of(id), counts.reset());
                    return null;
                });
            }
        }
        return Optional.of(new WriteOutcome(id, row.get("source").asString(), WriteOutcome.Status.REMOVED,
                sentences, 0, counts.entitiesRemoved, 0, counts.relationsRemoved));
    }

    private List<WriteOutcome> writeBatch(TransactionContext tx, List<DocumentGraph> graphs) {
        Map<String, Record> existing = new HashMap<>();
        tx.run(FIND_DOCUMENTS, Map.of("sources", graphs.stream().map(g -> g.document().source()).toList()))
                .list().forEach(r -> existing.put(r.get("source").asString(), r));
        List<WriteOutcome.Status> statuses = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        BatchRows rows = new BatchRows();
        for (DocumentGraph graph : graphs) {
            Record old = existing.get(graph.document().source());
            if (old == null) {
                statuses.add(WriteOutcome.Status.NEW);
            } else if (graph.document().sha256().equals(old.get("sha256").asString(null))) {
                statuses.add(WriteOutcome.Status.UNCHANGED);
                continue;
            } else {
                statuses.add(WriteOutcome.Status.CHANGED);
                replaced.add(old.get("id").asString());
            }
            rows.add(graph);
        }
        Counts counts = new Counts();
        if (!replaced.isEmpty()) {
            removeContributions(tx, replaced, counts);
        }
        if (!rows.documents.isEmpty()) {
            addContributions(tx, rows, counts);
        }
        List<WriteOutcome> outcomes = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < graphs.size(); i++) {
            if (statuses.get(i) != WriteOutcome.Status.UNCHANGED) {
                last = i;
            }
        }
        for (int i = 0; i < graphs.size(); i++) {
            var info = graphs.get(i).document();
            boolean carries = i == last;
            outcomes.add(new WriteOutcome(info.id(), info.source(), statuses.get(i), graphs.get(i).sentences().size(),
                    carries ? counts.entitiesAdded : 0, carries ? counts.entitiesRemoved : 0,
                    carries ? counts.relationsAdded : 0, carries ? counts.relationsRemoved : 0));
        }
        return outcomes;
    }

    /** Writes a batch's documents, sentences, mentions and statements, and applies its counters. */
    private void addContributions(TransactionContext tx, BatchRows rows, Counts counts) {
        run(tx, UPSERT_DOCUMENTS.formatted(DOCUMENT), rows.documents);
        counts.entitiesAdded += run(tx, MERGE_ENTITIES, rows.entityRows()).nodesCreated();
        List<Map<String, Object>> facts = rows.factRows();
        run(tx, MERGE_FACT_NODES, facts);
        createSentences(tx, DOCUMENT, rows);
        run(tx, ENTITY_DELTA, rows.entityDeltaRows());
        applyFactCounts(tx, rows, facts, counts);
    }

    private static void createSentences(TransactionContext tx, String label, BatchRows rows) {
        for (var chunk : rows.sentenceChunks(BATCH)) {
            tx.run(CREATE_SENTENCES.formatted(label), Map.of("rows", chunk)).consume();
        }
    }

    private void applyFactCounts(TransactionContext tx, BatchRows rows, List<Map<String, Object>> facts,
                                 Counts counts) {
        counts.relationsAdded += run(tx, MERGE_RELATIONS, facts).relationshipsCreated();
        run(tx, FACT_DELTA, facts);
        run(tx, AGAINST, rows.pairRows());
    }

    /**
     * Takes stored documents' contributions away, reading only their own sentences' statements and mentions:
     * counters are decremented, facts left without documents deleted, then the documents and their sentences.
     */
    private void removeContributions(TransactionContext tx, List<String> documentIds, Counts counts) {
        BatchRows minus = subtraction(tx, documentIds, DOCUMENT);
        List<Map<String, Object>> facts = minus.factRows();
        run(tx, ENTITY_DELTA, minus.entityDeltaRows());
        run(tx, FACT_DELTA, facts);
        counts.relationsRemoved += run(tx, DELETE_EMPTY_RELATIONS, facts).relationshipsDeleted();
        tx.run(DELETE_DOCUMENTS, Map.of("ids", documentIds)).consume();
        run(tx, DELETE_ORPHAN_FACT_NODES, facts);
        run(tx, AGAINST, minus.pairRows());
        counts.entitiesRemoved += run(tx, DELETE_ORPHAN_ENTITIES, refRows(minus.touched)).nodesDeleted();
    }

    /** Negative counters for what the documents (under the given label) contributed. */
    private static BatchRows subtraction(TransactionContext tx, List<String> documentIds, String label) {
        BatchRows minus = new BatchRows();
        for (Record r : tx.run(DOCUMENT_FACTS.formatted(label), Map.of("ids", documentIds)).list()) {
            FactKey fact = new FactKey(RelationType.valueOf(r.get("type").asString()),
                    ref(r.get("sourceKind").asString(), r.get("sourceKey").asString()),
                    ref(r.get("targetKind").asString(), r.get("targetKey").asString()),
                    r.get("polarity").asString());
            Set<String> rules = new TreeSet<>();
            r.get("rules").asList(v -> v.asList(x -> x.asString())).forEach(rules::addAll);
            Set<String> qualifiers = new TreeSet<>(r.get("qualifiers").asList(v -> v.asString()));
            minus.subtractFact(fact, r.get("sentences").asLong(), r.get("hedged").asBoolean(), rules, qualifiers);
        }
        for (Record r : tx.run(DOCUMENT_MENTIONS.formatted(label), Map.of("ids", documentIds)).list()) {
            // a mention written before the alias mark counted its surface as an alias, as every mention then did
            minus.subtractMentions(ref(r.get("kind").asString(), r.get("key").asString()),
                    r.get("alias").asBoolean() ? r.get("surface").asString() : null, r.get("n").asLong());
        }
        for (Record r : tx.run(DOCUMENT_ENTITIES.formatted(label), Map.of("ids", documentIds)).list()) {
            String[] part = r.get("ref").asString().split(BatchRows.REF_SEPARATOR, 2);
            minus.touched.add(ref(part[0], part[1]));
        }
        return minus;
    }

    /**
     * A document too large for one transaction: an older version is removed first (in pieces), then the new
     * one is staged in pieces under {@code :StagedDocument} and published with its counters in one last
     * transaction. A failure removes what was staged, so readers never see part of it.
     */
    private WriteOutcome writeLarge(DocumentGraph graph) {
        var info = graph.document();
        Record old;
        try (Session session = driver.session(sessionConfig)) {
            List<Record> found = session.executeRead(tx -> tx.run(FIND_DOCUMENTS,
                    Map.of("sources", List.of(info.source()))).list());
            old = found.isEmpty() ? null : found.get(0);
        }
        Counts counts = new Counts();
        WriteOutcome.Status status = WriteOutcome.Status.NEW;
        if (old != null) {
            if (info.sha256().equals(old.get("sha256").asString(null))) {
                return new WriteOutcome(info.id(), info.source(), WriteOutcome.Status.UNCHANGED,
                        graph.sentences().size(), 0, 0, 0, 0);
            }
            status = WriteOutcome.Status.CHANGED;
            removeInPieces(old.get("id").asString(), counts);
        }
        discardStaged(info.id(), graph);
        try {
            stage(graph, counts);
        } catch (RuntimeException e) {
            discardStaged(info.id(), graph);
            throw e;
        }
        return new WriteOutcome(info.id(), info.source(), status, graph.sentences().size(),
                counts.entitiesAdded, counts.entitiesRemoved, counts.relationsAdded, counts.relationsRemoved);
    }

    private void stage(DocumentGraph graph, Counts counts) {
        String id = graph.document().id();
        BatchRows whole = new BatchRows();
        whole.add(graph);
        try (Session session = driver.session(sessionConfig)) {
            session.executeWrite(tx -> {
                run(tx, UPSERT_DOCUMENTS.formatted(STAGED), whole.documents);
                counts.entitiesAdded += run(tx, MERGE_ENTITIES, whole.entityRows()).nodesCreated();
                run(tx, MERGE_FACT_NODES, whole.factRows());
                return null;
            });
            var sentences = graph.sentences();
            var ownAliases = BatchRows.ownAliases(graph);
            int from = 0;
            while (from < sentences.size()) {
                int to = from;
                long rows = 0;
                long chars = 0;
                while (to < sentences.size() && rows < MAX_TX_ROWS / 4 && chars < MAX_TX_CHARS / 2) {
                    chars += sentences.get(to).text().length();
                    rows++;
                    to++;
                }
                int lo = sentences.get(from).index();
                int hi = to < sentences.size() ? sentences.get(to).index() : Integer.MAX_VALUE;
                BatchRows piece = new BatchRows();
                sentences.subList(from, to).forEach(s -> piece.sentences.add(BatchRows.sentenceRow(id, s)));
                piece.addMentions(id, graph.mentions().stream()
                        .filter(m -> m.sentence() >= lo && m.sentence() < hi).toList(), ownAliases);
                piece.addFacts(id, graph.relations(), lo, hi);
                session.executeWrite(tx -> {
                    createSentences(tx, STAGED, piece);
                    return null;
                });
                from = to;
            }
            session.executeWrite(tx -> {
                tx.run("""
                        MATCH (d:StagedDocument {id: $id})
                        REMOVE d:StagedDocument SET d:Document, d.importedAt = datetime()
                        """, Map.of("id", id)).consume();
                run(tx, ENTITY_DELTA, whole.entityDeltaRows());
                applyFactCounts(tx, whole, whole.factRows(), counts);
                return null;
            });
        }
        LOG.debug("staged and published document {} ({} sentences)", id, graph.sentences().size());
    }

    /** Deletes a staged (unpublished) version of a document and whatever only it created. */
    private void discardStaged(String id, DocumentGraph graph) {
        deleteInChunks(STAGED, id);
        BatchRows whole = new BatchRows();
        whole.add(graph);
        try (Session session = driver.session(sessionConfig)) {
            session.executeWrite(tx -> {
                tx.run("MATCH (d:StagedDocument {id: $id}) DETACH DELETE d", Map.of("id", id)).consume();
                run(tx, DELETE_ORPHAN_FACT_NODES, whole.factRows());
                run(tx, DELETE_ORPHAN_ENTITIES, refRows(whole.entityNames.keySet()));
                return null;
            });
        }
    }

    /**
     * Removes a document too large to delete in one transaction: its counters are subtracted and it stops
     * being a {@code :Document} in one transaction (readers no longer see it), then its sentences go in chunks.
     */
    private void removeInPieces(String id, Counts counts) {
        BatchRows[] minus = new BatchRows[1];
        try (Session session = driver.session(sessionConfig)) {
            session.executeWrite(tx -> {
                minus[0] = subtraction(tx, List.of(id), DOCUMENT);
                List<Map<String, Object>> facts = minus[0].factRows();
                run(tx, ENTITY_DELTA, minus[0].entityDeltaRows());
                run(tx, FACT_DELTA, facts);
                counts.relationsRemoved += run(tx, DELETE_EMPTY_RELATIONS, facts).relationshipsDeleted();
                run(tx, AGAINST, minus[0].pairRows());
                tx.run("MATCH (d:Document {id: $id}) REMOVE d:Document SET d:RetiredDocument", Map.of("id", id))
                        .consume();
                return null;
            });
        }
        deleteInChunks(RETIRED, id);
        try (Session session = driver.session(sessionConfig)) {
            session.executeWrite(tx -> {
                tx.run("MATCH (d:RetiredDocument {id: $id}) DETACH DELETE d", Map.of("id", id)).consume();
                run(tx, DELETE_ORPHAN_FACT_NODES, minus[0].factRows());
                counts.entitiesRemoved += run(tx, DELETE_ORPHAN_ENTITIES, refRows(minus[0].touched)).nodesDeleted();
                return null;
            });
        }
    }

    private void deleteInChunks(String label, String id) {
        try (Session session = driver.session(sessionConfig)) {
            int deleted;
            do {
                deleted = session.executeWrite(tx -> tx.run(DELETE_SENTENCES_CHUNK.formatted(label),
                        Map.of("id", id, "limit", DELETE_CHUNK)).consume().counters().nodesDeleted());
            } while (deleted > 0);
        }
    }

    private static EntityRef ref(String kind, String key) {
        return new EntityRef(Kind.parse(kind).orElseThrow(() -> new StoreException("unknown kind in the graph: "
                + kind)), key);
    }

    private static List<Map<String, Object>> refRows(Iterable<EntityRef> refs) {
        Map<EntityRef, Map<String, Object>> rows = new LinkedHashMap<>();
        for (EntityRef ref : refs) {
            rows.putIfAbsent(ref, Map.of("kind", ref.kind().label(), "key", ref.key()));
        }
        return new ArrayList<>(rows.values());
    }

    /** Runs a batch query over rows in chunks of {@link #BATCH}, summing what it did. */
    private static Done run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        Done total = new Done(0, 0, 0, 0);
        for (var chunk : chunks(rows)) {
            SummaryCounters c = tx.run(query, Values.parameters("rows", chunk)).consume().counters();
            total = new Done(total.nodesCreated + c.nodesCreated(), total.nodesDeleted + c.nodesDeleted(),
                    total.relationshipsCreated + c.relationshipsCreated(),
                    total.relationshipsDeleted + c.relationshipsDeleted());
        }
        return total;
    }

    /** What a chunked batch query did, summed over its chunks. */
    private record Done(int nodesCreated, int nodesDeleted, int relationshipsCreated, int relationshipsDeleted) {
    }

    static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return chunks;
    }

    private static final class Counts {
        int entitiesAdded;
        int entitiesRemoved;
        int relationsAdded;
        int relationsRemoved;

        Counts reset() {
            entitiesAdded = 0;
            entitiesRemoved = 0;
            relationsAdded = 0;
            relationsRemoved = 0;
            return this;
        }
    }
}
