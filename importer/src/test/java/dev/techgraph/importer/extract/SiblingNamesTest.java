package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.EntityRecord;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Unknown names listed among known technologies of one kind take that kind; invented names. */
class SiblingNamesTest {

    @Test
    void unknownNameListedAmongTwoPeersOfOneKindTakesTheirKind() {
        assertThat(extract("We compared Sparrow, Falcon and Qwixle for the admin pages.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind).contains(tuple("Qwixle", Kind.FRAMEWORK));
        assertThat(extract("For scripting, Nimbel, Tessel or Plinkar would all do.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind).contains(tuple("Plinkar", Kind.LANGUAGE));
    }

    @Test
    void aListSentenceIsNoTitleForBeingFullOfNames() {
        assertThat(extract("Teams replaced Sparrow, Falcon and Qwixle.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind).contains(tuple("Qwixle", Kind.FRAMEWORK));
        assertThat(extract("We use Nimbel, Tessel and Plinkar in production.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind).contains(tuple("Plinkar", Kind.LANGUAGE));
    }

    @Test
    void oneKnownPeerOrPeersOfDifferentKindsTypeNothing() {
        assertThat(extract("We wrote the service with Sparrow and Qwixle over a weekend.").entities())
                .extracting(EntityRecord::name).doesNotContain("Qwixle");
        assertThat(extract("The stack is Nimbel, Sparrow and Qwixle behind a proxy.").entities())
                .extracting(EntityRecord::name).doesNotContain("Qwixle");
        assertThat(extract("Qwixle, Sparrow and Falcon were on the shortlist.").entities())
                .extracting(EntityRecord::name).doesNotContain("Qwixle");
    }
}
