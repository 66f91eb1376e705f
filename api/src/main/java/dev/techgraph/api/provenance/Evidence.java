package dev.techgraph.api.provenance;

import dev.techgraph.store.read.EvidenceQueries;
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
    public static final int MAX = EvidenceQueries.MAX;

    /** See {@link EvidenceQueries#cypher(String)}. */
    public static String cypher(String factIds) {
        return EvidenceQueries.cypher(factIds);
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
