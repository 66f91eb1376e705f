package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Lower-case hyphenated package names that start with a known technology; invented names. */
class CodeNamesTest {

    @Test
    void packageNamedAfterAKnownTechnologyIsATechnologyUsedWithIt() {
        DocumentGraph lint = extract("Our nightly job runs zorblang-lint over every service.");
        assertThat(lint.entities()).extracting(EntityRecord::name).contains("zorblang-lint");
        // USED_WITH is symmetric: the graph may store either direction
        assertThat(facts(lint)).containsAnyOf("zorblang-lint USED_WITH Zorblang positive",
                "Zorblang USED_WITH zorblang-lint positive");

        DocumentGraph stubs = extract("Kestrel has a plugin, kestrel-stubs, that understands its models.");
        assertThat(stubs.entities()).extracting(EntityRecord::name).contains("kestrel-stubs");
        assertThat(facts(stubs)).containsAnyOf("kestrel-stubs USED_WITH Kestrel positive",
                "Kestrel USED_WITH kestrel-stubs positive");
    }

    @Test
    void kindWordAfterThePackageNameDecidesItsKind() {
        assertThat(extract("The falcon-admin-kit library renders forms.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind).contains(tuple("falcon-admin-kit", Kind.LIBRARY));
        assertThat(extract("The falcon-admin-kit compiler renders forms.").entities())
                .extracting(EntityRecord::name, EntityRecord::kind).contains(tuple("falcon-admin-kit", Kind.TOOL));
    }

    @Test
    void ambiguousNameInLowerCaseStartsAPackageWhereTheDocumentWritesTheName() {
        DocumentGraph gen = extract("Our services are written in Rust. Queries come from rust-sqlgen, which checks them.");
        assertThat(gen.entities()).extracting(EntityRecord::name).contains("rust-sqlgen");
        assertThat(facts(gen)).containsAnyOf("rust-sqlgen USED_WITH Rust positive", "Rust USED_WITH rust-sqlgen positive");
        assertThat(extract("We ported the tool to Rust, and the rust-promexport crate now serves its metrics.")
                .entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(tuple("rust-promexport", Kind.LIBRARY));
        // no "Rust" written as the language is: an English word; a participle makes an adjective
        assertThat(extract("The old rust-belt towns kept their mills running.").entities())
                .extracting(EntityRecord::name).doesNotContain("rust-belt");
        assertThat(extract("Our backend is Rust. The logo is rust-coloured on a grey field.").entities())
                .extracting(EntityRecord::name).doesNotContain("rust-coloured");
    }

    @Test
    void adjectiveCompoundsCapitalisedCompoundsAndOtherPrefixesAreProse() {
        assertThat(extract("A zorblang-based service with a kestrel-like API and zorblang-only code.").entities())
                .extracting(EntityRecord::name)
                .doesNotContain("zorblang-based", "kestrel-like", "zorblang-only");
        assertThat(extract("A Zorblang-based service talks to Kestrel.").entities())
                .extracting(EntityRecord::name).doesNotContain("Zorblang-based");
        assertThat(extract("See the awesome-kestrel list and the team-zorblang notes.").entities())
                .extracting(EntityRecord::name).doesNotContain("awesome-kestrel", "team-zorblang");
    }
}
