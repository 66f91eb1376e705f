/**
 * Stage 1, text: takes the sentences of a document and returns {@code ParsedSentence}s, each an immutable token
 * list ({@code Token}, {@code Tokenizer}) with a slot for its {@code Mention}s; also holds the word lists every
 * later stage reads ({@code Verbs}, {@code KindWords}, {@code ModifierHeads}) and the data-file reader
 * ({@code DataFile}).
 */
package dev.techgraph.importer.extract.text;
