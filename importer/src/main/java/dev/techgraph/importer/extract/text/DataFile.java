package dev.techgraph.importer.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
}
