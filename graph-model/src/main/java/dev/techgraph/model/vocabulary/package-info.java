/**
 * The editable vocabulary of known technologies, use cases and traits: names, aliases, kinds, and the
 * background hints (language, broader concept) that help recognise and type what a text names. The data
 * lives in {@code vocabulary.tsv}, not in code; {@code TECHGRAPH_VOCABULARY} points at another file.
 */
package dev.techgraph.model.vocabulary;
