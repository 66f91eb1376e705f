package dev.techgraph.api.system;

/** Published after the API imported or removed a document: caches of answers forget what they hold. */
public record GraphChanged(String documentId) {
}
