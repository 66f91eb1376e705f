package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A battery of invented sentences relating two technologies in prose ({@code tech-relations-battery.tsv}): the
 * ordinary ways articles say that technologies are used together, weighed, written in, compiled to or run on one
 * another. Every item runs on its own; the test reports the pass rate and fails when it drops below what the rules
 * reached, so a change that loses a wording shows up here before it shows up on a scored set.
 */
class TechRelationsBatteryTest {

    /** Items the rules get right today (of 182); raise it when a rule adds some, never lower it to hide a loss. */
    private static final int PASSING = 175;

    private static final Vocabulary VOCABULARY = Vocabulary.parse(new StringReader("""
            Language | Zorblang | |
            Language | Nimbel | |
            Language | Tessel | |
            Runtime | Vortex | Vortex VM |
            Runtime | Quasar | |
            Framework | Falcon | |
            Framework | Sparrow | |
            Framework | Kestrel | |
            Framework | Osprey | |
            Library | Gantry | |
            Library | Pylon | |
            Tool | Transpo | |
            Tool | Pecker | |
            Tool | Brindle | |
            """), "battery vocabulary");

    private static final Pipeline PIPELINE = new Pipeline(new RuleExtractor(VOCABULARY));

    private record Item(String sentence, List<String> expected, List<String> absent) {
    }

    @Test
    void inventedWordingsOfRelationsBetweenTechnologies() throws IOException {
        List<Item> items = items();
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            DocumentGraph graph = PIPELINE.extract("battery.txt", item.sentence().getBytes(StandardCharsets.UTF_8),
                    Format.TEXT);
            List<String> facts = Extraction.facts(graph);
            List<String> missing = item.expected().stream().filter(f -> !facts.contains(f)).toList();
            List<String> wrong = item.absent().stream().filter(facts::contains).toList();
            if (!missing.isEmpty() || !wrong.isEmpty()) {
                failures.add(item.sentence() + "\n    missing " + missing + (wrong.isEmpty() ? "" : " wrong " + wrong)
                        + "\n    got " + facts);
            }
        }
        int passed = items.size() - failures.size();
        System.out.printf("tech-relations battery: %d of %d pass%n", passed, items.size());
        failures.forEach(f -> System.out.println("  not passing: " + f));
        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        assertThat(passed).as("battery items passing; failures:%n%s", String.join("\n", failures))
                .isGreaterThanOrEqualTo(PASSING);
    }

    private static List<Item> items() throws IOException {
        return BatteryFile.read(TechRelationsBatteryTest.class, "tech-relations-battery.tsv").stream()
                .map(l -> new Item(l.text(0), l.list(1), l.list(2)))
                .toList();
    }
}
