package dev.techgraph.importer.extract;

import dev.techgraph.importer.source.Format;
import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Longer unknown names, kind words from data, and the scope of a phrasal negation; invented names. */
class NamesAndScopeTest {

    @Test
    void longerCapitalisedNameBeatsAKnownPrefix() {
        DocumentGraph graph = extract("We route pages with Falcon Pathway and render them with Falcon.");
        assertThat(graph.entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("Falcon Pathway", Kind.LIBRARY), tuple("Falcon", Kind.FRAMEWORK));
    }

    @Test
    void capitalisedConceptAfterAKnownNameMakesAVariantOfItsKind() {
        DocumentGraph hosted = extract("We could host it ourselves, and Vortex Serverless exists if we want it managed.");
        assertThat(hosted.entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("Vortex Serverless", Kind.RUNTIME));
        DocumentGraph analysts = extract("Analysts train small models in the warehouse with Kestrel ML.");
        assertThat(analysts.entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("Kestrel ML", Kind.FRAMEWORK))
                .doesNotContain(tuple("machine learning", Kind.USE_CASE));
    }

    @Test
    void conceptAfterAKnownNameStaysAConceptInLowerCaseAfterAnArticleOrInACell() {
        assertThat(extract("Kestrel is fine for ML and we ship a Kestrel ML service anyway.").entities())
                .extracting(EntityRecord::name).doesNotContain("Kestrel ML");
        assertThat(extract("We deploy Kestrel serverless functions on Fridays.").entities())
                .extracting(EntityRecord::name).doesNotContain("Kestrel serverless");
        assertThat(extract("| Approach | Good for |\n|---|---|\n| Kestrel ML | quick models |\n", Format.MARKDOWN)
                .entities()).extracting(EntityRecord::name).doesNotContain("Kestrel ML");
    }

    @Test
    void identifierWithAnUnderscoreIsANameInAPattern() {
        assertThat(extract("Packages such as zorb_widgets and kestrel_forms imitate native styles.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("zorb_widgets", Kind.LIBRARY), tuple("kestrel_forms", Kind.LIBRARY));
        assertThat(extract("For charts, zorb_plot is a library that draws them quickly.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind).contains(tuple("zorb_plot", Kind.LIBRARY));
        assertThat(extract("Keep the snake_case names, and tools such as grep, in the scripts.").entities())
                .extracting(EntityRecord::name).doesNotContain("snake_case", "grep");
    }

    @Test
    void organisationAfterAKnownNameIsNoTechnology() {
        DocumentGraph graph = extract("The Zorblang Foundation funds work on Zorblang.");
        assertThat(graph.entities()).extracting(EntityRecord::name).doesNotContain("Zorblang Foundation");
    }

    @Test
    void pluralKindWordAfterAKnownNameIsACategoryNotAName() {
        DocumentGraph graph = extract("Teams reach for the Zorblang Compilers when they port old code.");
        assertThat(graph.entities()).extracting(EntityRecord::name).doesNotContain("Zorblang Compilers");
    }

    @Test
    void titleCaseLineMakesNoLongerName() {
        DocumentGraph graph = extract("Can Zorblang Replace the Old Guard?");
        assertThat(graph.entities()).extracting(EntityRecord::name).doesNotContain("Zorblang Replace");
    }

    @Test
    void kindWordFromTheDataFileNamesAnUnknownTool() {
        DocumentGraph graph = extract("Pebblo is a static site generator written in Zorblang.");
        assertThat(graph.entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("Pebblo", Kind.TOOL));
        assertThat(facts(graph)).contains("Pebblo WRITTEN_IN Zorblang positive");
    }

    @Test
    void withoutNegatesItsOwnPhraseNotACoordinatedOneAfterIt() {
        assertThat(facts("Zorblang is known for simplicity without a large community and for high performance."))
                .contains("Zorblang HAS_TRAIT simplicity positive", "Zorblang HAS_TRAIT high performance positive")
                .doesNotContain("Zorblang HAS_TRAIT high performance negative");
        assertThat(facts("Zorblang is not known for simplicity and for high performance."))
                .contains("Zorblang HAS_TRAIT high performance negative");
    }

    @Test
    void formerAndLatterResolveToTheLatestPair() {
        assertThat(facts("Falcon and Sparrow both run on Vortex. The former is well suited for serverless functions. "
                + "The latter is well suited for game development."))
                .contains("Falcon SUITED_FOR serverless functions positive", "Sparrow SUITED_FOR game development positive")
                .doesNotContain("Sparrow SUITED_FOR serverless functions positive",
                        "Falcon SUITED_FOR game development positive");
    }

    @Test
    void formerWithoutAPairResolvesToNothing() {
        assertThat(facts("Falcon runs on Vortex. The former is well suited for serverless functions."))
                .doesNotContain("Falcon SUITED_FOR serverless functions positive");
    }
}
