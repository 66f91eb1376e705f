package dev.techgraph.importer.extract;

/** A relation rule: reads one analysed sentence and adds the facts it states. Rule ids name the pattern. */
interface Rule {

    void apply(Analysis a, Discourse discourse, Facts out);
}
