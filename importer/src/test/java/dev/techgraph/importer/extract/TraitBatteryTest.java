package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A battery of invented sentences that say traits and use cases in prose ({@code trait-battery.tsv}), read with
 * the bundled vocabulary plus a few invented names, so that what is measured is whether a wording lands on the
 * vocabulary's concept. It prints the pass rate and every failing item; the floor is the rate reached so far, so
 * a change that breaks a wording fails here.
 */
class TraitBatteryTest {

    /** Items that pass today; raise it when a change makes more pass, never lower it. */
    private static final int FLOOR = 162;

    private static final String INVENTED = """
            Language | Zorblang | | 
            Framework | Pebblo | | 
            Tool | Drumlin | | 
            Library | Vexa | | 
            Framework | Tarnwick | | 
            Tool | Quillo | | 
            Runtime | Brindle | | 
            """;

    record Item(String text, List<String> expected, List<String> forbidden) {
    }

    @Test
    void inventedWordingsLandOnTheVocabularysConcepts() throws IOException {
        Pipeline pipeline = new Pipeline(new RuleExtractor(vocabulary()));
        List<Item> items = items();
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            List<String> facts = Extraction.facts(pipeline.extract("battery.txt",
                    item.text().getBytes(StandardCharsets.UTF_8), Format.TEXT));
            List<String> missing = item.expected().stream().filter(f -> !facts.contains(f)).toList();
            List<String> wrong = item.forbidden().stream().filter(facts::contains).toList();
            if (missing.isEmpty() && wrong.isEmpty()) {
                passed++;
            } else {
                failures.add(item.text() + "\n    missing " + missing + (wrong.isEmpty() ? "" : " wrong " + wrong)
                        + "\n    got " + facts);
            }
        }
        System.out.printf("trait battery: %d of %d items pass%n", passed, items.size());
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        assertThat(passed).as("battery items passing").isGreaterThanOrEqualTo(FLOOR);
    }

    private static List<Item> items() throws IOException {
        return BatteryFile.read(TraitBatteryTest.class, "trait-battery.tsv").stream()
                .map(l -> new Item(l.text(0), l.list(1), l.list(2)))
                .toList();
    }

    /** The bundled vocabulary's files read as one text, with the invented names after them. */
    static Vocabulary vocabulary() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : Vocabulary.BUNDLED_FILES) {
            try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(file)) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        text.append(INVENTED);
        return Vocabulary.parse(new StringReader(text.toString()), "bundled vocabulary and invented names");
    }
}
