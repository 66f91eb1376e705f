/**
 * The TechGraph service: the HTTP API over the graph (by feature: technology, system, ...), the UI's
 * static files, and the command line ({@link dev.techgraph.api.Main}) that starts it.
 */
package dev.techgraph.api;
