/** Runs read → split → extract for files and uploads, and writes the results to the graph with a summary. */
package dev.techgraph.importer.pipeline;
