/**
 * The importer: documents (txt, md, html, pdf) become plain text with offsets ({@code source}), then
 * sentences ({@code text}), then entities and relationships with polarity and evidence ({@code extract}),
 * which {@code pipeline} writes to Neo4j or {@code export} prints as JSON; {@code cli} is the command line.
 */
package dev.techgraph.importer;
