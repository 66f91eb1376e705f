package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Dictionary matching, ambiguity guards and names found by pattern. */
class EntityRecognitionTest {

    private static java.util.List<String> names(DocumentGraph graph) {
        return graph.entities().stream().map(EntityRecord::name).toList();
    }

    @Test
    void ambiguousNameNeedsSupport() {
        assertThat(names(extract("The old bike started to rust in the rain."))).doesNotContain("Rust");
        assertThat(names(extract("Rust and Nimbel are both compiled."))).contains("Rust", "Nimbel");
        assertThat(names(extract("Many teams rewrote the service in Rust last year."))).contains("Rust");
    }

    @Test
    void aliasesPossessivesAndHyphensMatchOneEntity() {
        DocumentGraph graph = extract("Zorb's back-end story is good, and Zorblang helps the backend.");
        assertThat(graph.entities()).filteredOn(e -> e.name().equals("Zorblang")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Zorb", "Zorblang"));
        assertThat(graph.relations()).isNotEmpty();
    }

    @Test
    void hearstPatternsFindUnknownTechnologiesOfTheRightKind() {
        DocumentGraph graph = extract("Libraries such as Glimmer, Frost and Moss are handy. Pebble is a build tool.");
        assertThat(graph.entities()).extracting(EntityRecord::name, EntityRecord::kind).contains(
                tuple("Glimmer", Kind.LIBRARY), tuple("Frost", Kind.LIBRARY), tuple("Moss", Kind.LIBRARY),
                tuple("Pebble", Kind.TOOL));
    }

    @Test
    void namesIntroducedByTheirKindWordAreDiscovered() {
        DocumentGraph graph = extract("""
                We moved Sparrow onto the Glimmerkit library. Its newer Petalwork engine is fast.
                Falcon pairs with a crate called Quillion. Sparrow works with Ormly and Tablet, two popular ORMs.
                Kestrel ships the Mossdrift game engine, and Zorblang uses Brackle (a compiler for small boards).
                Kestrel draws with Lumina, Acme's rendering engine.
                """);
        assertThat(graph.entities()).extracting(EntityRecord::name, EntityRecord::kind).contains(
                tuple("Glimmerkit", Kind.LIBRARY), tuple("Petalwork", Kind.RUNTIME), tuple("Quillion", Kind.LIBRARY),
                tuple("Ormly", Kind.LIBRARY), tuple("Tablet", Kind.LIBRARY), tuple("Mossdrift", Kind.FRAMEWORK),
                tuple("Brackle", Kind.TOOL), tuple("Lumina", Kind.RUNTIME));
    }

    @Test
    void ordinaryCapitalisedWordsAreNotTechnologies() {
        assertThat(names(extract("The team likes frameworks such as these. Many people agree."))).isEmpty();
    }

    @Test
    void conceptsWithoutAFactAreNotExported() {
        assertThat(names(extract("Game development is a large field."))).doesNotContain("game development");
    }
}
