package dev.techgraph.api;

import static dev.techgraph.api.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.store.testing.Neo4jExtension;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The gold questions of the shared seed annotation ({@code ../shared/eval/seeds.gold.json}), asked of the
 * API after importing the seed essays and the bundled sample corpus together with the current extractor:
 * through /api/technologies or /api/entities, and in plain English through /api/ask. The plain answers
 * count; contested and conditional facts, listed apart, are no answers. Skipped when ../shared is absent.
 */
@MicronautTest
class SeedQuestionsIT extends ApiTestBase {

    @Inject
    Importer importer;

    private static Path shared() {
        return Stream.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))
                .filter(p -> Files.isRegularFile(p.resolve("eval/seeds.gold.json"))).findFirst().orElse(null);
    }

    @AfterAll
    void forgetSeeds() {
        Fixture.replacedBy("seeds");
    }

    @Test
    void theSeedQuestionsGetTheGoldAnswers() throws IOException {
        Path shared = shared();
        Assumptions.assumeTrue(shared != null, "../shared/eval/seeds.gold.json is absent");
        Fixture.replacedBy("seeds");
        Neo4jExtension.wipe();
        List<Path> seeds;
        try (Stream<Path> files = Files.list(shared.resolve("seeds"))) {
            seeds = files.filter(Files::isRegularFile).sorted().toList();
        }
        // the seeds and the bundled sample corpus together: answers must hold when documents disagree
        importer.importSampleCorpus();
        importer.importFiles(seeds, p -> { });
        // The placeholder extractor only guesses SUITED_FOR by co-occurrence (rule suited.cooccurrence); the
        // gold gate applies as soon as the rule-based extractor produces facts of its own.
        long realFacts = Neo4jExtension.driver().executableQuery("""
                MATCH (:Entity)-[r]->(:Entity) WHERE NOT 'suited.cooccurrence' IN r.rules RETURN count(r) AS n
                """).execute().records().get(0).get("n").asLong();
        Assumptions.assumeTrue(realFacts > 0, "only the placeholder extractor is in the build");
        JsonNode gold = mapper.readValue(Files.readString(shared.resolve("eval/seeds.gold.json")), JsonNode.class);
        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (JsonNode doc : gold.get("documents").values()) {
            for (JsonNode q : doc.get("questions").values()) {
                asked++;
                String ask = q.get("ask").getStringValue();
                check(ask + " [structured]", structured(q), q, failures);
                var answer = http.get("/api/ask?q=" + enc(ask));
                if (answer.status() != 200) {
                    failures.add(ask + " [ask]: HTTP " + answer.status() + " " + answer.body());
                } else {
                    check(ask + " [ask]", ApiIT.names(answer.json().get("answers")), q, failures);
                }
            }
        }
        assertThat(asked).isGreaterThan(0);
        assertThat(failures).as("gold questions answered wrongly").isEmpty();
    }

    private List<String> structured(JsonNode q) {
        if (q.get("suitedFor") != null) {
            String kind = q.get("kind") == null ? "" : q.get("kind").getStringValue();
            return ApiIT.names(http.get("/api/technologies?limit=500&kind=" + enc(kind) + "&suitedFor="
                    + enc(q.get("suitedFor").getStringValue())).json().get("items"));
        }
        String entity = q.get("entity").getStringValue();
        String relation = q.get("relation").getStringValue();
        String direction = q.get("direction") == null ? "out" : q.get("direction").getStringValue();
        String polarity = q.get("polarity") == null ? "positive" : q.get("polarity").getStringValue();
        String kind = null;
        for (JsonNode e : http.get("/api/entities?limit=100&q=" + enc(entity)).json().get("items").values()) {
            if (loose(e.get("name").getStringValue()).equals(loose(entity)) && kind == null) {
                kind = e.get("kind").getStringValue();
            }
        }
        List<String> out = new ArrayList<>();
        if (kind == null) {
            return out;
        }
        var r = http.get("/api/entities/" + kind + "/" + enc(entity));
        for (JsonNode g : r.json().get("groups").values()) {
            if (g.get("type").getStringValue().equals(relation) && g.get("direction").getStringValue().equals(direction)) {
                for (JsonNode rel : g.get("relationships").values()) {
                    // the entity page lists every fact; what the documents settle is in its stance
                    JsonNode stance = rel.get("stance");
                    String verdict = stance.get("verdict").getStringValue();
                    boolean settled = polarity.equals("positive")
                            ? verdict.equals("supported") && !stance.get("conditional").getBooleanValue()
                            : verdict.equals("denied");
                    if (rel.get("polarity").getStringValue().equals(polarity) && settled) {
                        out.add(rel.get("other").get("name").getStringValue());
                    }
                }
            }
        }
        return out;
    }

    private static void check(String label, List<String> answers, JsonNode q, List<String> failures) {
        List<String> got = answers.stream().map(SeedQuestionsIT::loose).toList();
        for (JsonNode e : q.get("expect").values()) {
            if (!got.contains(loose(e.getStringValue()))) {
                failures.add(label + ": missing " + e.getStringValue() + " in " + answers);
            }
        }
        for (JsonNode e : q.get("expect_absent").values()) {
            if (got.contains(loose(e.getStringValue()))) {
                failures.add(label + ": must not answer " + e.getStringValue() + " in " + answers);
            }
        }
    }

    /** Names compared as the gold's README says: no case, punctuation, hyphens, spacing or plural s. */
    static String loose(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]", "");
        return s.endsWith("s") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
    }
}
