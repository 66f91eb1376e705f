package dev.techgraph.importer.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The extractor's data files (cue lexicons, kind words, opposites) on the classpath, read one way: UTF-8,
 * blank lines and {@code #} comments skipped, each content line with its number so a loader's error can
 * name the line to fix.
 */
public final class DataFile {

    /** One content line of a data file: its number (from 1) and its text. */
    public record Line(int number, String text) {
    }

    private DataFile() {
    }

    /** The content lines of {@code resource}; fails when the file is not on the classpath. */
    public static List<Line> lines(String resource) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int n = 0;
            while ((text = reader.readLine()) != null) {
                n++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(new Line(n, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }

    /**
     * The words of the one {@code @name<TAB>word|word} line of {@code resource}; fails when the line is missing,
     * or a word is empty or listed twice, so a typo in a word list shows at start-up, not as a silent miss.
     */
    public static Set<String> wordList(String resource, String name) {
        for (Line line : lines(resource)) {
            String[] cols = line.text().split("\t");
            if (!cols[0].equals(name)) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String w : cols.length == 2 ? cols[1].split("\\|") : new String[] {""}) {
                if (w.isBlank() || !words.add(w.strip())) {
                    throw new IllegalStateException(resource + " line " + line.number() + ": word '" + w
                            + "' is empty or listed twice");
                }
            }
            return Set.copyOf(words);
        }
        throw new IllegalStateException(resource + " has no " + name + " line");
    }
}
