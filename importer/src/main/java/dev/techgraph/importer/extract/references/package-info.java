/**
 * Stage 5, references: takes a sentence view and the discourse so far and returns the analysis of the
 * sentence: each clause's subject, short references resolved ({@code Analysis}, {@code Discourse}) and
 * comparisons ({@code Comparisons}).
 */
package dev.techgraph.importer.extract.references;
