package dev.techgraph.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.ServiceRecord;
import dev.techgraph.store.StoreSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import picocli.CommandLine;

/**
 * import and remove write into the graph of {@code TECHGRAPH_DATA} and no other: through the service that
 * runs on that folder, else into the folder's own store, never into whatever answers on
 * {@code TECHGRAPH_BOLT_PORT}; and they say which graph first.
 */
class CommandTargetIT {

    @TempDir
    Path dir;

    private record Run(int code, String err) {
        String firstLine() {
            return err.lines().filter(l -> !l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d+ .*")).findFirst().orElse("");
        }
    }

    private static Run run(ImportCommand command, Map<String, String> env, String... args) {
        command.store.environment = env;
        return run((Object) command, args);
    }

    private static Run run(RemoveCommand command, Map<String, String> env, String... args) {
        command.store.environment = env;
        return run((Object) command, args);
    }

    private static Run run(Object command, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(command).execute(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static long documents(Driver driver) {
        return driver.executableQuery("MATCH (d:Document) RETURN count(d)").execute().records().get(0).get(0).asLong();
    }

    private static StoreSettings embedded(Path data) {
        return new StoreSettings(null, null, null, null, data, 0, false, 0, true);
    }

    @Test
    void importIntoAnotherDataFolderNeverTouchesTheRunningServicesGraph() throws IOException {
        Path serviceData = dir.resolve("service-data");
        Path otherData = dir.resolve("other-data");
        Path article = Files.writeString(dir.resolve("zorblang.md"), "# Zorblang\n\nQuill is written in Python.\n");
        try (GraphConnection service = GraphConnection.open(embedded(serviceData))) {
            int servicePort = ServiceRecord.running(serviceData).orElseThrow().boltPort();
            // the other folder once had a service on the same port, killed without cleaning up
            Files.createDirectories(otherData);
            new ServiceRecord(deadPid(), servicePort, -1, -1, Instant.now()).publish(otherData);

            Run other = run(new ImportCommand(), Map.of("TECHGRAPH_DATA", otherData.toString(),
                    "TECHGRAPH_BOLT_PORT", Integer.toString(servicePort)), "--no-progress", article.toString());
            Run removeOther = run(new RemoveCommand(), Map.of("TECHGRAPH_DATA", otherData.toString(),
                    "TECHGRAPH_BOLT_PORT", Integer.toString(servicePort)), "/not/imported.md");

            assertThat(other.code()).isZero();
            assertThat(other.firstLine()).isEqualTo("graph: data folder " + otherData.toAbsolutePath()
                    + " (opened by this command; no service runs on it)");
            assertThat(other.err()).contains("documents: 1 new");
            assertThat(removeOther.code()).isOne();
            assertThat(removeOther.firstLine()).startsWith("graph: data folder " + otherData.toAbsolutePath());
            assertThat(removeOther.err()).contains("not in the graph: /not/imported.md");
            assertThat(documents(service.driver())).isZero();
            assertThat(Files.exists(otherData.resolve(ServiceRecord.FILE_NAME))).as("stale record removed").isFalse();

            Run same = run(new ImportCommand(), Map.of("TECHGRAPH_DATA", serviceData.toString()),
                    "--no-progress", article.toString());

            assertThat(same.code()).isZero();
            assertThat(same.firstLine()).isEqualTo("graph: data folder " + serviceData.toAbsolutePath()
                    + " (through the running service, pid " + ProcessHandle.current().pid() + ", Bolt "
                    + service.embeddedBoltUri() + ")");
            assertThat(documents(service.driver())).isOne();
        }
        assertThat(Files.exists(serviceData.resolve(ServiceRecord.FILE_NAME))).as("record removed on close").isFalse();
        try (GraphConnection other = GraphConnection.openForCommand(embedded(otherData), graph -> { })) {
            assertThat(documents(other.driver())).as("the import went to the other folder's own store").isOne();
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws IOException {
        Process process = new ProcessBuilder("true").start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.pid();
    }
}
