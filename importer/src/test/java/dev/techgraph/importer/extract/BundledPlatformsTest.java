package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Platforms code is built for and runs on, as the bundled vocabulary names them: instruction set architectures and
 * processor families are Runtimes, and a mobile operating system written as a use case's bare alias ("iOS") is the
 * platform when it stands in a list with known runtimes. Sentences are invented.
 */
class BundledPlatformsTest {

    private static final Pipeline PIPELINE = new Pipeline(new RuleExtractor(Vocabulary.bundled()));

    private static DocumentGraph graph(String text) {
        return PIPELINE.extract("test.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT);
    }

    private static List<String> tableEntities(String markdown) {
        return PIPELINE.extract("test.md", markdown.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN).entities()
                .stream().map(e -> e.name() + "=" + e.kind().label()).toList();
    }

    private static List<String> entities(String text) {
        return graph(text).entities().stream().map(e -> e.name() + "=" + e.kind().label()).toList();
    }

    @Test
    void architecturesAreRuntimes() {
        assertThat(entities("Zorbit builds release binaries for x86-64, AArch64 and RISC-V every night."))
                .contains("x86-64=Runtime", "AArch64=Runtime", "RISC-V=Runtime");
        assertThat(entities("Our firmware team ships on Cortex-M4 and nRF52 boards, and tests on amd64 laptops."))
                .contains("Cortex-M=Runtime", "Nordic nRF=Runtime", "x86-64=Runtime");
        assertThat(entities("The old PowerPC and SPARC machines were retired; the new ones run on ARM."))
                .contains("PowerPC=Runtime", "SPARC=Runtime", "ARM=Runtime");
    }

    @Test
    void wordsThatOnlyLookLikeArchitecturesAreNot() {
        assertThat(graph("The mainframe bill is counted in MIPS, so every batch job costs money.").entities())
                .extracting(EntityRecord::name).doesNotContain("MIPS");
        assertThat(graph("Arm Ltd licenses its designs to many chip makers.").entities())
                .extracting(EntityRecord::name).doesNotContain("ARM");
        assertThat(graph("After the crash he could not lift his arm for a week.").entities())
                .extracting(EntityRecord::name).doesNotContain("ARM");
    }

    @Test
    void aMobileSystemListedWithRuntimesIsThePlatform() {
        assertThat(entities("Wasmtime runs on Linux, Windows, iOS and Android without changes."))
                .contains("iOS=Runtime", "Android=Runtime");
        assertThat(entities("Kestrel's desktop client supports macOS and iOS, and the phone app is coming."))
                .contains("iOS=Runtime");
    }

    @Test
    void aMobileSystemOnItsOwnStaysTheUseCase() {
        assertThat(entities("Flutter is a good fit for iOS and Android apps written by one small team."))
                .doesNotContain("iOS=Runtime", "Android=Runtime");
        assertThat(entities("Swift is the usual choice for iOS, while Kotlin is preferred for Android."))
                .doesNotContain("iOS=Runtime", "Android=Runtime")
                .contains("iOS development=UseCase", "Android development=UseCase");
    }

    @Test
    void aTableRowOrColumnOfPlatformsNamesThePlatforms() {
        assertThat(tableEntities("""
                # Sync engines side by side

                | | Zorbsync | Quillbase |
                |---|---|---|
                | Written in | Rust | Kotlin |
                | Platforms | Android | iOS, Android, Flutter |
                """)).contains("iOS=Runtime", "Android=Runtime");
        assertThat(tableEntities("""
                # Password managers

                | Tool | Runs on | Licence |
                |---|---|---|
                | Kestrelpass | iOS | MIT |
                | Tarnvault | Linux, Android | GPL |
                """)).contains("iOS=Runtime", "Android=Runtime");
    }

    @Test
    void aTableRowOfUseCasesKeepsTheUseCase() {
        assertThat(tableEntities("""
                # Cross-platform toolkits

                | | Flutter | Ionic |
                |---|---|---|
                | Language | Dart | TypeScript |
                | Best for | iOS and Android | web apps |
                """)).doesNotContain("iOS=Runtime", "Android=Runtime");
    }
}
