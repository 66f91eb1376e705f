package dev.techgraph.importer.pipeline;

import dev.techgraph.importer.ImportException;
import dev.techgraph.importer.source.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample articles bundled with the importer, read from the classpath through their index. */
public final class SampleCorpus {

    private static final String FOLDER = "dev/techgraph/importer/corpus/";

    /** One bundled article: its source name ({@code sample/<file>}), content and format. */
    public record Article(String source, byte[] content, Format format) {
    }

    private SampleCorpus() {
    }

    public static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String line : new String(resource("index.txt"), StandardCharsets.UTF_8).split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Format format = Format.ofFileName(name).orElseThrow(() ->
                    new ImportException("sample corpus index names an unsupported file: " + name));
            articles.add(new Article("sample/" + name, resource(name), format));
        }
        return articles;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new ImportException("sample corpus file " + name + " is missing from the importer jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ImportException("cannot read sample corpus file " + name, e);
        }
    }
}
