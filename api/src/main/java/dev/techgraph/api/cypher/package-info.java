/** The read-only Cypher console: checked by plan, run in read mode, with a timeout and caps. */
package dev.techgraph.api.cypher;
