package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.importer.extract.RuleExtractor;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.model.vocabulary.Vocabulary;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.testing.Neo4jExtension;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a new user sees first is true: the README's Cypher examples and the Python vs JavaScript compare,
 * asked of the bundled sample corpus alone, as {@code ./techgraph serve} imports it (no hand-written facts).
 */
@MicronautTest
class DemoTruthIT extends ApiTestBase {

    private static final Pattern CYPHER_BLOCK = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL);

    @BeforeAll
    void sampleCorpusOnly() {
        Neo4jExtension.wipe();
        Fixture.replacedBy("sample corpus only");
        new Importer(new Pipeline(new RuleExtractor(Vocabulary.bundled())), new GraphWriter(Neo4jExtension.driver(), null))
                .importSampleCorpus();
    }

    private static List<String> readmeCypher() throws IOException {
        Matcher m = CYPHER_BLOCK.matcher(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theReadmesCypherExamplesRunAndEachAnswerIsStatedByTheSentencesItCites() throws IOException {
        List<String> blocks = readmeCypher();
        assertThat(blocks).as("the README's Cypher examples").hasSizeGreaterThanOrEqualTo(2);
        for (String query : blocks) {
            var r = http.cypher(query);
            assertThat(r.status()).as(query + "\n" + r.body()).isEqualTo(200);
            assertThat(r.json().get("rows").size()).as("rows of\n" + query).isGreaterThan(0);
        }
        // the first example cites its sentences: each technology it lists is named by one of them (an answer
        // with no sentence naming it would be a fact the corpus does not state about it)
        var first = http.cypher(blocks.get(0)).json();
        List<String> names = new ArrayList<>();
        for (JsonNode row : first.get("rows").values()) {
            String name = row.get(0).getStringValue();
            names.add(name);
            List<String> evidence = new ArrayList<>();
            row.get(3).values().forEach(v -> evidence.add(v.getStringValue().toLowerCase(Locale.ROOT)));
            assertThat(evidence).as("sentences cited for " + name)
                    .anyMatch(s -> s.contains(name.toLowerCase(Locale.ROOT)));
        }
        assertThat(names).contains("Node.js");
    }

    @Test
    void thePythonVersusJavaScriptCompareNeverSaysOneThingAndItsOpposite() {
        var r = http.get("/api/compare?a=Python&b=JavaScript");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (String side : List.of("a", "b")) {
            JsonNode s = r.json().get(side);
            String name = s.get("name").getStringValue();
            assertThat(names(s.get("suitedFor"))).as(name + " suited and not suited")
                    .doesNotContainAnyElementsOf(names(s.get("notSuitedFor")));
            assertThat(names(s.get("traits"))).as(name + " has and lacks")
                    .doesNotContainAnyElementsOf(names(s.get("negativeTraits")));
            assertThat(names(s.get("suitedFor"))).as(name + " suited for").isNotEmpty();
        }
        assertThat(names(r.json().get("a").get("suitedFor"))).contains("data analysis");
        assertThat(names(r.json().get("b").get("suitedFor"))).contains("real-time applications");
    }

    private static Set<String> names(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }
}
