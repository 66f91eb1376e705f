package dev.techgraph.importer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/** The importer's write policy: transient failures are tried again, others fail at once. */
class WriteRetryTest {

    private static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";

    @Test
    void shouldWriteAgainAfterDeadlocksUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = new WriteRetry(Duration.ofSeconds(30)).run("zorblang.md", () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new TransientException(DEADLOCK, "deadlock with another writer");
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void shouldNotRetryAClientError() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new WriteRetry(Duration.ofSeconds(30)).run("nimbel.md", () -> {
            attempts.incrementAndGet();
            throw new ClientException("Neo.ClientError.Statement.SyntaxError", "bad");
        })).isInstanceOf(ClientException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void shouldGiveUpWhenTheBudgetIsSpent() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new WriteRetry(Duration.ZERO).run("nimbel.md", () -> {
            attempts.incrementAndGet();
            throw new TransientException(DEADLOCK, "deadlock");
        })).isInstanceOf(TransientException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void shouldTellTransientFromPermanentByStatusCode() {
        assertThat(WriteRetry.transient_(new TransientException(DEADLOCK, "x"))).isTrue();
        assertThat(WriteRetry.transient_(new RuntimeException(new TransientException(DEADLOCK, "x")))).isTrue();
        assertThat(WriteRetry.transient_(new TransientException(
                "Neo.TransientError.General.TransactionMemoryLimit", "too big"))).isFalse();
        assertThat(WriteRetry.transient_(new IllegalStateException("no"))).isFalse();
    }
}
