package dev.techgraph.store;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The UNWIND rows of a batch of documents, merged in memory: one row per sentence, mention and statement
 * (a sentence stating a fact), and one row per distinct entity and fact of the whole batch with its
 * counters summed over the batch's documents. Counters are deltas: the same rows with negative counts
 * take a document's contribution away again ({@link #subtract}).
 */
final class BatchRows {

    /** Separates kind and key in a document's {@code entities} refs (a key never contains a control char). */
    static final String REF_SEPARATOR = "\u001f";

    final List<Map<String, Object>> documents = new ArrayList<>();
    final List<Map<String, Object>> sentences = new ArrayList<>();
    final List<Map<String, Object>> mentions = new ArrayList<>();
    final List<Map<String, Object>> statements = new ArrayList<>();
    /** Entities the batch uses, with their display names (first seen wins). */
    final Map<EntityRef, String> entityNames = new LinkedHashMap<>();
    /** Per entity: MENTIONS added, and per surface how many of them use it. */
    final Map<EntityRef, Counter> entityDeltas = new LinkedHashMap<>();
    /** Per fact: documents (all, and hedged only), sentences, and per rule and per qualifier how many documents give it. */
    final Map<FactKey, FactDelta> factDeltas = new LinkedHashMap<>();
    /** Entities whose existence must be checked after a removal. */
    final Set<EntityRef> touched = new HashSet<>();
    long textChars;

    /** Adds a whole document (its records and its counters). */
    void add(DocumentGraph graph) {
        String documentId = graph.document().id();
        Map<EntityRef, String> used = usedEntities(graph);
        used.forEach(entityNames::putIfAbsent);
        var info = graph.document();
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", documentId);
        doc.put("source", info.source());
        doc.put("title", info.title());
        doc.put("sha256", info.sha256());
        doc.put("sentences", graph.sentences().size());
        doc.put("entities", used.keySet().stream().map(BatchRows::refString).toList());
        documents.add(doc);
        for (SentenceRecord s : graph.sentences()) {
            sentences.add(sentenceRow(documentId, s));
            textChars += s.text().length();
        }
        addMentions(documentId, graph.mentions(), ownAliases(graph));
        addFacts(documentId, graph.relations(), 0, Integer.MAX_VALUE);
    }

    static Map<String, Object> sentenceRow(String documentId, SentenceRecord s) {
        return Map.of("document", documentId, "id", s.id(documentId), "index", s.index(), "start", s.start(),
                "end", s.end(), "text", s.text());
    }

    /**
     * One MENTIONS per sentence and entity: the first surface and offsets stand for the sentence. A surface
     * counts as an alias of the entity only when the document lists it among the entity's own aliases: a
     * mention may state the opposite of a concept ("paid" for free of charge), which names no form of it. The
     * mention keeps that decision ({@code alias}) so that removing the document subtracts exactly what it added.
     */
    void addMentions(String documentId, List<MentionRecord> records, Map<EntityRef, Set<String>> ownAliases) {
        Set<String> seen = new HashSet<>();
        for (MentionRecord m : records) {
            String id = SentenceRecord.idOf(documentId, m.sentence());
            if (seen.add(id + REF_SEPARATOR + m.entity().kind() + REF_SEPARATOR + m.entity().key())) {
                Set<String> own = ownAliases.get(m.entity());
                boolean alias = own == null || own.contains(m.surface());
                mentions.add(Map.of("sentence", id, "kind", m.entity().kind().label(), "key", m.entity().key(),
                        "surface", m.surface(), "start", m.start(), "end", m.end(), "alias", alias));
                Counter counter = entityDeltas.computeIfAbsent(m.entity(), e -> new Counter());
                if (alias) {
                    counter.add(m.surface(), 1);
                } else {
                    counter.total++;
                }
            }
        }
    }

    /** Per entity of the document, the surface forms it gives as the entity's own aliases. */
    static Map<EntityRef, Set<String>> ownAliases(DocumentGraph graph) {
        Map<EntityRef, Set<String>> aliases = new HashMap<>();
        for (EntityRecord entity : graph.entities()) {
            aliases.computeIfAbsent(entity.ref(), r -> new HashSet<>()).addAll(entity.aliases());
        }
        return aliases;
    }

