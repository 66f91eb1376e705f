/** Test support shared by every module's integration tests (published in graph-model's test-jar). */
package dev.techgraph.model.testing;
