package dev.techgraph.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.store.testing.Neo4jExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import picocli.CommandLine;

/** The import, remove and extract commands end to end, as a user runs them, against the test Neo4j. */
@ExtendWith(Neo4jExtension.class)
class CommandLineIT {

    @TempDir
    Path dir;

    /** Exit code and what the command printed on stderr. */
    private record Run(int code, String err) {
    }

    private static Run run(Callable<Integer> command, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(command).execute(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }

    @Test
    void shouldImportReimportAndRemoveDocumentsFromTheCommandLine(Driver driver) throws IOException {
        Path quill = Files.writeString(dir.resolve("quill.md"), "# Quill\n\nDjango is written in Python.\n");
        Files.writeString(dir.resolve("node.txt"), "Node.js suits real-time applications.\n");
        String uri = Neo4jExtension.boltUri();

        Run first = run(new ImportCommand(), "--neo4j-uri", uri, "--stats", dir.toString());
        Run again = run(new ImportCommand(), "--neo4j-uri", uri, dir.toString());

        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("documents: 2 new, 0 changed, 0 unchanged, 0 failed")
                .contains("import: 2 documents");
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("documents: 0 new, 0 changed, 2 unchanged, 0 failed");
        assertThat(count(driver, "MATCH (d:Document) RETURN count(d)")).isEqualTo(2);

        Run removed = run(new RemoveCommand(), "--neo4j-uri", uri, quill.toString());
        Run missing = run(new RemoveCommand(), "--neo4j-uri", uri, quill.toString());

        assertThat(removed.code()).isZero();
        assertThat(removed.err()).contains("removed " + DocumentReader.sourceOf(quill));
        assertThat(missing.code()).isOne();
        assertThat(missing.err()).contains("not in the graph");
        assertThat(count(driver, "MATCH (d:Document) RETURN count(d)")).isOne();
        assertThat(count(driver, "MATCH (e:Entity {key: 'django'}) RETURN count(e)")).isZero();
    }

    @Test
    void shouldSayWhichGraphItWritesToBeforeAnythingElse() throws IOException {
        Path note = Files.writeString(dir.resolve("note.md"), "Quill is written in Python.\n");
        String uri = Neo4jExtension.boltUri();

        Run imported = run(new ImportCommand(), "--neo4j-uri", uri, note.toString());
        Run removed = run(new RemoveCommand(), "--neo4j-uri", uri, note.toString());

        assertThat(imported.err().lines().findFirst()).hasValue("graph: Neo4j at " + uri);
        assertThat(removed.err().lines().findFirst()).hasValue("graph: Neo4j at " + uri);
    }

    @Test
    void shouldNotKeepADocumentWithNoTechnologyAndSaySoWithExitCodeFour(Driver driver) throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), "Buy three zorbles and a jar of nimbel jam.\n");
        String uri = Neo4jExtension.boltUri();

        Run result = run(new ImportCommand(), "--neo4j-uri", uri, list.toString());

        assertThat(result.code()).isEqualTo(ImportCommand.NO_TECHNOLOGY).isEqualTo(4);
        assertThat(result.err()).contains("no technology found in " + DocumentReader.sourceOf(list) + ": not imported")
                .contains("0 new, 0 changed, 0 unchanged, 0 failed, 1 with no technology (not imported)");
        assertThat(count(driver, "MATCH (d:Document) RETURN count(d)")).isZero();
    }

    @Test
    void shouldRemoveTheEarlierVersionOfADocumentThatNoLongerNamesATechnology(Driver driver) throws IOException {
        Path note = Files.writeString(dir.resolve("note.md"), "Quill is written in Python.\n");
        String uri = Neo4jExtension.boltUri();
        assertThat(run(new ImportCommand(), "--neo4j-uri", uri, note.toString()).code()).isZero();
        Files.writeString(note, "Nothing here but a jar of nimbel jam.\n");

        Run result = run(new ImportCommand(), "--neo4j-uri", uri, note.toString());

        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("its earlier version was removed from the graph");
        assertThat(count(driver, "MATCH (d:Document) RETURN count(d)")).isZero();
        assertThat(count(driver, "MATCH (e:Entity {key: 'quill'}) RETURN count(e)")).isZero();
    }

    @Test
    void shouldFailWithExitCodeOneWhenSomeFilesAreBadButImportTheOthers(Driver driver) throws IOException {
        Files.writeString(dir.resolve("good.md"), "Django is written in Python.\n");
        Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});

        Run result = run(new ImportCommand(), "--neo4j-uri", Neo4jExtension.boltUri(), dir.toString());

        assertThat(result.code()).isOne();
        assertThat(result.err()).contains("failed " + DocumentReader.sourceOf(dir.resolve("bad.txt"))
                + ": not a text file").contains("1 new, 0 changed, 0 unchanged, 1 failed");
        assertThat(count(driver, "MATCH (d:Document) RETURN count(d)")).isOne();
    }

    @Test
    void shouldExtractToJsonWithStatsAndNoDatabase() throws IOException {
        Files.writeString(dir.resolve("a.md"), "Django is written in Python.\n");
        Files.writeString(dir.resolve("b.txt"), "Node.js suits real-time applications.\n");
        Path json = dir.resolve("out.json");

        Run result = run(new ExtractCommand(), "--stats", "--threads", "2", "-o", json.toString(), dir.toString());

        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("extract: 2 documents (0 failed)").contains("MB/s");
        JsonNode export = new ObjectMapper().readTree(json.toFile());
        assertThat(export.get("documents")).hasSize(2);
        assertThat(export.get("entities").findValuesAsText("name")).contains("Django", "Python", "Node.js");
    }
}
