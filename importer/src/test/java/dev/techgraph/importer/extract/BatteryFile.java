package dev.techgraph.importer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One line of a battery of invented items ({@code *-battery.tsv}), the format the name, trait and relation
 * batteries share: tab-separated columns, blank lines and {@code #} comments skipped, a list column
 * {@code ;}-separated with {@code -} for none, and {@code \n} in a text column for a line break.
 */
record BatteryFile(int line, List<String> columns) {

    static List<BatteryFile> read(Class<?> owner, String resource) throws IOException {
        String text;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertThat(in).as("battery resource " + resource).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<BatteryFile> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                out.add(new BatteryFile(i + 1, List.of(lines[i].split("\t"))));
            }
        }
        return out;
    }

    String text(int column) {
        return columns.get(column).replace("\\n", "\n");
    }

    /** A list column; a missing trailing column is an empty list. */
    List<String> list(int column) {
        if (column >= columns.size()) {
            return List.of();
        }
        return Arrays.stream(columns.get(column).split(";")).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equals("-")).toList();
    }
}
