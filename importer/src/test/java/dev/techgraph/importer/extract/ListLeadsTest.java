package dev.techgraph.importer.extract;

import dev.techgraph.importer.source.Format;
import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.EntityRecord;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Names leading the items of a list whose other items lead with known technologies of one kind; invented names. */
class ListLeadsTest {

    @Test
    void unknownLeadDescribedInAListOfKnownPeersTakesTheirKind() {
        String verbs = "# Picking a web layer\n\n- Sparrow is small and quick.\n- Falcon has the larger community.\n"
                + "- Qwixle is the newest of the three.\n";
        assertThat(extract(verbs, Format.MARKDOWN).entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("Qwixle", Kind.FRAMEWORK));
        String labels = "# Scripting options\n\n- Nimbel: terse and old.\n- Plinkar: young, but growing.\n"
                + "- Tessel: typed and strict.\n";
        assertThat(extract(labels, Format.MARKDOWN).entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("Plinkar", Kind.LANGUAGE));
    }

    @Test
    void adviceItemsOneKnownLeadOrMixedKindsTypeNothing() {
        String advice = "# Picking a web layer\n\n- Sparrow is small and quick.\n- Falcon has the larger community.\n"
                + "- Pick whichever your team knows.\n- Qwixle for the rest.\n";
        assertThat(extract(advice, Format.MARKDOWN).entities()).extracting(EntityRecord::name)
                .doesNotContain("Pick", "Qwixle");
        String single = "# Notes\n\n- Sparrow is small and quick.\n- Qwixle is the newest one.\n";
        assertThat(extract(single, Format.MARKDOWN).entities()).extracting(EntityRecord::name)
                .doesNotContain("Qwixle");
        String mixed = "# Notes\n\n- Sparrow is small and quick.\n- Nimbel is terse.\n- Qwixle is the newest one.\n";
        assertThat(extract(mixed, Format.MARKDOWN).entities()).extracting(EntityRecord::name)
                .doesNotContain("Qwixle");
    }
}
