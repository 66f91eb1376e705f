/** The service's plumbing: the graph connection, start-up import of the sample corpus, health, errors. */
package dev.techgraph.api.system;
