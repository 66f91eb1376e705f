/**
 * Stage 4, polarity scopes: takes a sentence view and returns NegEx-style trigger scopes and the verdict they
 * give a span ({@code Negation}, {@code Negation.Verdict}), from the cue lists of {@code PolarityCues}. The
 * verdict of a fact is decided in one place, {@code rules.PolarityPass}, which reads these scopes.
 */
package dev.techgraph.importer.extract.polarity;
