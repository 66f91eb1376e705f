package dev.techgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
class GraphWriterIT {

    private static final EntityRef QUILL = new EntityRef(Kind.FRAMEWORK, "quill");
    private static final EntityRef NIM = new EntityRef(Kind.LANGUAGE, "nim");

    private static DocumentGraph doc(String source, String text, Polarity polarity) {
        var sentence = new SentenceRecord(0, 0, text.length(), text);
        return new DocumentGraph(DocumentInfo.of(source, source, text), List.of(sentence),
                List.of(new EntityRecord(Kind.FRAMEWORK, "quill", "Quill", List.of("Quill")),
                        new EntityRecord(Kind.LANGUAGE, "nim", "Nim", List.of("Nim"))),
                List.of(new MentionRecord(0, QUILL, "Quill", 0, 5), new MentionRecord(0, NIM, "Nim", 20, 23)),
                List.of(new RelationRecord(QUILL, RelationType.WRITTEN_IN, NIM, polarity, null, List.of(0),
                        List.of("test.rule"))));
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }

    @Test
    void shouldSkipUnchangedDocumentAndShareFactsAcrossDocuments(Driver driver) {
        var writer = new GraphWriter(driver, null);
        var first = writer.write(doc("a.txt", "Quill is written in Nim.", Polarity.POSITIVE));
        var again = writer.write(doc("a.txt", "Quill is written in Nim.", Polarity.POSITIVE));
        writer.write(doc("b.txt", "Quill, a framework written in Nim.", Polarity.POSITIVE));

        assertThat(first.status()).isEqualTo(WriteOutcome.Status.NEW);
        assertThat(first.relationsAdded()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(WriteOutcome.Status.UNCHANGED);
        assertThat(count(driver, "MATCH (:Framework {key:'quill'})-[r:WRITTEN_IN]->(:Language) RETURN r.weight"))
                .isEqualTo(2);
        assertThat(count(driver, "MATCH (e:Entity {key:'quill'}) RETURN e.mentions")).isEqualTo(2);

        var removed = writer.remove("a.txt");
        assertThat(removed).isPresent();
        assertThat(count(driver, "MATCH (:Framework {key:'quill'})-[r:WRITTEN_IN]->(:Language) RETURN r.weight"))
                .isEqualTo(1);
        writer.remove("b.txt");
        assertThat(count(driver, "MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isZero();
    }

    private static final EntityRef LOW_COST = new EntityRef(Kind.TRAIT, "low cost");

    /** Quill's trait said by its own name or by its opposite ("pricey"), which the document gives no alias. */
    private static DocumentGraph cost(String source, String text, String surface, boolean opposite) {
        var sentence = new SentenceRecord(0, 0, text.length(), text);
        return new DocumentGraph(DocumentInfo.of(source, source, text), List.of(sentence),
                List.of(new EntityRecord(Kind.FRAMEWORK, "quill", "Quill", List.of("Quill")),
                        new EntityRecord(Kind.TRAIT, "low cost", "low cost", opposite ? List.of() : List.of(surface))),
                List.of(new MentionRecord(0, QUILL, "Quill", 0, 5),
                        new MentionRecord(0, LOW_COST, surface, text.indexOf(surface), text.indexOf(surface) + surface.length())),
                List.of(new RelationRecord(QUILL, RelationType.HAS_TRAIT, LOW_COST,
                        opposite ? Polarity.NEGATIVE : Polarity.POSITIVE, null, List.of(0), List.of("test.rule"))));
    }

    private static List<Object> aliases(Driver driver) {
        return driver.executableQuery("MATCH (e:Entity {key:'low cost'}) RETURN e.aliases").execute().records()
                .get(0).get(0).asList();
    }

    @Test
    void shouldKeepAnOppositeWordOutOfAConceptsAliasesAndRemoveExactlyWhatADocumentAdded(Driver driver) {
        var writer = new GraphWriter(driver, null);
        writer.write(cost("cheap.txt", "Quill hosting is cheap.", "cheap", false));
        writer.write(cost("pricey.txt", "Quill hosting is pricey.", "pricey", true));

        // the opposite word is still a mention (the evidence keeps it) but names no form of the concept
        assertThat(aliases(driver)).containsExactly("cheap");
        assertThat(count(driver, "MATCH (e:Entity {key:'low cost'}) RETURN e.mentions")).isEqualTo(2);
        assertThat(count(driver, "MATCH ()-[m:MENTIONS {surface:'pricey'}]->() RETURN count(m)")).isOne();

        writer.remove("pricey.txt");
        assertThat(aliases(driver)).containsExactly("cheap");
        assertThat(count(driver, "MATCH (e:Entity {key:'low cost'}) RETURN e.mentions")).isOne();
        writer.write(cost("pricey.txt", "Quill hosting is pricey.", "pricey", true));
        writer.remove("cheap.txt");
        assertThat(aliases(driver)).isEmpty();
        assertThat(count(driver, "MATCH (e:Entity {key:'low cost'}) RETURN e.mentions")).isOne();
    }

    @Test
    void shouldReplaceAChangedDocumentsFacts(Driver driver) {
        var writer = new GraphWriter(driver, null);
        writer.write(doc("a.txt", "Quill is written in Nim.", Polarity.POSITIVE));
        var changed = writer.write(doc("a.txt", "Quill is not written in Nim.", Polarity.NEGATIVE));

        assertThat(changed.status()).isEqualTo(WriteOutcome.Status.CHANGED);
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'positive'}]->() RETURN count(r)")).isZero();
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'negative'}]->() RETURN count(r)")).isOne();
        assertThat(count(driver, "MATCH (s:Sentence) RETURN count(s)")).isOne();
        assertThat(count(driver, "MATCH (f:Fact) RETURN count(f)")).isOne();
        assertThat(count(driver, "MATCH (:Sentence)-[st:STATES {polarity:'negative'}]->(:Fact) RETURN count(st)"))
                .isOne();
    }

    @Test
    void shouldKeepOneStatementPerSentenceAndCountDocumentsForAndAgainst(Driver driver) {
        var writer = new GraphWriter(driver, null);
        writer.write(doc("a.txt", "Quill is written in Nim.", Polarity.POSITIVE));
        writer.write(doc("b.txt", "Quill is written in Nim, they say.", Polarity.POSITIVE));
        writer.write(doc("c.txt", "Quill is not written in Nim.", Polarity.NEGATIVE));

        assertThat(count(driver, """
                MATCH (:Framework {key:'quill'})-[r:WRITTEN_IN {polarity:'positive'}]->(:Language {key:'nim'})
                MATCH (f:Fact {id: r.fact})<-[st:STATES]-(:Sentence)
                RETURN count(st)""")).isEqualTo(2);
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'positive'}]->() RETURN r.against")).isOne();
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'negative'}]->() RETURN r.against")).isEqualTo(2);
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'negative'}]->() RETURN r.weight")).isOne();

        writer.remove("a.txt");
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'negative'}]->() RETURN r.against")).isOne();
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'positive'}]->() RETURN r.sentences")).isOne();
        assertThat(count(driver, "MATCH (:Sentence)-[st:STATES]->(:Fact) RETURN count(st)")).isEqualTo(2);
    }

    /** A document of two sentences stating the fact, each with the given qualifier (null: plain). */
    private static DocumentGraph twice(String source, Polarity polarity, String first, String second) {
        // the hedges are in the text, so that a document with other hedges is a changed document
        List<String> texts = List.of("Quill is written in Nim " + first + ".", "Quill is written in Nim " + second + ".");
        int gap = texts.get(0).length() + 1;
        var sentences = List.of(new SentenceRecord(0, 0, gap - 1, texts.get(0)),
                new SentenceRecord(1, gap, gap + texts.get(1).length(), texts.get(1)));
        return new DocumentGraph(DocumentInfo.of(source, source, String.join(" ", texts)), sentences,
                List.of(new EntityRecord(Kind.FRAMEWORK, "quill", "Quill", List.of("Quill")),
                        new EntityRecord(Kind.LANGUAGE, "nim", "Nim", List.of("Nim"))),
                List.of(new MentionRecord(0, QUILL, "Quill", 0, 5), new MentionRecord(1, QUILL, "Quill", gap, gap + 5)),
                List.of(new RelationRecord(QUILL, RelationType.WRITTEN_IN, NIM, polarity, first, List.of(0), List.of("t")),
                        new RelationRecord(QUILL, RelationType.WRITTEN_IN, NIM, polarity, second, List.of(1), List.of("t"))));
    }

    @Test
    void shouldCountDocumentsThatStateAFactOnlyWithAHedgeOnBothSides(Driver driver) {
        var writer = new GraphWriter(driver, null);
        writer.write(twice("hedged.txt", Polarity.POSITIVE, "with plugins", "with plugins"));
        writer.write(twice("mixed.txt", Polarity.POSITIVE, "with plugins", null));
        writer.write(twice("doubt.txt", Polarity.NEGATIVE, "not entirely", "not entirely"));
        String pos = "MATCH ()-[r:WRITTEN_IN {polarity:'positive'}]->() RETURN r.";
        String neg = "MATCH ()-[r:WRITTEN_IN {polarity:'negative'}]->() RETURN r.";

        // a document hedging every statement counts as hedged; one that also says it plainly does not
        assertThat(count(driver, pos + "weight")).isEqualTo(2);
        assertThat(count(driver, pos + "hedged")).isOne();
        assertThat(count(driver, pos + "againstHedged")).isOne();
        assertThat(count(driver, neg + "hedged")).isOne();
        assertThat(count(driver, neg + "againstHedged")).isOne();

        writer.remove("hedged.txt");
        assertThat(count(driver, pos + "hedged")).isZero();
        assertThat(count(driver, neg + "againstHedged")).isZero();
        writer.write(twice("mixed.txt", Polarity.POSITIVE, "with plugins", "with macros"));
        assertThat(count(driver, pos + "hedged")).isOne();
        assertThat(count(driver, neg + "againstHedged")).isOne();

        // V0005 computes the same counts for a store written before the writer kept them
        driver.executableQuery("MATCH ()-[r]->() WHERE r.fact IS NOT NULL REMOVE r.hedged, r.againstHedged").execute();
        try (var in = Schema.class.getResourceAsStream("/neo4j/migrations/V0005__Hedged_document_counts.cypher")) {
            for (String statement : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("(?m)^//.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    driver.executableQuery(statement).execute();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(count(driver, pos + "hedged")).isOne();
        assertThat(count(driver, pos + "againstHedged")).isOne();
        assertThat(count(driver, neg + "hedged")).isOne();
        assertThat(count(driver, neg + "againstHedged")).isOne();
    }

    @Test
    void shouldWriteManyDocumentsInOneCallAsIfOneByOne(Driver driver) {
        var writer = new GraphWriter(driver, null);
        List<DocumentGraph> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add(doc("d" + i + ".txt", "Quill is written in Nim, take " + i + ".",
                    i % 3 == 0 ? Polarity.NEGATIVE : Polarity.POSITIVE));
        }
        List<WriteOutcome> outcomes = new java.util.ArrayList<>();
        writer.writeAll(docs, (d, o) -> outcomes.add(o), (d, e) -> { throw e; });

        assertThat(outcomes).hasSize(30).allMatch(o -> o.status() == WriteOutcome.Status.NEW);
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'positive'}]->() RETURN r.weight")).isEqualTo(20);
        assertThat(count(driver, "MATCH ()-[r:WRITTEN_IN {polarity:'positive'}]->() RETURN r.against")).isEqualTo(10);
        assertThat(count(driver, "MATCH (e:Entity {key:'nim'}) RETURN e.mentions")).isEqualTo(30);
        assertThat(count(driver, "MATCH (e:Entity {key:'nim'}) RETURN e.aliasCounts[0]")).isEqualTo(30);
        assertThat(outcomes.stream().mapToInt(WriteOutcome::relationsAdded).sum()).isEqualTo(2);
    }
}
