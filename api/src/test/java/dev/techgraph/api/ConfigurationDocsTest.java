package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.store.config.Variable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The settings are documented in the README's configuration table and in {@code ./techgraph --help}; both
 * must say what {@link Variable} says, so they cannot drift from what the code reads.
 */
class ConfigurationDocsTest {

    private static final Path ROOT = Path.of("..");

    private static List<String> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("| variable | default | meaning |");
        assertThat(start).as("README has a configuration table headed '| variable | default | meaning |'")
                .isNotNegative();
        List<String> table = new ArrayList<>();
        for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            table.add(lines.get(i));
        }
        return table;
    }

    private static String help() {
        StringWriter out = new StringWriter();
        Main.commandLine().setOut(new PrintWriter(out)).execute("--help");
        return out.toString();
    }

    @Test
    void shouldHaveTheReadmeConfigurationTableListEveryVariableAsTheCodeDoes() throws IOException {
        assertThat(readmeTable())
                .as("README's configuration table; replace it with:%n%s", String.join("\n", Variable.readmeTable()))
                .containsExactlyElementsOf(Variable.readmeTable());
    }

    @Test
    void shouldListEveryVariableInTheHelpWithinItsWidth() {
        String help = help();

        for (Variable variable : Variable.values()) {
            assertThat(help).contains("  " + variable.name() + " ");
        }
        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Main.WIDTH));
    }

    @Test
    void shouldListInTheHelpEveryVariableTheReadmeMentions() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String help = help();
        List<String> mentioned = new ArrayList<>();
        var matcher = Pattern.compile("`((?:TECHGRAPH|NEO4J)_[A-Z_]+)`").matcher(readme);
        while (matcher.find()) {
            mentioned.add(matcher.group(1));
        }

        assertThat(mentioned).isNotEmpty().allSatisfy(name -> assertThat(help).contains("  " + name + " "));
    }

    @Test
    void shouldHaveTheLauncherUseTheDocumentedJavaOptionsAndBuildSwitch() throws IOException {
        String launcher = Files.readString(ROOT.resolve("techgraph"), StandardCharsets.UTF_8);

        // shown as "`base options`, plus `extra options` for `serve` on a store under N MB"
        var shown = Pattern.compile("`([^`]+)`, plus `([^`]+)` for `serve` on a store under (\\d+) MB")
                .matcher(Variable.JAVA_OPTS.shownDefault());
        assertThat(shown.matches()).as(Variable.JAVA_OPTS.shownDefault()).isTrue();
        assertThat(launcher).contains("java_opts=\"" + shown.group(1) + "\"")
                .contains("-lt " + Integer.parseInt(shown.group(3)) * 1024 + " ] && java_opts=\"$java_opts "
                        + shown.group(2) + "\"")
                .contains("JAVA_OPTS:-$java_opts");
        assertThat(launcher).contains(Variable.TECHGRAPH_SKIP_BUILD.name());
        assertThat(Arrays.stream(Variable.values()).filter(Variable::launcherOnly).map(Variable::name))
                .containsExactlyInAnyOrder("TECHGRAPH_SKIP_BUILD", "JAVA_OPTS");
    }

    @Test
    void shouldReadNoSettingFromTheEnvironmentInApplicationYml() throws IOException {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"), StandardCharsets.UTF_8);

        assertThat(yml).doesNotContain("${TECHGRAPH_").doesNotContain("${NEO4J_");
    }
}
