/**
 * Extraction: entities by vocabulary and by pattern, relationships by lexical rules with polarity,
 * qualifier and evidence. Rules, not models: every fact names the rule that produced it.
 */
package dev.techgraph.importer.extract;
