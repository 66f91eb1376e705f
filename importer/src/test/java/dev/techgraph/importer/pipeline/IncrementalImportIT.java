package dev.techgraph.importer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.importer.source.DocumentReader;
import dev.techgraph.model.doc.DocumentInfo;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.WriteOutcome;
import dev.techgraph.store.testing.Neo4jExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Idempotent, incremental imports of the sample corpus: re-importing changes nothing, an edited document
 * replaces only its own contribution, and removing it takes away only what it alone supported. Each
 * incremental state is compared with a from-scratch import of the same files: the two graphs must be equal
 * in every node, relationship and property (but {@code importedAt}).
 */
@ExtendWith(Neo4jExtension.class)
class IncrementalImportIT {

    private static final Pipeline PIPELINE = new Pipeline(new CooccurrenceExtractor(Pipeline.standardExtractor()));

    @TempDir
    Path corpus;

    private Importer importer;
    private List<Path> files;

    @BeforeEach
    void writeSampleCorpus(Driver driver) throws IOException {
        importer = new Importer(PIPELINE, new GraphWriter(driver, null), 2);
        files = new ArrayList<>();
        for (SampleCorpus.Article article : SampleCorpus.articles()) {
            Path file = corpus.resolve(article.source().substring("sample/".length()));
            Files.write(file, article.content());
            files.add(file);
        }
    }

    @Test
    void shouldChangeNothingWhenTheSameCorpusIsImportedTwice(Driver driver) {
        BatchReport first = importer.importFiles(files, p -> { });
        List<String> afterFirst = GraphDump.of(driver);
        BatchReport second = importer.importFiles(files, p -> { });

        assertThat(first.failures()).isEmpty();
        assertThat(first.count(WriteOutcome.Status.NEW)).isEqualTo(files.size());
        assertThat(second.count(WriteOutcome.Status.UNCHANGED)).isEqualTo(files.size());
        assertThat(afterFirst).anyMatch(line -> line.startsWith("rel Entity:"));
        assertThat(GraphDump.of(driver)).containsExactlyElementsOf(afterFirst);
    }

