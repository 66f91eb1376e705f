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

/** Vocabulary names with a possessive inside them, and cue-needing names supported by a "plus" sibling. */
class NameMatchingTest {

    private static final Pipeline PIPELINE = new Pipeline(new RuleExtractor(Vocabulary.parse(new StringReader("""
            Tool | Let's Zorb | |
            Tool | Kestrel | |
            Library | Quiver | | needs-cue
            Framework | Thimble | | needs-cue
            """), "test vocabulary")));

    private static List<String> names(String text) {
        return PIPELINE.extract("test.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT).entities().stream()
                .map(EntityRecord::name).toList();
    }

    @Test
    void aNameWithAPossessiveInsideIsMatchedWhole() {
        assertThat(names("Kestrel renews its certificates from Let's Zorb every night.")).contains("Let's Zorb");
        assertThat(names("We moved the certificates to Let\u2019s Zorb last year.")).contains("Let's Zorb");
        assertThat(names("Let's zorb the numbers later.")).doesNotContain("Let's Zorb", "Kestrel");
    }

    @Test
    void cueNeedingNamesJoinedByPlusSupportEachOther() {
        assertThat(names("Kestrel (Quiver plus Thimble) does the same job.")).contains("Quiver", "Thimble");
        assertThat(names("Our front end is Quiver plus Thimble on top of Kestrel.")).contains("Quiver", "Thimble");
        assertThat(names("The Quiver team shipped a Thimble last week.")).doesNotContain("Quiver", "Thimble");
    }
}
