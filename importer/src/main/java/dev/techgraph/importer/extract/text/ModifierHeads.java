package dev.techgraph.importer.extract.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Nouns naming people who use a technology or texts that teach it: a technology right before one is a
 * modifier ("our Zorblang developers", "every Falcon tutorial"), not what the clause is about. The words are
 * data: {@code modifier-heads.tsv}.
 */
public final class ModifierHeads {

    private static final String WORDS = "dev/techgraph/importer/extract/modifier-heads.tsv";
    private static final Set<String> HEADS = new HashSet<>();
    /** Heads marked "artifact": software made for the technology before it ("the Zorblang client"). */
    private static final Set<String> ARTIFACTS = new HashSet<>();

    static {
        for (DataFile.Line row : DataFile.lines(WORDS)) {
            String[] cols = row.text().split("\t");
            boolean artifact = cols.length == 3 && cols[2].strip().equals("artifact");
            if (cols.length != 2 && !artifact || !HEADS.add(cols[0].strip()) || !HEADS.add(cols[1].strip())) {
                throw new IllegalStateException(WORDS + " line " + row.number()
                        + ": expected 'singular<TAB>plural[<TAB>artifact]' with words listed once, was: "
                        + row.text());
            }
            if (artifact) {
                ARTIFACTS.add(cols[0].strip());
                ARTIFACTS.add(cols[1].strip());
            }
        }
    }

    private ModifierHeads() {
    }

    public static boolean contains(String lower) {
        return HEADS.contains(lower);
    }

    /** "bindings", "SDK", "driver": a piece of software that the technology named before it is used through. */
    public static boolean artifact(String lower) {
        return ARTIFACTS.contains(lower);
    }
}
