/**
 * The read queries of the graph, one class per feature (technologies, entities, compare, graph, path,
 * similar, use cases, stats, ask), as parameterised text blocks shared by the API's controllers and
 * {@code /api/ask}. Labels and relationship types come from the model's enums, never from input.
 */
package dev.techgraph.store.read;
