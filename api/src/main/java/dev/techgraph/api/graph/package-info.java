/** The graph for drawing: nodes and edges in the UI library's element format, capped. */
package dev.techgraph.api.graph;
