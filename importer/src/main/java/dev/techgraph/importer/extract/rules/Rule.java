package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;

/** A relation rule: reads one analysed sentence and adds the facts it states. Rule ids name the pattern. */
public interface Rule {

    void apply(Analysis a, Discourse discourse, Facts out);
}
