package dev.techgraph.api.provenance;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;

/**
 * One sentence that supports a fact, with the document it comes from.
 *
 * @param document   the document's title
 * @param documentId the document's id
 * @param sentenceId the sentence's id ({@code <documentId>:<index>})
 * @param sentence   the sentence text
 */
@Serdeable
public record Evidence(String document, String documentId, String sentenceId, String sentence) {

    /** How many sentences an answer cites per fact at most. */
    public static final int MAX = 5;

    /**
     * A Cypher expression giving the evidence maps of the facts whose ids the expression {@code factIds}
     * lists (a fact relationship's {@code fact}): the sentences that state them, at most {@link #MAX}, read
     * through the facts' {@code :Fact} nodes with a limit, so its cost does not grow with the corpus.
     * Sentences of documents not yet published (staged) are not reached. Only ever given expressions
     * written in this code, never user input.
     */
    public static String cypher(String factIds) {
        return "COLLECT { UNWIND " + factIds + " AS fid MATCH (:Fact {id: fid})<-[:STATES]-(es:Sentence)"
                + "<-[:HAS_SENTENCE]-(ed:Document) RETURN DISTINCT {document: ed.title, documentId: ed.id,"
                + " sentenceId: es.id, sentence: es.text} AS evidence LIMIT " + MAX + " }";
    }

    /** Like {@link #cypher(String)}, for an expression listing sentence ids (at most {@link #MAX} are read). */
    public static String ofSentences(String ids) {
        return "[sid IN (" + ids + ")[0.." + MAX + "] | head([(ed:Document)-[:HAS_SENTENCE]->(es:Sentence {id: sid})"
                + " | {document: ed.title, documentId: ed.id, sentenceId: es.id, sentence: es.text}])]";
    }

    /** The evidence maps of a value built by {@link #cypher(String)}; missing sentences are skipped. */
    public static List<Evidence> list(Value value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        for (Value v : value.values()) {
            if (!v.isNull()) {
                out.add(new Evidence(v.get("document").asString(null), v.get("documentId").asString(null),
                        v.get("sentenceId").asString(null), v.get("sentence").asString(null)));
            }
        }
        return out;
    }
}
