package dev.techgraph.store.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechGraphConfigTest {

    @Test
    void shouldTakeTheDocumentedDefaultsFromAnEmptyEnvironment() {
        TechGraphConfig config = TechGraphConfig.from(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.token()).isNull();
        assertThat(config.writesNeedToken()).isFalse();
        assertThat(config.sampleCorpus()).isTrue();
        assertThat(config.vocabulary()).isNull();
        assertThat(config.store().embedded()).isTrue();
        assertThat(config.store().dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.store().boltPort()).isEqualTo(7687);
        assertThat(config.store().browser()).isTrue();
        assertThat(config.store().browserPort()).isEqualTo(7474);
        assertThat(config.store().username()).isEqualTo("neo4j");
        assertThat(config.store().password()).isEmpty();
        assertThat(config.store().database()).isNull();
    }

    @Test
    void shouldReadEveryVariableItIsGiven(@TempDir Path dir) throws IOException {
        Path vocabulary = Files.writeString(dir.resolve("zorblang.tsv"), "Language | Zorblang\n");
        TechGraphConfig config = TechGraphConfig.from(Map.ofEntries(
                Map.entry("TECHGRAPH_PORT", "9191"), Map.entry("TECHGRAPH_HOST", "0.0.0.0"),
                Map.entry("TECHGRAPH_TOKEN", "s3cret"), Map.entry("TECHGRAPH_SAMPLE_CORPUS", "false"),
                Map.entry("TECHGRAPH_VOCABULARY", vocabulary.toString()), Map.entry("TECHGRAPH_DATA", "/tmp/nimbel"),
                Map.entry("TECHGRAPH_BOLT_PORT", "7999"), Map.entry("TECHGRAPH_BROWSER", "no"),
                Map.entry("TECHGRAPH_BROWSER_PORT", "7998"), Map.entry("NEO4J_URI", "neo4j://graph.example:7687"),
                Map.entry("NEO4J_USERNAME", "reader"), Map.entry("NEO4J_PASSWORD", " pass word "),
                Map.entry("NEO4J_DATABASE", "tech")));

        assertThat(config.port()).isEqualTo(9191);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.token()).isEqualTo("s3cret");
        assertThat(config.sampleCorpus()).isFalse();
        assertThat(config.vocabulary()).isEqualTo(vocabulary);
        assertThat(config.store().dataDir()).isEqualTo(Path.of("/tmp/nimbel"));
        assertThat(config.store().boltPort()).isEqualTo(7999);
        assertThat(config.store().browser()).isFalse();
        assertThat(config.store().browserPort()).isEqualTo(7998);
        assertThat(config.store().embedded()).isFalse();
        assertThat(config.store().uri()).isEqualTo("neo4j://graph.example:7687");
        assertThat(config.store().username()).isEqualTo("reader");
        assertThat(config.store().password()).as("a password is kept exactly").isEqualTo(" pass word ");
        assertThat(config.store().database()).isEqualTo("tech");
    }

    @Test
    void shouldNameTheVariableAndTheValueWhenAPortIsNotANumber() {
        assertThatThrownBy(() -> TechGraphConfig.from(Map.of("TECHGRAPH_PORT", "abc")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("TECHGRAPH_PORT='abc' is not a port number (1-65535): change it, or unset it for the "
                        + "default 8080");
        assertThatThrownBy(() -> TechGraphConfig.from(Map.of("TECHGRAPH_BOLT_PORT", "70000")))
                .hasMessageStartingWith("TECHGRAPH_BOLT_PORT='70000' is not a port number");
    }

    @Test
    void shouldRefuseAYesNoValueItCannotRead() {
        assertThatThrownBy(() -> TechGraphConfig.from(Map.of("TECHGRAPH_SAMPLE_CORPUS", "maybe")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TECHGRAPH_SAMPLE_CORPUS='maybe' is not true or false");
    }

    @Test
    void shouldRefuseAVocabularyFileThatIsNotThere(@TempDir Path dir) {
        Path missing = dir.resolve("nimbel.tsv");
        assertThatThrownBy(() -> TechGraphConfig.from(Map.of("TECHGRAPH_VOCABULARY", missing.toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TECHGRAPH_VOCABULARY='" + missing + "' is not a file");
    }

    @Test
    void shouldTreatABlankValueAsUnset() {
        TechGraphConfig config = TechGraphConfig.from(Map.of("TECHGRAPH_PORT", "  ", "TECHGRAPH_TOKEN", " ",
                "NEO4J_URI", ""));

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.token()).isNull();
        assertThat(config.store().embedded()).isTrue();
    }

    @Test
    void shouldReadTheSameSettingsFromPropertiesAsMicronautNamesThem() {
        TechGraphConfig config = TechGraphConfig.fromProperties(Map.of("neo4j.uri", "bolt://127.0.0.1:7999",
                "techgraph.sample-corpus", "false", "techgraph.token", "t0ken")::get);

        assertThat(config.store().uri()).isEqualTo("bolt://127.0.0.1:7999");
        assertThat(config.sampleCorpus()).isFalse();
        assertThat(config.token()).isEqualTo("t0ken");
        assertThat(Variable.TECHGRAPH_BROWSER_PORT.property()).isEqualTo("techgraph.browser-port");
    }

    @Test
    void shouldNeverPrintTheTokenOrThePassword() {
        TechGraphConfig config = TechGraphConfig.from(Map.of("TECHGRAPH_TOKEN", "zorb-token",
                "NEO4J_URI", "bolt://db:7687", "NEO4J_PASSWORD", "zorb-password"));

        assertThat(config.toString()).doesNotContain("zorb-token").doesNotContain("zorb-password");
    }
}
