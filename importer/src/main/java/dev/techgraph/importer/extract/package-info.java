/**
 * Rule-based extraction, no model: every fact names the rule that produced it.
 *
 * <p>{@link dev.techgraph.importer.extract.RuleExtractor} (the entry point, with {@link
 * dev.techgraph.importer.extract.Extractor}) runs the stages in order, one package each: {@code .text} tokens
 * ({@code Tokenizer}); {@code .mentions} entities by one longest-match pass over a trie of every vocabulary form
 * ({@code Lexicon}, {@code TermTrie}, {@code MentionFinder}), ambiguous names only with support
 * ({@code AmbiguityGuard}), unknown technologies by Hearst patterns ({@code NameDiscovery}); {@code .structure}
 * per sentence, groups and clauses ({@code SentenceView}, {@code ClauseSplitter}) and document structure
 * ({@code Structure}); {@code .polarity} NegEx-style trigger scopes ({@code Negation}); {@code .references}
 * clause subjects and short references ({@code Analysis}, {@code Discourse}); {@code .rules} the relation rules
 * ({@code ConceptRule}, {@code WrittenInRule}, {@code CompilesToRule}, {@code RunsOnRule}, {@code UsedWithRule},
 * {@code ComparedWithRule}, {@code PartOfRule}, {@code HintRule}, ...), which propose facts, with every verdict
 * (negation, hedge, qualifier) from one pass, {@code PolarityPass}, so no rule sets polarity; finally
 * {@code .assembly} ({@code GraphAssembler}) merges facts per entity pair, a negative statement always winning
 * over a positive. A package depends on earlier ones, with two exceptions and no cycle: {@code PhraseConcepts}
 * reads {@code PolarityCues}, and {@code Facts} holds {@code assembly.Fact}s.
 */
package dev.techgraph.importer.extract;
