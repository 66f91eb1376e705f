package dev.techgraph.store.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.DocumentInfo;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.doc.SentenceRecord;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.testing.Neo4jExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The API's main queries read summaries: their database hits (PROFILE) stay within a fixed bound when the
 * corpus grows tenfold with documents that repeat the same facts (the case that made the old model's
 * queries slow down with every document). Generated documents with invented names.
 */
@ExtendWith(Neo4jExtension.class)
class QueryCostIT {

    private static final int SMALL = 40;
    private static final int LARGE = 400;
    /** The most database hits any main query may take, at either size. */
    private static final long BOUND = 6_000;

    private static final EntityRef LANG = new EntityRef(Kind.LANGUAGE, "zorblang");
    private static final EntityRef TARGET = new EntityRef(Kind.LANGUAGE, "quillscript");
    private static final EntityRef USE = new EntityRef(Kind.USE_CASE, "realtime");
    private static final EntityRef TOOL = new EntityRef(Kind.TOOL, "nimbelc");

    private static EntityRef framework(int k) {
        return new EntityRef(Kind.FRAMEWORK, "zorbframe" + k);
    }

    /** Document i: five sentences about one of eight invented frameworks, each stating or naming a fact. */
    private static DocumentGraph document(int i) {
        EntityRef f = framework(i % 8);
        EntityRef g = framework((i + 1) % 8);
        String[] texts = {
            "Zorbframe" + i % 8 + " is written in Zorblang.",
            "Zorbframe" + i % 8 + " suits realtime work.",
            "Zorbframe" + i % 8 + " is often weighed against Zorbframe" + (i + 1) % 8 + ".",
            "Zorblang keeps growing, says note " + i + ".",
            "Nimbelc, written in Zorblang, compiles it to Quillscript."};
        List<SentenceRecord> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < texts.length; s++) {
            sentences.add(new SentenceRecord(s, text.length(), text.length() + texts[s].length(), texts[s]));
            text.append(texts[s]).append(' ');
        }
        List<MentionRecord> mentions = List.of(
                new MentionRecord(0, f, "Zorbframe", 0, 10), new MentionRecord(0, LANG, "Zorblang", 24, 32),
                new MentionRecord(1, f, "Zorbframe", 0, 10), new MentionRecord(1, USE, "realtime", 16, 24),
                new MentionRecord(2, f, "Zorbframe", 0, 10), new MentionRecord(2, g, "Zorbframe", 36, 46),
                new MentionRecord(3, LANG, "Zorblang", 0, 8),
                new MentionRecord(4, TOOL, "Nimbelc", 0, 7), new MentionRecord(4, LANG, "Zorblang", 20, 28),
                new MentionRecord(4, TARGET, "Quillscript", 44, 55));
        List<RelationRecord> relations = List.of(
                new RelationRecord(f, RelationType.WRITTEN_IN, LANG, Polarity.POSITIVE, null, List.of(0), List.of("t.w")),
                // a denying document cites five sentences, so that answers citing both sides (at most five
                // sentences each) read their full share of the other side already in the small corpus
                new RelationRecord(f, RelationType.SUITED_FOR, USE, i % 5 == 0 ? Polarity.NEGATIVE : Polarity.POSITIVE,
                        null, i % 5 == 0 ? List.of(0, 1, 2, 3, 4) : List.of(1), List.of("t.s")),
                new RelationRecord(f, RelationType.COMPARED_WITH, g, Polarity.POSITIVE, null, List.of(2), List.of("t.c")),
                new RelationRecord(TOOL, RelationType.WRITTEN_IN, LANG, Polarity.POSITIVE, null, List.of(4), List.of("t.w")),
                new RelationRecord(TOOL, RelationType.COMPILES_TO, TARGET, Polarity.POSITIVE, null, List.of(4),
                        List.of("t.p")));
        List<EntityRecord> entities = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            entities.add(new EntityRecord(Kind.FRAMEWORK, "zorbframe" + k, "Zorbframe" + k, List.of()));
        }
        entities.add(new EntityRecord(Kind.LANGUAGE, "zorblang", "Zorblang", List.of()));
        entities.add(new EntityRecord(Kind.LANGUAGE, "quillscript", "Quillscript", List.of()));
        entities.add(new EntityRecord(Kind.USE_CASE, "realtime", "realtime", List.of()));
        entities.add(new EntityRecord(Kind.TOOL, "nimbelc", "Nimbelc", List.of()));
        String source = "generated/" + i + ".txt";
        return new DocumentGraph(DocumentInfo.of(source, source, text.toString()), sentences, entities, mentions,
                relations);
    }

    /** Each main query with the parameters an endpoint would give it. */
    private static Map<String, Map.Entry<String, Map<String, Object>>> queries() {
        Map<String, Map.Entry<String, Map<String, Object>>> q = new LinkedHashMap<>();
        Map<String, Object> suited = new HashMap<>();
        suited.put("useCases", List.of("realtime"));
        suited.put("polarity", "positive");
        suited.put("kind", "Framework");
        suited.put("q", null);
        suited.put("limit", 20);
        suited.put("offset", 0);
        q.put("technologies suited for realtime", Map.entry(TechnologyQueries.SUITED_FOR, suited));
        q.put("entity page", Map.entry(EntityQueries.ENTITY, Map.of("kind", "Language", "key", "zorblang",
                "symmetric", List.of("USED_WITH", "COMPARED_WITH"), "perGroup", EntityQueries.PER_GROUP)));
        q.put("compare side", Map.entry(CompareQueries.SIDE, Map.of("kind", "Framework", "key", "zorbframe0")));
        q.put("compare sentences", Map.entry(CompareQueries.COMPARISONS, Map.of("aKind", "Framework",
                "aKey", "zorbframe0", "bKind", "Framework", "bKey", "zorbframe1")));
        // never compared, only named together: the answer is the sentences naming both
        q.put("compare sentences, named together", Map.entry(CompareQueries.COMPARISONS, Map.of("aKind", "Language",
                "aKey", "zorblang", "bKind", "Tool", "bKey", "nimbelc")));
        Map<String, Object> graph = new HashMap<>();
        graph.put("focusKind", "Language");
        graph.put("focusKey", "zorblang");
        graph.put("types", Arrays.stream(RelationType.values()).map(Enum::name).toList());
        graph.put("polarity", null);
        graph.put("kind", null);
        graph.put("limit", 300);
        q.put("graph depth 2", Map.entry(GraphQueries.focused(2), graph));
        q.put("path", Map.entry(PathQueries.query(4), Map.of("fromKind", "Framework", "fromKey", "zorbframe0",
                "toKind", "Language", "toKey", "quillscript")));
        q.put("similar", Map.entry(SimilarQueries.SIMILAR, Map.of("kind", "Framework", "key", "zorbframe0",
                "limit", 10, "sameKind", true)));
        Map<String, Object> ask = new HashMap<>();
        ask.put("kind", "Language");
        ask.put("key", "zorblang");
        ask.put("polarity", "positive");
        ask.put("otherKind", null);
        q.put("ask: written in it", Map.entry(AskQueries.relation(RelationType.WRITTEN_IN, true), ask));
        Map<String, Object> stance = new HashMap<>();
        stance.put("kind", "Framework");
        stance.put("key", "zorbframe0");
        stance.put("useCases", List.of("realtime"));
        q.put("ask: is it suited", Map.entry(AskQueries.STANCE, stance));
        q.put("ask: compiles", Map.entry(AskQueries.COMPILES, Map.of("fromKind", "Language", "fromKey", "zorblang",
                "toKind", "Language", "toKey", "quillscript")));
        q.put("stats", Map.entry(StatsQueries.STATS, Map.of()));
        return q;
    }

    @Test
    void shouldKeepEveryMainQueryWithinAFixedNumberOfDbHitsAsTheCorpusGrowsTenfold(Driver driver) {
        var writer = new GraphWriter(driver, null);
        List<DocumentGraph> docs = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            docs.add(document(i));
        }
        writer.writeAll(docs.subList(0, SMALL), (d, o) -> { }, (d, e) -> { throw e; });
        Map<String, Long> small = profile(driver);
        writer.writeAll(docs.subList(SMALL, LARGE), (d, o) -> { }, (d, e) -> { throw e; });
        Map<String, Long> large = profile(driver);

        small.forEach((name, hits) -> System.out.printf("db hits %-34s %6d at %d documents, %6d at %d%n", name,
                hits, SMALL, large.get(name), LARGE));
        assertThat(count(driver, "MATCH (:Sentence)-[s:STATES]->() RETURN count(s)")).isEqualTo(LARGE * 5L + LARGE / 5 * 4L);
        assertThat(driver.executableQuery(CompareQueries.COMPARISONS)
                .withParameters(queries().get("compare sentences, named together").getValue()).execute()
                .records().get(0).get("evidence").asList()).hasSize(EvidenceQueries.MAX);
        // this graph has no traits: similarity still finds the frameworks written in the same language
        assertThat(driver.executableQuery(SimilarQueries.SIMILAR).withParameters(queries().get("similar").getValue())
                .execute().records()).isNotEmpty();
        for (String name : small.keySet()) {
            assertThat(large.get(name)).as(name + " at " + LARGE + " documents").isLessThanOrEqualTo(BOUND)
                    .isLessThanOrEqualTo(small.get(name) * 3 / 2 + 100);
        }
    }

    private static Map<String, Long> profile(Driver driver) {
        Map<String, Long> hits = new LinkedHashMap<>();
        try (Session session = driver.session()) {
            queries().forEach((name, q) -> {
                var summary = session.run("PROFILE " + q.getKey(), q.getValue()).consume();
                hits.put(name, dbHits(summary.profile()));
            });
        }
        return hits;
    }

    private static long dbHits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += dbHits(child);
        }
        return hits;
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }
}
