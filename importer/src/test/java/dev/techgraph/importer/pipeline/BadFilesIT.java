package dev.techgraph.importer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.WriteOutcome;
import dev.techgraph.store.testing.Neo4jExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** A batch with bad files in it: each bad file gets a clear message, the good ones are imported, nothing partial. */
@ExtendWith(Neo4jExtension.class)
class BadFilesIT {

    @TempDir
    Path dir;

    @Test
    void shouldReportEachBadFileAndImportTheRest(Driver driver) throws IOException {
        Path good = write("good.md", "# Quill\n\nPython is used with Django for back end development.\n");
        Path goodToo = write("good-too.txt", "Node.js suits real-time applications.\n");
        write("binary.txt", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        write("empty.md", new byte[0]);
        write("latin1.txt", "Caf\u00e9 owners use Python.".getBytes(StandardCharsets.ISO_8859_1));
        write("scripts.html", "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        Path huge = dir.resolve("one-line.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }

        List<Path> files = new DocumentReader().find(List.of(dir)).files();
        BatchReport report = new Importer(Pipeline.standard(), new GraphWriter(driver, null), 2)
                .importFiles(files, p -> { });

        assertThat(files).hasSize(7);
        assertThat(report.count(WriteOutcome.Status.NEW)).isEqualTo(2);
        assertThat(report.failures()).hasSize(5).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("binary.txt").contains("not a text file"),
                m -> assertThat(m).contains("empty.md").contains("no text to import"),
                m -> assertThat(m).contains("latin1.txt").contains("not valid UTF-8"),
                m -> assertThat(m).contains("scripts.html").contains("no text to import"),
                m -> assertThat(m).contains("one-line.txt").contains("characters without a line break"));
        assertThat(driver.executableQuery("MATCH (d:Document) RETURN d.source AS source ORDER BY source").execute()
                .records().stream().map(r -> r.get("source").asString()).toList())
                .containsExactly(DocumentReader.sourceOf(goodToo), DocumentReader.sourceOf(good));
        assertThat(driver.executableQuery("""
                MATCH (s:Sentence) WHERE NOT (:Document)-[:HAS_SENTENCE]->(s) RETURN count(s) AS n
                """).execute().records().get(0).get("n").asLong()).isZero();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
