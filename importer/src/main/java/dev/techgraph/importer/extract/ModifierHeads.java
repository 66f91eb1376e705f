package dev.techgraph.importer.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Nouns naming people who use a technology or texts that teach it: a technology right before one is a
 * modifier ("our Zorblang developers", "every Falcon tutorial"), not what the clause is about. The words are
 * data: {@code modifier-heads.tsv}.
 */
final class ModifierHeads {

    private static final String WORDS = "dev/techgraph/importer/extract/modifier-heads.tsv";
    private static final Set<String> HEADS = new HashSet<>();

    static {
        for (DataFile.Line row : DataFile.lines(WORDS)) {
            String[] cols = row.text().split("\t");
            if (cols.length != 2 || !HEADS.add(cols[0].strip()) || !HEADS.add(cols[1].strip())) {
                throw new IllegalStateException(WORDS + " line " + row.number()
                        + ": expected 'singular<TAB>plural' with words listed once, was: " + row.text());
            }
        }
    }

    private ModifierHeads() {
    }

    static boolean contains(String lower) {
        return HEADS.contains(lower);
    }
}
