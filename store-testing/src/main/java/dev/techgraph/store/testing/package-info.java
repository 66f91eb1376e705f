/** Test support shared by every module's integration tests (a main-source module, so no build needs a test jar). */
package dev.techgraph.store.testing;
