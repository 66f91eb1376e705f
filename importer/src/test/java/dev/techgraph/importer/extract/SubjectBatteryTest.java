package dev.techgraph.importer.extract;

import dev.techgraph.importer.source.Format;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A battery of invented texts about who a fact is about ({@code subject-battery.tsv}): a pronoun that opens a
 * paragraph, a clause whose grammatical subject is a part of the paragraph's technology and names another one only
 * as its object, and the cases where the subject must not be carried (people, an alternative, a heading, a pronoun
 * of the wrong number). Every item runs on its own; the test fails when the pass rate drops below what the rules
 * reached.
 */
class SubjectBatteryTest {

    /** Items the rules get right today; raise it when a rule adds some, never lower it to hide a loss. */
    private static final int PASSING = 35;

    private record Item(String text, List<String> expected, List<String> absent) {
    }

    @Test
    void inventedTextsWhoseSubjectIsCarried() throws IOException {
        List<Item> items = BatteryFile.read(SubjectBatteryTest.class, "subject-battery.tsv").stream()
                .map(l -> new Item(l.text(0), l.list(1), l.list(2)))
                .toList();
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            List<String> facts = Extraction.facts(Extraction.extract(item.text(), Format.MARKDOWN));
            List<String> missing = item.expected().stream().filter(f -> !facts.contains(f)).toList();
            List<String> wrong = item.absent().stream().filter(facts::contains).toList();
            if (!missing.isEmpty() || !wrong.isEmpty()) {
                failures.add(item.text() + "\n    missing " + missing + (wrong.isEmpty() ? "" : " wrong " + wrong)
                        + "\n    got " + facts);
            }
        }
        int passed = items.size() - failures.size();
        System.out.printf("subject battery: %d of %d pass%n", passed, items.size());
        failures.forEach(f -> System.out.println("  not passing: " + f));
        assertThat(items).hasSizeGreaterThanOrEqualTo(16);
        assertThat(passed).as("battery items passing; failures:%n%s", String.join("\n", failures))
                .isGreaterThanOrEqualTo(PASSING);
    }
}
