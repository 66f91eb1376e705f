package dev.techgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.DocumentInfo;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.doc.SentenceRecord;
import dev.techgraph.store.testing.Neo4jExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Documents larger than one transaction: written in bounded pieces, published all at once, and never
 * half-visible when a piece fails. The documents are generated (invented names, no real text).
 */
@ExtendWith(Neo4jExtension.class)
class LargeDocumentIT {

    private static final EntityRef ZORB = new EntityRef(Kind.FRAMEWORK, "zorbframe");
    private static final EntityRef NIMBEL = new EntityRef(Kind.LANGUAGE, "nimbel");

    /**
     * A generated document of about {@code megabytes} MB: sentences of 1,000 characters, each naming
     * Zorbframe, every fourth also Nimbel and stating that Zorbframe is written in it.
     */
    private static DocumentGraph generated(String source, int megabytes, boolean duplicateLastSentence) {
        int count = megabytes * 1_000;
        String filler = " and the Zorbframe team kept adding pages to this generated text".repeat(16);
        List<SentenceRecord> sentences = new ArrayList<>();
        List<MentionRecord> mentions = new ArrayList<>();
        List<Integer> stating = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String sentence = ("Zorbframe is written in Nimbel, part " + i + filler).substring(0, 999) + ".";
            int start = text.length();
            text.append(sentence).append(' ');
            int index = duplicateLastSentence && i == count - 1 ? i - 1 : i;
            sentences.add(new SentenceRecord(index, start, start + sentence.length(), sentence));
            mentions.add(new MentionRecord(index, ZORB, "Zorbframe", 0, 9));
            if (i % 4 == 0) {
                mentions.add(new MentionRecord(index, NIMBEL, "Nimbel", 24, 30));
                stating.add(index);
            }
        }
        return new DocumentGraph(DocumentInfo.of(source, source, text.toString()), sentences,
                List.of(new EntityRecord(Kind.FRAMEWORK, "zorbframe", "Zorbframe", List.of("Zorbframe")),
                        new EntityRecord(Kind.LANGUAGE, "nimbel", "Nimbel", List.of("Nimbel"))),
                mentions,
                List.of(new RelationRecord(ZORB, RelationType.WRITTEN_IN, NIMBEL, Polarity.POSITIVE, null, stating,
                        List.of("test.written"))));
    }

    private static DocumentGraph small(String source) {
        String text = "Zorbframe is written in Nimbel.";
        return new DocumentGraph(DocumentInfo.of(source, source, text), List.of(new SentenceRecord(0, 0, 31, text)),
                List.of(), List.of(new MentionRecord(0, ZORB, "Zorbframe", 0, 9),
                        new MentionRecord(0, NIMBEL, "Nimbel", 24, 30)),
                List.of(new RelationRecord(ZORB, RelationType.WRITTEN_IN, NIMBEL, Polarity.POSITIVE, null,
                        List.of(0), List.of("test.written"))));
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }

    @Test
    void shouldImportATwentyMegabyteDocumentAndRemoveIt(Driver driver) {
        var writer = new GraphWriter(driver, null);
        writer.write(small("small.txt"));
        DocumentGraph large = generated("large.txt", 20, false);
        long chars = large.sentences().stream().mapToLong(s -> s.text().length()).sum();
        assertThat(chars).isGreaterThan(GraphWriter.MAX_TX_CHARS * 4);

        var outcome = writer.write(large);

        assertThat(outcome.status()).isEqualTo(WriteOutcome.Status.NEW);
        assertThat(count(driver, "MATCH (:Document {source:'large.txt'})-[:HAS_SENTENCE]->(s) RETURN count(s)"))
                .isEqualTo(large.sentences().size());
        assertThat(count(driver, "MATCH (d:StagedDocument) RETURN count(d)")).isZero();
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN]->() RETURN r.weight")).isEqualTo(2);
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN]->() RETURN r.sentences"))
                .isEqualTo(1 + large.sentences().size() / 4);
        assertThat(count(driver, "MATCH (e:Entity {key:'zorbframe'}) RETURN e.mentions"))
                .isEqualTo(1 + large.sentences().size());
        assertThat(writer.write(large).status()).isEqualTo(WriteOutcome.Status.UNCHANGED);

        assertThat(writer.remove("large.txt")).isPresent();

        assertThat(count(driver, "MATCH (s:Sentence) RETURN count(s)")).isOne();
        assertThat(count(driver, "MATCH (d) WHERE d:RetiredDocument OR d:StagedDocument RETURN count(d)")).isZero();
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN]->() RETURN r.weight")).isOne();
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN]->() RETURN r.sentences")).isOne();
        assertThat(count(driver, "MATCH (e:Entity {key:'zorbframe'}) RETURN e.mentions")).isOne();
    }

    @Test
    void shouldLeaveNothingOfALargeDocumentWhosePieceFails(Driver driver) {
        var writer = new GraphWriter(driver, null);
        writer.write(small("small.txt"));
        String before = snapshot(driver);
        // the last sentence repeats the previous index: its piece breaks the sentence id constraint
        DocumentGraph broken = generated("broken.txt", 6, true);

        assertThatThrownBy(() -> writer.write(broken)).isInstanceOf(RuntimeException.class);

        assertThat(snapshot(driver)).isEqualTo(before);
    }

    /** Counts and counters that any leftover of a failed write would change. */
    private static String snapshot(Driver driver) {
        return driver.executableQuery("""
                CALL () { MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH (e:Entity) RETURN collect([e.key, e.mentions, e.aliases, e.aliasCounts]) AS entities }
                CALL () { MATCH ()-[r:WRITTEN_IN]->() RETURN collect([r.weight, r.sentences, r.rules]) AS facts }
                RETURN nodes, relationships, entities, facts
                """).execute().records().get(0).asMap().toString();
    }
}
