/** Sentences with character offsets into the document's plain text, never crossing a block. */
package dev.techgraph.importer.text;
