/**
 * What the importer extracted from one document, in the shape the writer stores and the JSON export
 * prints: the document, its sentences with offsets, the entities it names, where it names them, and the
 * relationships its sentences state. Immutable records, validated on construction.
 */
package dev.techgraph.model.doc;
