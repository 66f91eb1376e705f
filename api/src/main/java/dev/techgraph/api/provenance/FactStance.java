package dev.techgraph.api.provenance;

import dev.techgraph.store.read.Stance;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;

/**
 * What the documents say of one fact, for and against (see {@link Stance}, the one scoring function): the
 * same fact has the same stance and score in every answer.
 *
 * @param type             the relationship type
 * @param subject          the entity it is about
 * @param object           the other entity
 * @param verdict          supported, contested or denied
 * @param score            net document support: documents for minus documents against, a hedged one half
 * @param documentsFor     documents that state it
 * @param hedgedFor        of those, documents that state it only with a hedge
 * @param documentsAgainst documents that deny it
 * @param hedgedAgainst    of those, documents that deny it only with a hedge
 * @param conditional      every document for it hedges (see {@code qualifier})
 * @param qualifier        the hedge of the side answered, if any ("with async frameworks", "not as fast as")
 */
@Serdeable
public record FactStance(String type, String subject, String object, String verdict, double score,
                         long documentsFor, long hedgedFor, long documentsAgainst, long hedgedAgainst,
                         boolean conditional, String qualifier) {

    /** The stance map a query built with {@link Stance#of}, with {@code type}, {@code subject}, {@code object}. */
    public static FactStance of(Value v) {
        return new FactStance(v.get("type").asString(null), v.get("subject").asString(null),
                v.get("object").asString(null), v.get("verdict").asString(null), v.get("score").asNumber().doubleValue(),
                v.get("documentsFor").asLong(0), v.get("hedgedFor").asLong(0), v.get("documentsAgainst").asLong(0),
                v.get("hedgedAgainst").asLong(0), v.get("conditional").asBoolean(false), v.get("qualifier").asString(null));
    }

    public static List<FactStance> list(Value value) {
        List<FactStance> out = new ArrayList<>();
        if (value != null && !value.isNull()) {
            value.values().forEach(v -> out.add(of(v)));
        }
        return out;
    }
}
