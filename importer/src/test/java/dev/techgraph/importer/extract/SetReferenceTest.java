package dev.techgraph.importer.extract;

import dev.techgraph.importer.source.Format;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * References to a set beyond the current paragraph ("none of these projects", "neither", "both"): the set the
 * section weighs, with invented names.
 */
class SetReferenceTest {

    private static final String CONTENDERS = """
            # Picking a web framework

            ## The contenders

            - Sparrow: the oldest, with plenty of Tessel plugins.
            - Falcon: small and quick to set up.
            - Kestrel: the newcomer.

            """;

    @Test
    void noneOfTheseAfterAListMeansEveryItemOfTheList() {
        var facts = facts(extract(CONTENDERS + "None of these projects is a good fit for game development.\n",
                Format.MARKDOWN));
        assertThat(facts).contains("Sparrow SUITED_FOR game development negative",
                        "Falcon SUITED_FOR game development negative", "Kestrel SUITED_FOR game development negative")
                .noneMatch(f -> f.startsWith("Tessel SUITED_FOR game development"))
                .noneMatch(f -> f.contains("game development positive"));
        var other = facts(extract(CONTENDERS + "None of them is simple.\n", Format.MARKDOWN));
        assertThat(other).contains("Sparrow HAS_TRAIT simplicity negative", "Falcon HAS_TRAIT simplicity negative",
                        "Kestrel HAS_TRAIT simplicity negative")
                .noneMatch(f -> f.contains("simplicity positive"));
    }

    @Test
    void bothAndNeitherTakeThePairTheSectionHeadingNames() {
        String section = """
                # Four frameworks for a shop

                Sparrow, Falcon, Kestrel and Pecker all came up.

                ## Falcon and Kestrel: for small teams

                """;
        assertThat(facts(extract(section + "Both are simple.\n", Format.MARKDOWN)))
                .contains("Falcon HAS_TRAIT simplicity positive", "Kestrel HAS_TRAIT simplicity positive")
                .doesNotContain("Sparrow HAS_TRAIT simplicity positive");
        assertThat(facts(extract(section + "Neither is a good fit for game development.\n", Format.MARKDOWN)))
                .contains("Falcon SUITED_FOR game development negative", "Kestrel SUITED_FOR game development negative")
                .noneMatch(f -> f.startsWith("Sparrow SUITED_FOR game development"));
    }

    @Test
    void withoutAHeadingAFarPairLendsNothing() {
        var facts = facts("""
                We tried Falcon and Kestrel last year.

                Our shop now runs on Sparrow.

                Neither is a good fit for game development.
                """);
        assertThat(facts).noneMatch(f -> f.startsWith("Falcon SUITED_FOR game development"))
                .noneMatch(f -> f.startsWith("Kestrel SUITED_FOR game development"));
    }

    @Test
    void aSetPairedWithAnotherToolIsNotUsedWithItself() {
        var facts = facts(extract(CONTENDERS + "We pair all of them with Vortex for releases.\n", Format.MARKDOWN));
        assertThat(facts).noneMatch(f -> f.matches("(Sparrow|Falcon|Kestrel) USED_WITH (Sparrow|Falcon|Kestrel) .*"));
    }
}
