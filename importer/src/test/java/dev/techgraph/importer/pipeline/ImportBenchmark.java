package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.text.SentenceSplitter;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.doc.SentenceRecord;
import dev.techgraph.store.DiskUsage;
import dev.techgraph.store.EmbeddedNeo4j;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Benchmark (not a test; run by bench/import-bench.sh): for each document count N, the first N files of a
 * generated corpus are extracted once, then imported into a fresh embedded store by the {@link GraphWriter}
 * and, in the same run, by a plain batched UNWIND of the same records through the driver (the floor: no
 * counters, no change detection); then imported again unchanged. Prints documents/s, the writer/floor
 * ratio, disk per document (store and transaction logs), and extraction MB/s on one core against merely
 * reading and sentence-splitting the same files.
 */
public final class ImportBenchmark {

    private static final int DOCUMENTS_PER_CALL = Importer.BATCH_DOCUMENTS;
    private static final int WARM_UP_DOCUMENTS = 500;
    private static final int TIMED_EXTRACTION_FILES = 2_000;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<Path> all;
        try (Stream<Path> files = Files.walk(corpus)) {
            all = files.filter(Files::isRegularFile).sorted().toList();
        }
        System.out.printf("corpus %s: %d files; %d cores; Java %s%n", corpus, all.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int i = 1; i < args.length; i++) {
            int n = Math.min(Integer.parseInt(args[i]), all.size());
            run(all.subList(0, n));
        }
    }

    private static void run(List<Path> files) throws IOException {
        int n = files.size();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("%n== %d documents, %.1f MB ==%n", n, bytes / 1e6);

        // extraction speed per core is measured on the first files; the rest are extracted on every core
        List<Path> timed = files.subList(0, Math.min(n, TIMED_EXTRACTION_FILES));
        long timedBytes = 0;
        for (Path f : timed) {
            timedBytes += Files.size(f);
        }
        Pipeline pipeline = new Pipeline(Pipeline.standardExtractor());
        SentenceSplitter splitter = new SentenceSplitter();
        long t0 = System.nanoTime();
        for (Path f : timed) {
            splitter.split(pipeline.reader().read(f));
        }
        double readSplit = seconds(t0);
        t0 = System.nanoTime();
        List<DocumentGraph> graphs = new ArrayList<>(n);
        for (Path f : timed) {
            graphs.add(pipeline.extract(f));
        }
        double extract = seconds(t0);
        System.out.printf("first %d files: read+split (1 thread): %.2f MB/s; read+split+extract (1 thread): %.2f MB/s%n",
                timed.size(), timedBytes / 1e6 / readSplit, timedBytes / 1e6 / extract);
        graphs.addAll(files.subList(timed.size(), n).parallelStream().map(pipeline::extract).toList());

        warmUp(graphs.subList(0, Math.min(n, WARM_UP_DOCUMENTS)));
        try (Store store = Store.start()) {
            GraphWriter writer = new GraphWriter(store.driver, null);
            t0 = System.nanoTime();
            int[] failed = {0};
            for (int i = 0; i < n; i += DOCUMENTS_PER_CALL) {
                writer.writeAll(graphs.subList(i, Math.min(n, i + DOCUMENTS_PER_CALL)), (g, o) -> { },
                        (g, e) -> failed[0]++);
            }
            double write = seconds(t0);
            t0 = System.nanoTime();
            Map<String, String> known = writer.fingerprints(graphs.stream().map(g -> g.document().source()).toList());
            long unchanged = graphs.stream().filter(g -> g.document().sha256().equals(known.get(g.document().source())))
                    .count();
            double again = seconds(t0);
            t0 = System.nanoTime();
            for (int i = 0; i < n; i += DOCUMENTS_PER_CALL) {
                writer.writeAll(graphs.subList(i, Math.min(n, i + DOCUMENTS_PER_CALL)), (g, o) -> { }, (g, e) -> { });
            }
            double againInTx = seconds(t0);
            DiskUsage disk = DiskUsage.of(store.home).orElseThrow();
            checkpoint(store.db);
            DiskUsage checkpointed = DiskUsage.of(store.home).orElseThrow();
            System.out.printf("writer: %.1f documents/s (%.1f s, %d failed)%n", n / write, write, failed[0]);
            System.out.printf("unchanged re-import: %.0f documents/s by fingerprint (%d of %d known), "
                    + "%.0f documents/s checked in write transactions%n", n / again, unchanged, n, n / againInTx);
            System.out.printf("disk per document: store %.1f KB, transaction logs %.1f KB (%s)%n",
                    disk.storeBytes() / 1e3 / n, disk.transactionLogBytes() / 1e3 / n, disk.summary());
            System.out.printf("after a checkpoint (logs pruned to the retention setting): %s, %.1f KB per document%n",
                    checkpointed.summary(), (checkpointed.storeBytes() + checkpointed.transactionLogBytes()) / 1e3 / n);

            try (Store floorStore = Store.start()) {
                t0 = System.nanoTime();
                Floor.write(floorStore.driver, graphs);
                double floor = seconds(t0);
                System.out.printf("plain UNWIND floor: %.1f documents/s (%.1f s); writer takes %.2fx the floor's time%n",
                        n / floor, floor, write / floor);
            }
        }
    }

    /**
     * The writer and the floor each import the first documents once into throwaway stores, so that both are
     * measured with the JIT warm: otherwise the writer, measured first, pays the whole warm-up alone.
     */
    private static void warmUp(List<DocumentGraph> graphs) throws IOException {
        try (Store store = Store.start(); Store floorStore = Store.start()) {
            new GraphWriter(store.driver, null).writeAll(graphs, (g, o) -> { }, (g, e) -> { });
            Floor.write(floorStore.driver, graphs);
        }
    }

    /**
     * A checkpoint, after which the store prunes its transaction logs down to the retention setting (Neo4j
     * checkpoints by itself every 15 minutes or 250 MB of log; Community has no procedure for it).
     */
    private static void checkpoint(EmbeddedNeo4j db) throws IOException {
        ((GraphDatabaseAPI) db.database()).getDependencyResolver().resolveDependency(CheckPointer.class)
                .forceCheckPoint(new SimpleTriggerInfo("import benchmark"));
    }

    private static double seconds(long started) {
        return Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    }

    /** A fresh embedded store in a temporary folder, deleted on close. */
    private static final class Store implements AutoCloseable {
        final Path home;
        final EmbeddedNeo4j db;
        final Driver driver;

        private Store(Path home, EmbeddedNeo4j db, Driver driver) {
            this.home = home;
            this.db = db;
            this.driver = driver;
        }

        static Store start() throws IOException {
            Path home = Files.createTempDirectory("techgraph-import-bench");
            EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, null, Map.of());
            Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
            Schema.migrate(driver, null);
            return new Store(home, db, driver);
        }

        @Override
        public void close() throws IOException {
            driver.close();
            db.close();
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The floor: the same documents, sentences, mentions, entities, facts and per-sentence statements, with
     * the same properties, written by plain batched UNWIND statements, many documents per transaction, with
     * no counters kept exact, no change detection and no removal support.
     */
    static final class Floor {

        /**
         * About what the writer puts in one transaction (it bounds a transaction at 40,000 rows; a generated
         * document has about 200 rows), and small enough to stay under db.memory.transaction.max.
         */
        private static final int DOCUMENTS_PER_TRANSACTION = 200;
        private static final int DOCUMENTS_PER_STATEMENT = 50;

        private static final String ENTITIES = """
                UNWIND $rows AS row
                MERGE (e:Entity {kind: row.kind, key: row.key}) ON CREATE SET e.name = row.key
                """;
        private static final String SENTENCES = """
                UNWIND $rows AS row
                CREATE (d:Document {id: row.id, source: row.source, title: row.title, sha256: row.sha256,
                    importedAt: datetime(), sentences: size(row.sentences)})
                WITH d, row
                UNWIND row.sentences AS sr
                CREATE (d)-[:HAS_SENTENCE]->(s:Sentence {id: sr.id, index: sr.index, start: sr.start, end: sr.end, text: sr.text})
                WITH s, sr
                CALL (s, sr) {
                    UNWIND sr.mentions AS m
                    MATCH (e:Entity {kind: m.kind, key: m.key})
                    CREATE (s)-[:MENTIONS {surface: m.surface, start: m.start, end: m.end}]->(e)
                }
                CALL (s, sr) {
                    UNWIND sr.statements AS st
                    MERGE (f:Fact {id: st.fact})
                    ON CREATE SET f.type = st.type, f.polarity = st.polarity
                    CREATE (s)-[:STATES {polarity: st.polarity, rules: st.rules, qualifier: st.qualifier}]->(f)
                }
                """;
        private static final String FACTS;

        static {
            StringBuilder q = new StringBuilder("""
                    UNWIND $rows AS row
                    MATCH (a:Entity {kind: row.sk, key: row.skey})
                    MATCH (b:Entity {kind: row.tk, key: row.tkey})
                    """);
            for (RelationType type : RelationType.values()) {
                q.append("""
                        FOREACH (_ IN CASE WHEN row.type = '%1$s' THEN [1] ELSE [] END |
                            MERGE (a)-[r:%1$s {polarity: row.polarity}]->(b)
                            SET r.weight = coalesce(r.weight, 0) + 1)
                        """.formatted(type.name()));
            }
            FACTS = q.toString();
        }

        static void write(Driver driver, List<DocumentGraph> graphs) {
            try (Session session = driver.session()) {
                for (int i = 0; i < graphs.size(); i += DOCUMENTS_PER_TRANSACTION) {
                    List<DocumentGraph> batch = graphs.subList(i, Math.min(graphs.size(), i + DOCUMENTS_PER_TRANSACTION));
                    Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
                    List<Map<String, Object>> docs = new ArrayList<>();
                    List<Map<String, Object>> facts = new ArrayList<>();
                    for (DocumentGraph g : batch) {
                        String id = g.document().id();
                        Map<Integer, List<Map<String, Object>>> mentions = new HashMap<>();
                        for (MentionRecord m : g.mentions()) {
                            mentions.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(Map.of(
                                    "kind", m.entity().kind().label(), "key", m.entity().key(), "surface", m.surface(),
                                    "start", m.start(), "end", m.end()));
                            entities.putIfAbsent(m.entity().kind() + "/" + m.entity().key(),
                                    Map.of("kind", m.entity().kind().label(), "key", m.entity().key()));
                        }
                        Map<Integer, List<Map<String, Object>>> stated = new HashMap<>();
                        for (RelationRecord r : g.relations()) {
                            String fid = r.type() + ":" + r.source().kind() + "/" + r.source().key() + "->"
                                    + r.target().kind() + "/" + r.target().key() + ":" + r.polarity().value();
                            for (int s : r.sentences()) {
                                Map<String, Object> statement = new HashMap<>();
                                statement.put("fact", fid);
                                statement.put("type", r.type().name());
                                statement.put("polarity", r.polarity().value());
                                statement.put("rules", r.rules());
                                statement.put("qualifier", r.qualifier());
                                stated.computeIfAbsent(s, k -> new ArrayList<>()).add(statement);
                            }
                            for (var e : List.of(r.source(), r.target())) {
                                entities.putIfAbsent(e.kind() + "/" + e.key(),
                                        Map.of("kind", e.kind().label(), "key", e.key()));
                            }
                            facts.add(Map.of("type", r.type().name(), "polarity", r.polarity().value(),
                                    "sk", r.source().kind().label(), "skey", r.source().key(),
                                    "tk", r.target().kind().label(), "tkey", r.target().key()));
                        }
                        List<Map<String, Object>> sentences = new ArrayList<>();
                        for (SentenceRecord s : g.sentences()) {
                            sentences.add(Map.of("id", s.id(id), "index", s.index(), "start", s.start(),
                                    "end", s.end(), "text", s.text(),
                                    "mentions", mentions.getOrDefault(s.index(), List.of()),
                                    "statements", stated.getOrDefault(s.index(), List.of())));
                        }
                        Map<String, Object> doc = new HashMap<>();
                        doc.put("id", id);
                        doc.put("source", g.document().source());
                        doc.put("title", g.document().title());
                        doc.put("sha256", g.document().sha256());
                        doc.put("sentences", sentences);
                        docs.add(doc);
                    }
                    session.executeWrite(tx -> {
                        tx.run(ENTITIES, Map.of("rows", new ArrayList<>(entities.values()))).consume();
                        // in statements of a bounded size, as the writer does, so that no statement's working
                        // memory reaches db.memory.transaction.max
                        for (int from = 0; from < docs.size(); from += DOCUMENTS_PER_STATEMENT) {
                            tx.run(SENTENCES, Map.of("rows", docs.subList(from,
                                    Math.min(docs.size(), from + DOCUMENTS_PER_STATEMENT)))).consume();
                        }
                        tx.run(FACTS, Map.of("rows", facts)).consume();
                        return null;
                    });
                }
            }
        }
    }
}