    @Test
    void shouldReplaceOnlyTheEditedDocumentsContribution(Driver driver) throws IOException {
        importer.importFiles(files, p -> { });
        List<String> before = GraphDump.of(driver);
        Path edited = files.get(0);
        String borrowed = sentenceOfAnotherDocumentsFact(driver, DocumentInfo.idOf(DocumentReader.sourceOf(edited)));
        Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^[A-Z][^\\n]*\\.\\s*$",
                "This paragraph replaced the old one.") + "\n\n" + borrowed + "\n", StandardCharsets.UTF_8);

        BatchReport report = importer.importFiles(files, p -> { });
        List<String> incremental = GraphDump.of(driver);

        assertThat(report.count(WriteOutcome.Status.CHANGED)).isOne();
        assertThat(report.count(WriteOutcome.Status.UNCHANGED)).isEqualTo(files.size() - 1);
        String editedId = DocumentInfo.idOf(DocumentReader.sourceOf(edited));
        assertThat(incremental).isNotEqualTo(before);
        assertUntouchedAlike(editedId, incremental, before);
        assertThat(incremental).containsExactlyElementsOf(fromScratch(driver, files));
    }

    @Test
    void shouldRemoveOnlyWhatTheRemovedDocumentAloneSupported(Driver driver) throws IOException {
        Path removed = files.get(0);
        String removedId = DocumentInfo.idOf(DocumentReader.sourceOf(removed));
        // make sure the removed document shares at least one fact with the others
        importer.importFiles(files.subList(1, files.size()), p -> { });
        String borrowed = sentenceOfAnotherDocumentsFact(driver, removedId);
        Files.writeString(removed, Files.readString(removed) + "\n\n" + borrowed + "\n", StandardCharsets.UTF_8);
        importer.importFiles(files, p -> { });
        List<String> before = GraphDump.of(driver);
        assertThat(GraphDump.facts(before)).isNotEmpty();
        assertThat(sharesAFactWithOthers(driver, removedId)).isTrue();

        var outcome = importer.remove(DocumentReader.sourceOf(removed));
        List<String> after = GraphDump.of(driver);

        assertThat(outcome).hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(WriteOutcome.Status.REMOVED));
        assertThat(after).noneMatch(l -> l.contains(removedId));
        assertUntouchedAlike(removedId, after, before);
        assertThat(after).containsExactlyElementsOf(fromScratch(driver, files.subList(1, files.size())));
        assertThat(importer.remove(DocumentReader.sourceOf(removed))).isEmpty();
    }

    /** True when a fact is stated by sentences of the document and of at least one other document. */
    private static boolean sharesAFactWithOthers(Driver driver, String documentId) {
        return driver.executableQuery("""
                MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:STATES]->(f:Fact)
                MATCH (f)<-[:STATES]-(:Sentence)<-[:HAS_SENTENCE]-(other:Document) WHERE other.id <> $id
                RETURN count(*) > 0 AS shared
                """).withParameters(Map.of("id", documentId)).execute().records().get(0).get("shared").asBoolean();
    }

    /** Wipes the graph and imports {@code files} afresh, returning the dump. */
    private List<String> fromScratch(Driver driver, List<Path> files) {
        Neo4jExtension.wipe();
        BatchReport report = importer.importFiles(files, p -> { });
        assertThat(report.count(WriteOutcome.Status.NEW)).isEqualTo(files.size());
        return GraphDump.of(driver);
    }

    /**
     * Both dumps without what the document touches in either of them: itself, its sentences, the entities
     * it mentions (it changes their counts), the facts its sentences state (their :Fact nodes and the fact
     * relationships naming them, whose counters it changes) and those facts' opposite polarity (whose
     * {@code against} count it changes). What is left must be the same when only that document changed.
     */
    private static void assertUntouchedAlike(String documentId, List<String> actual, List<String> expected) {
        Set<String> touched = new HashSet<>();
        Set<String> facts = new HashSet<>();
        for (List<String> dump : List.of(actual, expected)) {
            for (String line : dump) {
                if (line.contains(documentId)) {
                    touched.add(GraphDump.identity(line));
                }
                if (line.startsWith("rel Sentence:" + documentId + ":") && line.contains("-MENTIONS-> ")) {
                    touched.add("node " + line.substring(line.indexOf("-> ") + 3, line.indexOf(" {")));
                }
                if (line.startsWith("rel Sentence:" + documentId + ":") && line.contains("-STATES-> Fact:")) {
                    String fact = line.substring(line.indexOf("-> Fact:") + 8, line.indexOf(" {"));
                    facts.add(fact);
                    facts.add(fact.endsWith(":positive") ? fact.replaceFirst(":positive$", ":negative")
                            : fact.replaceFirst(":negative$", ":positive"));
                }
            }
        }
        for (List<String> dump : List.of(actual, expected)) {
            for (String line : dump) {
                String identity = GraphDump.identity(line);
                if (identity.startsWith("node Fact:") && facts.contains(identity.substring("node Fact:".length()))
                        || line.startsWith("rel Entity:") && facts.contains(GraphDump.factOf(line))) {
                    touched.add(identity);
                }
            }
        }
        assertThat(touched).anyMatch(t -> t.startsWith("rel Entity:"));
        assertThat(untouched(touched, actual)).containsExactlyElementsOf(untouched(touched, expected));
    }

    private static List<String> untouched(Set<String> touched, List<String> dump) {
        return dump.stream().filter(l -> !touched.contains(GraphDump.identity(l))).toList();
    }

    /**
     * The text of a sentence in another document that supports a fact and names both its ends, so it states
     * the same fact when it is copied into the edited document.
     */
    private static String sentenceOfAnotherDocumentsFact(Driver driver, String documentId) {
        List<Record> rows = driver.executableQuery("""
                MATCH (a:Entity)-[r]->(b:Entity) WHERE r.fact IS NOT NULL
                MATCH (:Fact {id: r.fact})<-[:STATES]-(s:Sentence) WHERE NOT s.id STARTS WITH $prefix
                RETURN s.text AS text, a.aliases + a.name AS a, b.aliases + b.name AS b ORDER BY s.id, r.fact
                """).withParameters(Map.of("prefix", documentId + ":")).execute().records();
        for (Record row : rows) {
            String text = row.get("text").asString();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean namesA = row.get("a").asList(v -> v.asString().toLowerCase(Locale.ROOT)).stream()
                    .anyMatch(lower::contains);
            boolean namesB = row.get("b").asList(v -> v.asString().toLowerCase(Locale.ROOT)).stream()
                    .anyMatch(lower::contains);
            if (namesA && namesB) {
                return text;
            }
        }
        throw new AssertionError("the sample corpus yields no fact whose sentence names both ends");
    }
}
