/** Statistics: what the graph holds. */
package dev.techgraph.api.stats;
