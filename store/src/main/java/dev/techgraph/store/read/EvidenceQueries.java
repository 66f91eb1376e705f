package dev.techgraph.store.read;

/**
 * The Cypher that reads a fact's evidence: the sentences that state it, through its {@code :Fact} node, a
 * few at most, so an answer's cost does not grow with the corpus.
 */
public final class EvidenceQueries {

    /** How many sentences an answer cites per fact at most. */
    public static final int MAX = 5;

    private EvidenceQueries() {
    }

    /**
     * A Cypher expression giving the evidence maps ({@code document, documentId, sentenceId, sentence}) of
     * the facts whose ids the expression {@code factIds} lists (a fact relationship's {@code fact}), at most
     * {@link #MAX}. Sentences of documents not yet published (staged) are not reached. Only ever given
     * expressions written in this code, never user input.
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
}
