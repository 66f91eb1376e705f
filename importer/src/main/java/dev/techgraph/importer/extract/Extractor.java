package dev.techgraph.importer.extract;

import dev.techgraph.importer.text.TextDocument;
import dev.techgraph.model.doc.DocumentGraph;

/** Turns a document's sentences into entities, mentions and relationships. Implementations are thread-safe. */
public interface Extractor {

    DocumentGraph extract(TextDocument document);
}
