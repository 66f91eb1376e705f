/**
 * The shared vocabulary of TechGraph: entity kinds, relationship types and polarity, as named in
 * {@code shared/graph-model.md}. Every module speaks in these types; labels and relationship types in
 * Cypher come from these enums, never from user input.
 */
package dev.techgraph.model;
