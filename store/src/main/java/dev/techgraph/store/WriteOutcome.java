package dev.techgraph.store;

/**
 * What storing or removing one document did.
 *
 * @param status           NEW, CHANGED, UNCHANGED or REMOVED
 * @param entitiesAdded    entity nodes created
 * @param entitiesRemoved  entity nodes deleted because nothing supports them any more
 * @param relationsAdded   fact relationships created
 * @param relationsRemoved fact relationships deleted because no sentence supports them any more
 */
public record WriteOutcome(String documentId, String source, Status status, int sentences, int entitiesAdded,
                           int entitiesRemoved, int relationsAdded, int relationsRemoved) {

    /** How a document's state in the graph changed. */
    public enum Status { NEW, CHANGED, UNCHANGED, REMOVED }
}
