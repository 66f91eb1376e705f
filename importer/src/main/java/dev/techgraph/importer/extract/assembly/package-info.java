/**
 * Stage 7, assembly: takes the facts of a document and returns its graph ({@code GraphAssembler}): facts
 * ({@code Fact}) merged per entity pair, a negative statement always winning over a positive; {@code Refs}
 * caches entity references per document.
 */
package dev.techgraph.importer.extract.assembly;
