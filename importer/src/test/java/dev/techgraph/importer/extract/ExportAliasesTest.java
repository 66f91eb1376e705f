package dev.techgraph.importer.extract;

import dev.techgraph.importer.export.Export;
import dev.techgraph.model.doc.DocumentGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exported concept's aliases are the words that name it: a word that states its opposite ("slower" for
 * high performance) is evidence of a negative fact, and listed as an alias it would read as the concept itself.
 */
class ExportAliasesTest {

    private static List<String> aliasesOf(String concept, String... texts) {
        List<DocumentGraph> graphs = java.util.Arrays.stream(texts).map(Extraction::extract).toList();
        return Export.of(graphs).entities().stream().filter(e -> e.name().equals(concept)).findFirst()
                .orElseThrow(() -> new AssertionError(concept + " not exported")).aliases();
    }

    @Test
    void anOppositeWordIsNoAliasOfTheConcept() {
        assertThat(Extraction.facts("Zorblang is sluggish on large inputs."))
                .contains("Zorblang HAS_TRAIT high performance negative");
        assertThat(aliasesOf("high performance", "Zorblang is sluggish on large inputs.",
                "Kestrel feels slower than Falcon in every benchmark we ran."))
                .doesNotContain("sluggish", "slower");
    }

    @Test
    void theConceptsOwnWordsStayAliasesBesideAnOpposite() {
        assertThat(aliasesOf("high performance", "Falcon is fast.", "Sparrow is the slowest of the three."))
                .contains("fast").doesNotContain("slowest");
        assertThat(aliasesOf("maintainability", "Kestrel code is hard to maintain.",
                "Falcon apps stay maintainable for years."))
                .contains("maintainable").doesNotContain("hard to maintain");
    }
}
