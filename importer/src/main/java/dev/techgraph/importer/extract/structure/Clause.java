package dev.techgraph.importer.extract.structure;

/**
 * A clause of a sentence: tokens [from, to).
 *
 * @param role     how it relates to the rest of the sentence
 * @param asserts  false for questions and "whether" clauses: nothing in them is stated as fact
 * @param hedged   "Technically, ...", "While X can ...": only negative facts are kept
 */
public record Clause(int from, int to, Role role, boolean asserts, boolean hedged) {

    /** How a clause relates to the others. */
    public enum Role {
        /** An ordinary clause. */
        MAIN,
        /** A leading subordinate or prepositional phrase ("While ...,", "For real-time apps,"). */
        LEAD,
        /** ", which ..." / ", where ...": about the group just before it. */
        RELATIVE,
        /** After a colon: elaborates the clause before. */
        ELABORATION
    }
}
