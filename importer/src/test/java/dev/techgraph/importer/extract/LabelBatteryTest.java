package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invented documents whose facts sit under a label that gives them their polarity ({@code label-battery.txt}):
 * Pros/Cons, Strengths/Weaknesses, Best for/Avoid if and their kin, as headings, bold leads, label lines over a
 * list and labels with a fragment after the colon, in Markdown, HTML and plain text. Read with the bundled
 * vocabulary plus invented names. Prints the pass rate and each failing item; the floor is the rate reached so
 * far, and no item may state a fact listed as absent under a negative label.
 */
class LabelBatteryTest {

    /** Items that pass today; raise it when a change makes more pass, never lower it. */
    private static final int FLOOR = 40;

    record Item(String name, Format format, String text, List<String> expected, List<String> absent) {
    }

    @Test
    void labelledItemsTakeTheirLabelsPolarity() throws IOException {
        Pipeline pipeline = new Pipeline(new RuleExtractor(TraitBatteryTest.vocabulary()));
        List<Item> items = items();
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            String file = switch (item.format()) {
                case HTML -> "battery.html";
                case MARKDOWN -> "battery.md";
                default -> "battery.txt";
            };
            List<String> facts = Extraction.facts(pipeline.extract(file,
                    item.text().getBytes(StandardCharsets.UTF_8), item.format()));
            List<String> missing = item.expected().stream().filter(f -> !facts.contains(f)).toList();
            List<String> wrong = item.absent().stream().filter(facts::contains).toList();
            if (missing.isEmpty() && wrong.isEmpty()) {
                passed++;
            } else {
                failures.add(item.name() + "\n    missing " + missing + (wrong.isEmpty() ? "" : " wrong " + wrong)
                        + "\n    got " + facts);
            }
        }
        System.out.printf("label battery: %d of %d items pass%n", passed, items.size());
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        assertThat(passed).as("battery items passing").isGreaterThanOrEqualTo(FLOOR);
    }

    /** Items in the file's order: a "=== name | format" line, the document, then "+ fact" and "- fact" lines. */
    static List<Item> items() throws IOException {
        String text;
        try (InputStream in = LabelBatteryTest.class.getResourceAsStream("label-battery.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Item> out = new ArrayList<>();
        String name = null;
        Format format = null;
        StringBuilder doc = new StringBuilder();
        List<String> expected = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String line : (text + "\n=== end | txt").split("\n")) {
            if (line.startsWith("#") && name == null) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (name != null) {
                    out.add(new Item(name, format, doc.toString().strip() + "\n", List.copyOf(expected),
                            List.copyOf(absent)));
                }
                String[] head = line.substring(4).split("\\|");
                name = head[0].strip();
                format = switch (head[1].strip()) {
                    case "md" -> Format.MARKDOWN;
                    case "html" -> Format.HTML;
                    default -> Format.TEXT;
                };
                doc.setLength(0);
                expected.clear();
                absent.clear();
            } else if (line.startsWith("+ ")) {
                expected.add(line.substring(2).strip());
            } else if (isFact(line)) {
                absent.add(line.substring(2).strip());
            } else {
                doc.append(line).append('\n');
            }
        }
        return out;
    }

    /** A "- " line is a fact, not a Markdown list item, when it reads "Source TYPE Target polarity". */
    private static boolean isFact(String line) {
        return line.matches("- .+ (HAS_TRAIT|SUITED_FOR|USED_WITH|COMPARED_WITH|WRITTEN_IN|RUNS_ON) .+ "
                + "(positive|negative)");
    }
}
