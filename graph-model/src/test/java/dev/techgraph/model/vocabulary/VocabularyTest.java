package dev.techgraph.model.vocabulary;

import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading and validating vocabulary files, with invented names. */
class VocabularyTest {

    private static Vocabulary parse(String text) {
        return Vocabulary.parse(new StringReader(text), "test.tsv");
    }

    @Test
    void shouldRejectASurfaceFormListedByTwoEntriesNamingBothLines() {
        assertThatThrownBy(() -> parse("""
                Language | Zorblang | Zorb |
                # a comment line still counts as a line
                Framework | Sparrow | Zorb | lang=Zorblang
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.tsv:3")
                .hasMessageContaining("test.tsv:1")
                .hasMessageContaining("'Zorb'")
                .hasMessageContaining("Language Zorblang")
                .hasMessageContaining("Framework Sparrow");
    }

    @Test
    void shouldRejectTwoEntriesWhoseFormsDifferOnlyInCaseOrHyphens() {
        assertThatThrownBy(() -> parse("""
                UseCase | quick prototyping | fast prototypes |
                UseCase | Quick-Prototyping |  |
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.tsv:2")
                .hasMessageContaining("test.tsv:1");
    }

    @Test
    void shouldRejectTheSameFormTwiceInOneEntryButKeepSpellingVariants() {
        assertThatThrownBy(() -> parse("Language | Nimbel | Nimbel lang, nimbel LANG |\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.tsv:1")
                .hasMessageContaining("listed twice");
        Vocabulary variants = parse("Trait | snappy start | snappy-start, snappy start-up |\n");
        assertThat(variants.lookup("snappy-start", EnumSet.of(Kind.TRAIT))).isPresent();
        Vocabulary cased = parse("Tool | quillmake | Quillmake | ambiguous\n");
        assertThat(cased.terms().get(0).surfaceForms()).as("an ambiguous entry matches case-sensitively")
                .containsExactly("quillmake", "Quillmake");
    }

    @Test
    void shouldRejectAnOrganisationThatIsAlsoATechnology() {
        assertThatThrownBy(() -> parse("""
                Tool | Glimmerhost |  |
                Organisation | Acme Widgets | Glimmerhost |
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.tsv:2")
                .hasMessageContaining("test.tsv:1");
    }

    @Test
    void shouldReadOrganisationsApartFromTerms() {
        Vocabulary vocabulary = parse("""
                Language | Zorblang |  |
                Organisation | Acme Widgets | Acme, Acme Corp |
                """);
        assertThat(vocabulary.terms()).extracting(Term::name).containsExactly("Zorblang");
        assertThat(vocabulary.organisation("acme corp")).get().extracting(Organisation::name)
                .isEqualTo("Acme Widgets");
        assertThat(vocabulary.organisation("Zorblang")).isEmpty();
        assertThat(vocabulary.bySurface("Acme")).isEmpty();
    }

    @Test
    void shouldRejectOptionsOnAnOrganisation() {
        assertThatThrownBy(() -> parse("Organisation | Acme Widgets |  | ambiguous\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.tsv:1");
    }

    @Test
    void shouldMarkAmbiguousAndNeedsCueTerms() {
        Vocabulary vocabulary = parse("""
                Language | Quill |  | ambiguous
                Framework | Keystone |  | needs-cue lang=Quill
                Framework | Sparrow |  |
                """);
        Term quill = vocabulary.find(Kind.LANGUAGE, "quill").orElseThrow();
        Term keystone = vocabulary.find(Kind.FRAMEWORK, "keystone").orElseThrow();
        Term sparrow = vocabulary.find(Kind.FRAMEWORK, "sparrow").orElseThrow();
        assertThat(quill.ambiguous()).isTrue();
        assertThat(quill.needsCue()).isFalse();
        assertThat(keystone.ambiguous()).as("needs-cue implies ambiguous").isTrue();
        assertThat(keystone.needsCue()).isTrue();
        assertThat(keystone.language()).isEqualTo("Quill");
        assertThat(sparrow.ambiguous()).isFalse();
    }

    @Test
    void shouldRejectAnUnknownOptionNamingItsLine() {
        assertThatThrownBy(() -> parse("Language | Quill |  |\nLanguage | Nimbel |  | fuzzy\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.tsv:2")
                .hasMessageContaining("fuzzy");
    }

    @Test
    void bundledVocabularyLoadsWithoutDuplicatesAndKnowsItsSources() {
        Vocabulary vocabulary = Vocabulary.bundled();
        Map<String, Term> seen = new HashMap<>();
        for (Term term : vocabulary.terms()) {
            for (String form : term.surfaceForms()) {
                Term before = seen.putIfAbsent(Keys.of(form), term);
                assertThat(before == null || before == term).as("form %s", form).isTrue();
            }
        }
        for (Term term : vocabulary.terms()) {
            for (String language : new String[] {term.language(), term.compiles()}) {
                if (language != null) {
                    assertThat(vocabulary.find(Kind.LANGUAGE, Keys.of(language)))
                            .as("lang=/compiles= %s of %s names a Language entry", language, term.name())
                            .isPresent();
                }
            }
        }
        assertThat(vocabulary.find(Kind.LANGUAGE, "python")).isPresent();
        assertThat(vocabulary.organisation("Apache Software Foundation")).isPresent();
        assertThat(vocabulary.organisations()).hasSizeGreaterThan(50);
    }
}
