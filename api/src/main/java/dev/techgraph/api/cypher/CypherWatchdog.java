package dev.techgraph.api.cypher;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops and reports any console transaction still running past its timeout: every second it lists the
 * transactions marked with the console's metadata ({@code SHOW TRANSACTIONS}), terminates those older than
 * the timeout plus {@link #GRACE} ({@code TERMINATE TRANSACTIONS}), and counts as <em>stuck</em> those that
 * are still there a grace period after they were told to stop (a thread that does not look at its
 * termination flag). While one is stuck, the console refuses new queries with 503; other endpoints are not
 * affected.
 */
@Singleton
public final class CypherWatchdog {

    /** How long past its timeout a transaction may take to notice it was stopped. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(CypherWatchdog.class);

    private static final String LIST = """
            SHOW TRANSACTIONS YIELD transactionId, elapsedTime, metaData, status, currentQuery
            WHERE metaData.app = $app
            RETURN transactionId AS id, elapsedTime.milliseconds AS millis, status, currentQuery AS query
            """;

    private final Provider<Driver> driver;
    private final Duration timeout;
    private final AtomicLong terminated = new AtomicLong();
    private volatile Set<String> stuck = Set.of();

    CypherWatchdog(Provider<Driver> driver, @Value("${techgraph.cypher.timeout:5s}") Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    /** One round: stop what outlived its timeout, note what did not stop. */
    @Scheduled(fixedDelay = "${techgraph.cypher.watchdog-interval:1s}", initialDelay = "1s")
    public void patrol() {
        try {
            List<Record> running = driver.get().executableQuery(LIST)
                    .withParameters(Map.of("app", ReadOnlyCypher.METADATA.get("app"))).execute().records();
            long stopAfter = timeout.plus(GRACE).toMillis();
            long stuckAfter = timeout.plus(GRACE).plus(GRACE).toMillis();
            List<String> toStop = new ArrayList<>();
            List<String> stillThere = new ArrayList<>();
            for (Record r : running) {
                long millis = r.get("millis").asLong(0);
                String id = r.get("id").asString();
                boolean told = r.get("status").asString("").startsWith("Terminated");
                if (!told && millis > stopAfter) {
                    toStop.add(id);
                    LOG.warn("console transaction {} still running after {} ms (timeout {} s); terminating it: {}",
                            id, millis, timeout.toSeconds(), shorten(r.get("query").asString("")));
                } else if (told && millis > stuckAfter) {
                    stillThere.add(id);
                }
            }
            if (!toStop.isEmpty()) {
                driver.get().executableQuery("TERMINATE TRANSACTIONS $ids").withParameters(Map.of("ids", toStop))
                        .execute();
                terminated.addAndGet(toStop.size());
            }
            if (!stillThere.isEmpty() && !Set.copyOf(stillThere).equals(stuck)) {
                LOG.warn("console transactions {} were terminated but have not stopped; /api/cypher refuses new "
                        + "queries until they are gone", stillThere);
            }
            stuck = Set.copyOf(stillThere);
        } catch (RuntimeException e) { // the database is down or busy: next round
            LOG.debug("watchdog round skipped: {}", e.getMessage());
        }
    }

    /** True while a terminated console transaction has not stopped. */
    public boolean stuck() {
        return !stuck.isEmpty();
    }

    /** Console transactions terminated by the watchdog since start. */
    public long terminated() {
        return terminated.get();
    }

    /** The ids of transactions that were terminated and have not stopped. */
    public Set<String> stuckTransactions() {
        return stuck;
    }

    private static String shorten(String query) {
        String q = query.replaceAll("\\s+", " ");
        return q.length() > 200 ? q.substring(0, 200) + "..." : q;
    }
}
