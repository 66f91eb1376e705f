package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the vocabulary's data decides about names: {@code ambiguous} forms need support, {@code needs-cue}
 * forms need more than a capital letter, and organisations are never technologies. Invented names only.
 */
class VocabularyFlagsTest {

    private static final Pipeline PIPELINE = new Pipeline(new RuleExtractor(Vocabulary.parse(new StringReader("""
            Language | Quill |  | ambiguous
            Framework | Keystone | Keystone.js | needs-cue lang=Quill
            Framework | Sparrow |  |
            Organisation | Acme Widgets | Acme |
            Organisation | Keystone Software Foundation |  |
            """), "test vocabulary")));

    private static List<String> names(String text) {
        return PIPELINE.extract("test.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT).entities()
                .stream().map(EntityRecord::name).toList();
    }

    @Test
    void shouldTakeAnAmbiguousNameCapitalisedInMidSentenceButNotAsAPlainWord() {
        assertThat(names("Last spring our services moved to Quill for good.")).contains("Quill");
        assertThat(names("The old quill pen broke on the desk.")).doesNotContain("Quill");
    }

    @Test
    void shouldNotTakeANeedsCueNameOnItsCapitalLetterAlone() {
        assertThat(names("We read the Keystone report over lunch yesterday.")).doesNotContain("Keystone");
        assertThat(names("Last spring our services moved to Keystone for good.")).doesNotContain("Keystone");
        assertThat(names("Our team works with Keystone Partners on billing.")).doesNotContain("Keystone");
        assertThat(names("Our team works with Quill on billing.")).as("plain ambiguous").contains("Quill");
    }

    @Test
    void shouldTakeANeedsCueNameWithAKindWordASiblingOrADistinctiveForm() {
        assertThat(names("We render every page with the Keystone framework.")).contains("Keystone");
        assertThat(names("Sparrow and Keystone both render pages quickly.")).contains("Keystone", "Sparrow");
        assertThat(names("Our pages moved to Keystone.js last spring.")).contains("Keystone");
        assertThat(names("The admin pages were written in Keystone by one person.")).contains("Keystone");
        assertThat(names("Frameworks such as Keystone render pages on the server.")).as("found by pattern")
                .contains("Keystone");
    }

    @Test
    void shouldTakeNoTechnologyInsideAnOrganisationName() {
        assertThat(names("The Keystone Software Foundation pays for Sparrow and Quill work."))
                .contains("Sparrow")
                .doesNotContain("Keystone");
    }

    @Test
    void shouldNeverDiscoverAnOrganisationAsATechnology() {
        assertThat(names("Acme Widgets is a big framework vendor.")).doesNotContain("Acme Widgets");
        assertThat(names("Glimmer Widgets is a big framework vendor.")).contains("Glimmer Widgets");
        assertThat(names("Frameworks such as Sparrow, Acme and Petalwork render pages."))
                .contains("Sparrow", "Petalwork")
                .doesNotContain("Acme");
    }
}
