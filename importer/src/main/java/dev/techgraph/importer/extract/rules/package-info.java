/**
 * Stage 6, rules: takes the analysis of a sentence and returns the facts it states ({@code Facts}). Each
 * relation rule ({@code Rule}: {@code ConceptRule}, {@code WrittenInRule}, {@code CompilesToRule},
 * {@code RunsOnRule}, {@code UsedWithRule}, {@code ComparedWithRule}, {@code PartOfRule}, {@code HintRule},
 * {@code AuthoredInRule}, {@code CodeNameRule}, {@code PhraseRelationRule}, {@code SideRule}) proposes facts and
 * every verdict (negation, hedge, qualifier) comes from {@code PolarityPass}, so no rule sets polarity. The
 * pass lives here because the rules call it and it reads their cues and facts.
 */
package dev.techgraph.importer.extract.rules;
