package dev.techgraph.api.system;

import dev.techgraph.api.cypher.CypherWatchdog;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * {@code GET /health} reports the graph database: up or down for everyone; with the bearer token also the
 * version, what the graph holds and the console watchdog's record (see {@link HealthTokenFilter}). No store
 * path, sizes or exception class names, even with the token.
 */
@Singleton
@Readiness
class GraphHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Provider<Driver> driver;
    private final Provider<Database> database;
    private final CypherWatchdog watchdog;

    GraphHealthIndicator(Provider<Driver> driver, Provider<Database> database, CypherWatchdog watchdog) {
        this.driver = driver;
        this.database = database;
        this.watchdog = watchdog;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            var row = driver.get().executableQuery("""
                            CALL dbms.components() YIELD name, versions, edition
                            WITH name, versions, edition LIMIT 1
                            RETURN versions[0] AS version, edition,
                                   COUNT { (e:Entity) } AS entities, COUNT { (d:Document) } AS documents
                            """)
                    .withConfig(database.get().query()).execute().records().get(0);
            details.put("version", row.get("version").asString());
            details.put("edition", row.get("edition").asString());
            details.put("entities", row.get("entities").asLong());
            details.put("documents", row.get("documents").asLong());
            details.put("consoleQueriesStopped", watchdog.terminated());
            details.put("consoleStuck", watchdog.stuck());
            healthStatus = HealthStatus.UP;
        } catch (Neo4jException | IllegalStateException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("database", "unreachable");
        } catch (RuntimeException e) {
            // the connection could not even be set up (start-up without a database)
            healthStatus = HealthStatus.DOWN;
            details.put("database", "not connected");
        }
        return details;
    }

    @Override
    protected String getName() {
        return "neo4j";
    }
}
