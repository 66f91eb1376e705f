/**
 * Stage 2, mentions: takes the parsed sentences of a document and returns them with their entity
 * {@code Mention}s: one longest-match pass over a trie of every vocabulary form ({@code Lexicon},
 * {@code TermTrie}, {@code MentionFinder}), ambiguous names only with support ({@code AmbiguityGuard}), unknown
 * technologies from Hearst patterns and the document layout ({@code NameDiscovery}, {@code SiblingNames},
 * {@code TitleNames}, {@code HeadingNames}, {@code ListLeads}, {@code MarkedLeads}, {@code TableNames},
 * {@code CodeNames}, {@code InnerCapitalNames}) and concept phrases ({@code PhraseConcepts}).
 */
package dev.techgraph.importer.extract.mentions;
