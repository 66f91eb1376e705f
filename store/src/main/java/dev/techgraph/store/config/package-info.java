/**
 * TechGraph's configuration: one immutable record read once from the environment, used by {@code serve}
 * and the command line alike, and the list of variables the documentation is checked against.
 */
package dev.techgraph.store.config;
