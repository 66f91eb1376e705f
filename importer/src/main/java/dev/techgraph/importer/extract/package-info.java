/**
 * Rule-based extraction, no model: every fact names the rule that produced it.
 *
 * <p>{@link dev.techgraph.importer.extract.RuleExtractor} runs the stages in order: tokens
 * ({@code Tokenizer}); entities by one longest-match pass over a trie of every vocabulary form
 * ({@code Lexicon}, {@code TermTrie}, {@code MentionFinder}), ambiguous names only with support
 * ({@code AmbiguityGuard}), unknown technologies by Hearst patterns ({@code NameDiscovery}); per sentence,
 * groups and clauses ({@code SentenceView}, {@code ClauseSplitter}), clause subjects and short references
 * ({@code Analysis}, {@code Discourse}), then
 * the relation rules ({@code ConceptRule}, {@code WrittenInRule}, {@code CompilesToRule}, {@code RunsOnRule},
 * {@code UsedWithRule}, {@code ComparedWithRule}, {@code PartOfRule}, {@code HintRule}), which propose facts;
 * every verdict (negation, hedge, qualifier) comes from one stage, {@code PolarityPass}, over NegEx-style
 * trigger scopes ({@code Negation}), so no rule sets polarity; finally {@code GraphAssembler} merges facts per entity pair, a negative statement always winning over a positive.
 */
package dev.techgraph.importer.extract;
