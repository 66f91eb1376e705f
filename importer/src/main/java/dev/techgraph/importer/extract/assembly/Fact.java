package dev.techgraph.importer.extract.assembly;

import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

/** One relationship one sentence states, with the rule that found it. */
public record Fact(Term source, RelationType type, Term target, Polarity polarity, String qualifier, String rule,
            int sentence) {
}
