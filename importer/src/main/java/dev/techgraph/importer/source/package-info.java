/**
 * Readers that turn a document into plain text: one line per block (paragraph, heading, list item, table
 * cell), a blank line between paragraphs, so sentences never cross a block and references never cross a
 * paragraph.
 */
package dev.techgraph.importer.source;
