/** The extraction export: what was extracted, as JSON in the shape of {@code shared/graph-model.md}. */
package dev.techgraph.importer.export;
