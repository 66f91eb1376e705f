package dev.techgraph.importer.source;

/** Reads one format into plain text blocks. */
interface FormatReader {

    /** @param source names the document in messages and in the graph */
    PlainText read(String source, byte[] content);
}
