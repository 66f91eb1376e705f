/** Paths: the shortest chains of facts that link two entities, each step with its evidence. */
package dev.techgraph.api.path;
