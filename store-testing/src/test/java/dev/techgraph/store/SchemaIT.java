package dev.techgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.store.testing.Neo4jExtension;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
class SchemaIT {

    private static Set<String> recorded(Driver driver) {
        Set<String> sources = new TreeSet<>();
        driver.executableQuery("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.source AS source")
                .execute().records().forEach(r -> sources.add(r.get("source").asString()));
        return sources;
    }

    @Test
    void shouldRecordEachBundledMigrationUnderItsFileName(Driver driver) {
        // the quick up-to-date check compares exactly these two sets
        assertThat(Schema.migrationFiles()).isNotEmpty().allMatch(f -> f.matches("V\\d+__.+\\.cypher"));
        assertThat(recorded(driver)).isEqualTo(Schema.migrationFiles());
    }

    @Test
    void shouldLeaveAnUpToDateStoreAsItIsAndReportItsVersion(Driver driver) {
        long before = driver.executableQuery("MATCH (m:__Neo4jMigration) RETURN count(m) AS n").execute()
                .records().get(0).get("n").asLong();

        String version = Schema.migrate(driver, null);

        String last = Schema.migrationFiles().last();
        assertThat(version).isEqualTo(last.substring(1, last.indexOf("__")));
        assertThat(driver.executableQuery("MATCH (m:__Neo4jMigration) RETURN count(m) AS n").execute()
                .records().get(0).get("n").asLong()).isEqualTo(before);
        assertThat(driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").execute()
                .records().get(0).get("n").asLong()).isPositive();
    }
}
