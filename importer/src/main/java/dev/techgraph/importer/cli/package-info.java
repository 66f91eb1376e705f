/** The importer's commands of {@code ./techgraph}: extract, import and remove (picocli). */
package dev.techgraph.importer.cli;
