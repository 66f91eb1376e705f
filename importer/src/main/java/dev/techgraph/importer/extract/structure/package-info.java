/**
 * Stage 3, structure: takes a sentence with its mentions and returns its immutable reading: noun groups and
 * clauses ({@code SentenceView}, {@code Group}, {@code Clause}, {@code ClauseSplitter}); {@code Structure} turns
 * document structure (topic headings, label lines, table cells, list lead-ins) into extra sentences the rules
 * read.
 */
package dev.techgraph.importer.extract.structure;
