package dev.techgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files that decide who reaches a data folder's store: its credential and its service record. */
class AccessFilesTest {

    @TempDir
    Path data;

    @Test
    void theCredentialIsGeneratedOnceOwnerOnlyAndKept() throws IOException {
        BoltCredential first = BoltCredential.forDataDir(data);
        BoltCredential again = BoltCredential.forDataDir(data);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.password()).isEqualTo(first.password()).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(first.password());
    }

    @Test
    void aCredentialFileLeftReadableByOthersIsTightened() throws IOException {
        Path file = Files.writeString(data.resolve(BoltCredential.FILE_NAME), "zorblang-secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        BoltCredential credential = BoltCredential.existing(data).orElseThrow();

        assertThat(credential.password()).isEqualTo("zorblang-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void noCredentialIsMadeUpForAFolderThatHasNone() {
        assertThat(BoltCredential.existing(data)).isEmpty();
        assertThat(Files.exists(data.resolve(BoltCredential.FILE_NAME))).isFalse();
    }

    @Test
    void aRecordOfThisProcessIsRunningAndWithdrawnByItAlone() {
        ServiceRecord record = ServiceRecord.ofThisProcess(7001, -1, 7002);
        record.publish(data);
        record.withHttpPort(8001).publish(data);

        assertThat(ServiceRecord.running(data)).hasValueSatisfying(r -> {
            assertThat(r.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(r.boltUri()).isEqualTo("bolt://127.0.0.1:7001");
            assertThat(r.httpPort()).isEqualTo(8001);
            assertThat(r.browserPort()).isEqualTo(7002);
        });
        ServiceRecord.withdraw(data);
        assertThat(ServiceRecord.running(data)).isEmpty();
        assertThat(Files.exists(data.resolve(ServiceRecord.FILE_NAME))).isFalse();
    }

    @Test
    void anotherLiveProcesssRecordIsNotWithdrawnByThisOne() throws IOException {
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        new ServiceRecord(parent, 7001, 8001, -1, Instant.now()).publish(data);

        ServiceRecord.withdraw(data);

        assertThat(ServiceRecord.running(data)).hasValueSatisfying(r -> assertThat(r.pid()).isEqualTo(parent));
    }

    @Test
    void aRecordWhoseProcessIsGoneIsStaleAndDeleted() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        new ServiceRecord(ended.pid(), 7001, 8001, -1, Instant.now()).publish(data);

        assertThat(ServiceRecord.running(data)).isEmpty();
        assertThat(Files.exists(data.resolve(ServiceRecord.FILE_NAME))).isFalse();
    }

    @Test
    void aRecordOlderThanTheProcessWithItsIdIsStale() {
        // the id now belongs to a process that started after the record was written: not the service
        new ServiceRecord(ProcessHandle.current().pid(), 7001, 8001, -1, Instant.parse("2001-01-01T00:00:00Z"))
                .publish(data);

        assertThat(ServiceRecord.running(data)).isEmpty();
    }

    @Test
    void boltAuthIsOnUnlessTurnedOffExplicitly() {
        assertThat(StoreSettings.from(Map.of()).boltAuth()).isTrue();
        assertThat(StoreSettings.from(Map.of("TECHGRAPH_BOLT_AUTH", "false")).boltAuth()).isFalse();
        assertThat(StoreSettings.from(Map.of("TECHGRAPH_BOLT_AUTH", "true")).boltAuth()).isTrue();
        assertThatThrownBy(() -> StoreSettings.from(Map.of("TECHGRAPH_BOLT_AUTH", "nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TECHGRAPH_BOLT_AUTH");
    }

    @Test
    void theBrowserAddressCarriesTheBoltAddressAndHowToLogIn() {
        BoltCredential credential = BoltCredential.forDataDir(data);

        assertThat(GraphConnection.browserUrl(7474, 7687, credential))
                .isEqualTo("http://127.0.0.1:7474/browser/?dbms=bolt://neo4j@127.0.0.1:7687&preselectAuthMethod=NATIVE");
        assertThat(GraphConnection.browserUrl(7474, 7687, null))
                .isEqualTo("http://127.0.0.1:7474/browser/?dbms=bolt://127.0.0.1:7687&preselectAuthMethod=NO_AUTH");
    }
}
