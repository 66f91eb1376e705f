/**
 * Where the graph lives and how it is read and written: the in-process Neo4j used when no server is
 * configured, the connection settings, the versioned schema, and the Cypher that stores a document's
 * extraction idempotently.
 */
package dev.techgraph.store;
