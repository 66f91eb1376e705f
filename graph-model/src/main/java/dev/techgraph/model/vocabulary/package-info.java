/**
 * The editable vocabulary of known technologies, use cases and traits: names, aliases, kinds, the background
 * hints (language, broader concept) that help recognise and type what a text names, how ambiguous a name is
 * ({@code ambiguous}, {@code needs-cue}), and the organisations that are never technologies. The data lives in
 * {@code vocabulary.tsv} and the files beside it ({@link Vocabulary#BUNDLED_FILES}), not in code;
 * {@code TECHGRAPH_VOCABULARY} points at another file. A surface form listed twice is a load error.
 */
package dev.techgraph.model.vocabulary;