    /**
     * The statements of a document (one per sentence and fact, its rules merged, its least qualifier) and the
     * facts' counters. Only statements whose sentence index is in [from, to) are emitted as rows, so a large
     * document can be written in pieces; the counters always cover the whole document.
     */
    void addFacts(String documentId, List<RelationRecord> relations, int from, int to) {
        Map<FactKey, TreeMap<Integer, Statement>> byFact = new LinkedHashMap<>();
        for (RelationRecord relation : relations) {
            FactKey fact = FactKey.of(relation);
            String qualifier = relation.qualifier() == null || relation.qualifier().isBlank()
                    ? null : relation.qualifier();
            List<String> rules = relation.rules().isEmpty() ? List.of("unknown") : relation.rules();
            for (int sentence : relation.sentences()) {
                Statement st = byFact.computeIfAbsent(fact, f -> new TreeMap<>())
                        .computeIfAbsent(sentence, i -> new Statement());
                st.rules.addAll(rules);
                if (qualifier != null && (st.qualifier == null || qualifier.compareTo(st.qualifier) < 0)) {
                    st.qualifier = qualifier;
                }
            }
        }
        byFact.forEach((fact, bySentence) -> {
            FactDelta delta = factDeltas.computeIfAbsent(fact, f -> new FactDelta());
            delta.documents++;
            delta.sentences += bySentence.size();
            // a document whose every statement of the fact is hedged supports it only conditionally
            if (bySentence.values().stream().allMatch(st -> st.qualifier != null)) {
                delta.hedged++;
            }
            Set<String> rules = new TreeSet<>();
            Set<String> qualifiers = new TreeSet<>();
            bySentence.forEach((index, st) -> {
                rules.addAll(st.rules);
                if (st.qualifier != null) {
                    qualifiers.add(st.qualifier);
                }
                if (index >= from && index < to) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("sentence", SentenceRecord.idOf(documentId, index));
                    row.put("fact", fact.id());
                    row.put("polarity", fact.polarity());
                    row.put("rules", new ArrayList<>(st.rules));
                    row.put("qualifier", st.qualifier);
                    statements.add(row);
                }
            });
            rules.forEach(r -> delta.rules.add(r, 1));
            qualifiers.forEach(q -> delta.qualifiers.add(q, 1));
        });
    }

    /** Takes a stored document's contribution away: its statements and mentions, as read back. */
    void subtractFact(FactKey fact, long sentenceCount, boolean hedged, Set<String> rules, Set<String> qualifiers) {
        FactDelta delta = factDeltas.computeIfAbsent(fact, f -> new FactDelta());
        delta.documents--;
        if (hedged) {
            delta.hedged--;
        }
        delta.sentences -= sentenceCount;
        rules.forEach(r -> delta.rules.add(r, -1));
        qualifiers.forEach(q -> delta.qualifiers.add(q, -1));
        touched.add(fact.source());
        touched.add(fact.target());
    }

    /** Takes {@code count} mentions away; {@code surface} is null when those mentions counted as no alias. */
    void subtractMentions(EntityRef entity, String surface, long count) {
        Counter counter = entityDeltas.computeIfAbsent(entity, e -> new Counter());
        if (surface != null) {
            counter.add(surface, -count);
        } else {
            counter.total -= count;
        }
        touched.add(entity);
    }

    List<Map<String, Object>> entityRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        entityNames.forEach((ref, name) -> rows.add(Map.of("kind", ref.kind().label(), "key", ref.key(),
                "name", name)));
        return rows;
    }

    List<Map<String, Object>> entityDeltaRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        entityDeltas.forEach((ref, counter) -> rows.add(Map.of("kind", ref.kind().label(), "key", ref.key(),
                "count", counter.total, "surfaces", counter.pairs())));
        return rows;
    }

    List<Map<String, Object>> factRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        factDeltas.forEach((fact, delta) -> {
            Map<String, Object> row = fact.row();
            row.put("documents", delta.documents);
            row.put("sentences", delta.sentences);
            row.put("hedged", delta.hedged);
            row.put("rules", delta.rules.pairs());
            row.put("qualifiers", delta.qualifiers.pairs());
            rows.add(row);
        });
        return rows;
    }

    /** The distinct (type, ends) of the batch's facts, both polarities, for the {@code against} counts. */
    List<Map<String, Object>> pairRows() {
        Map<List<String>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (FactKey fact : factDeltas.keySet()) {
            Map<String, Object> row = fact.row();
            row.remove("fact");
            row.remove("polarity");
            rows.putIfAbsent(List.of(fact.type().name(), refString(fact.source()), refString(fact.target())), row);
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * The sentences with their mentions and statements nested, as statements' parameters: rows of
     * {@code {document, sentences: [{id, index, start, end, text, mentions, statements}]}}, at most
     * {@code max} sentences per statement. Nesting spares a lookup of each new sentence by id.
     */
    List<List<Map<String, Object>>> sentenceChunks(int max) {
        Map<String, List<Map<String, Object>>> mentionsOf = new HashMap<>();
        mentions.forEach(m -> mentionsOf.computeIfAbsent((String) m.get("sentence"), k -> new ArrayList<>()).add(m));
        Map<String, List<Map<String, Object>>> statementsOf = new HashMap<>();
        statements.forEach(st -> statementsOf.computeIfAbsent((String) st.get("sentence"), k -> new ArrayList<>()).add(st));
        List<List<Map<String, Object>>> chunks = new ArrayList<>();
        List<Map<String, Object>> chunk = new ArrayList<>();
        List<Map<String, Object>> run = null;
        String runDocument = null;
        int inChunk = 0;
        for (Map<String, Object> sentence : sentences) {
            if (inChunk == max) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                run = null;
                inChunk = 0;
            }
            String document = (String) sentence.get("document");
            if (run == null || !document.equals(runDocument)) {
                run = new ArrayList<>();
                runDocument = document;
                chunk.add(Map.of("document", document, "sentences", run));
            }
            Map<String, Object> row = new HashMap<>(sentence);
            row.remove("document");
            row.put("mentions", mentionsOf.getOrDefault((String) sentence.get("id"), List.of()));
            row.put("statements", statementsOf.getOrDefault((String) sentence.get("id"), List.of()));
            run.add(row);
            inChunk++;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /** Rows, statements and text in this batch: what bounds the size of its transaction. */
    long size() {
        return sentences.size() + mentions.size() + statements.size() + factDeltas.size() + entityNames.size();
    }

    static String refString(EntityRef ref) {
        return ref.kind().label() + REF_SEPARATOR + ref.key();
    }

    /**
     * The entities the document actually uses (mentions or relation endpoints), with their display names;
     * an endpoint the extractor did not list is named by its key.
     */
    static Map<EntityRef, String> usedEntities(DocumentGraph graph) {
        Map<EntityRef, String> names = new LinkedHashMap<>();
        for (EntityRecord entity : graph.entities()) {
            names.putIfAbsent(entity.ref(), entity.name());
        }
        Map<EntityRef, String> used = new LinkedHashMap<>();
        for (MentionRecord mention : graph.mentions()) {
            used.putIfAbsent(mention.entity(), names.getOrDefault(mention.entity(), mention.surface()));
        }
        for (RelationRecord relation : graph.relations()) {
            FactKey fact = FactKey.of(relation);
            used.putIfAbsent(fact.source(), names.getOrDefault(fact.source(), fact.source().key()));
            used.putIfAbsent(fact.target(), names.getOrDefault(fact.target(), fact.target().key()));
        }
        return used;
    }

    /** One sentence stating one fact: the rules that found it there and the least qualifier given. */
    private static final class Statement {
        final Set<String> rules = new TreeSet<>();
        String qualifier;
    }

    /** A counted set: how many of something, by name, and in all. */
    static final class Counter {
        final Map<String, Long> counts = new TreeMap<>();
        long total;

        void add(String name, long n) {
            counts.merge(name, n, Long::sum);
            total += n;
        }

        /** {@code [name, count]} pairs, the shape the merge queries take. */
        List<List<Object>> pairs() {
            List<List<Object>> pairs = new ArrayList<>();
            counts.forEach((name, n) -> {
                if (n != 0) {
                    pairs.add(List.of(name, n));
                }
            });
            return pairs;
        }
    }

    /** What a batch adds to (or takes from) one fact. */
    static final class FactDelta {
        long documents;
        /** Documents that state the fact only with a hedge (every statement of it qualified). */
        long hedged;
        long sentences;
        final Counter rules = new Counter();
        final Counter qualifiers = new Counter();
    }

    /**
     * One fact: a typed relationship of one polarity between two entities. Symmetric types are stored once,
     * from the smaller endpoint to the larger. {@link #id()} names its {@code :Fact} node.
     */
    record FactKey(RelationType type, EntityRef source, EntityRef target, String polarity) {

        private static final Comparator<EntityRef> ORDER =
                Comparator.comparing((EntityRef e) -> e.kind().label()).thenComparing(EntityRef::key);

        static FactKey of(RelationRecord relation) {
            EntityRef source = relation.source();
            EntityRef target = relation.target();
            if (relation.type().symmetric() && ORDER.compare(source, target) > 0) {
                source = relation.target();
                target = relation.source();
            }
            return new FactKey(relation.type(), source, target, relation.polarity().value());
        }

        /**
         * A stable id from the fact's identity (never from sentence text), readable by analysts:
         * {@code TYPE:SourceKind/sourceKey->TargetKind/targetKey:polarity}. Migration V0004 builds the same.
         */
        String id() {
            return type.name() + ":" + source.kind().label() + "/" + source.key() + "->"
                    + target.kind().label() + "/" + target.key() + ":" + polarity;
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("fact", id());
            row.put("type", type.name());
            row.put("polarity", polarity);
            row.put("sourceKind", source.kind().label());
            row.put("sourceKey", source.key());
            row.put("targetKind", target.kind().label());
            row.put("targetKey", target.key());
            return row;
        }
    }
}
