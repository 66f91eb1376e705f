package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.store.EmbeddedNeo4j;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors a new user meets first, through the real launcher ({@code ./techgraph serve} on the built jar):
 * each is one line on stderr that says what is wrong and what to do, with a non-zero exit and no stack trace.
 */
class ServeErrorsIT {

    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path temp;

    record Outcome(int exit, List<String> errLines, String out) {
    }

    private Outcome serve(Map<String, String> settings) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("..", "techgraph").toString(), "serve");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TECHGRAPH_") || k.startsWith("NEO4J_"));
        env.put("TECHGRAPH_SKIP_BUILD", "1");
        env.put("JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
        env.put("TECHGRAPH_DATA", temp.resolve("data").toString());
        env.put("TECHGRAPH_PORT", String.valueOf(freePort()));
        env.put("TECHGRAPH_BOLT_PORT", String.valueOf(freePort()));
        env.put("TECHGRAPH_BROWSER_PORT", String.valueOf(freePort()));
        env.putAll(settings);
        Path err = temp.resolve("stderr.txt");
        Path out = temp.resolve("stdout.txt");
        Process process = builder.redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop by itself; stderr: " + Files.readString(err));
        }
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        return new Outcome(process.exitValue(), lines, Files.readString(out));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void assertOneLine(Outcome outcome, int exit) {
        assertThat(outcome.errLines()).as("stderr").hasSize(1);
        assertThat(outcome.errLines().get(0)).startsWith("techgraph: ").doesNotContain("Exception");
        assertThat(outcome.exit()).as("exit code; stderr: %s", outcome.errLines()).isEqualTo(exit);
    }

    @Test
    void shouldNameTheVariableAndValueOfABadSetting() throws Exception {
        Outcome outcome = serve(Map.of("TECHGRAPH_PORT", "abc"));

        assertOneLine(outcome, ServeCommand.BAD_SETTING);
        assertThat(outcome.errLines().get(0)).contains("TECHGRAPH_PORT='abc'").contains("not a port number");
    }

    @Test
    void shouldSayWhichProcessHoldsTheDataFolderOfASecondServe() throws Exception {
        Path data = temp.resolve("held-store");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(data, 0, null, Map.of())) {
            Outcome outcome = serve(Map.of("TECHGRAPH_DATA", data.toString()));

            assertOneLine(outcome, ServeCommand.IN_USE);
            assertThat(outcome.errLines().get(0))
                    .contains("the data folder " + data.toAbsolutePath() + " is in use by process " + PID)
                    .contains("stop that process, or set TECHGRAPH_DATA to another folder");
        }
    }

    @Test
    void shouldSayWhichProcessHoldsTheHttpPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Outcome outcome = serve(Map.of("TECHGRAPH_PORT", String.valueOf(taken.getLocalPort())));

            assertOneLine(outcome, ServeCommand.IN_USE);
            assertThat(outcome.errLines().get(0))
                    .contains("port 127.0.0.1:" + taken.getLocalPort() + " (TECHGRAPH_PORT) is in use by process " + PID)
                    .contains("set TECHGRAPH_PORT to a free port");
        }
    }

    @Test
    void shouldSayWhichProcessHoldsTheBoltPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> settings = new HashMap<>();
            settings.put("TECHGRAPH_BOLT_PORT", String.valueOf(taken.getLocalPort()));
            Outcome outcome = serve(settings);

            assertOneLine(outcome, ServeCommand.IN_USE);
            assertThat(outcome.errLines().get(0))
                    .contains("port 127.0.0.1:" + taken.getLocalPort() + " (TECHGRAPH_BOLT_PORT) is in use by process "
                            + PID)
                    .contains("set TECHGRAPH_BOLT_PORT to a free port");
        }
    }
}
