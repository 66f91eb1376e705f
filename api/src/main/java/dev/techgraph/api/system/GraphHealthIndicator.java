package dev.techgraph.api.system;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.techgraph.store.GraphConnection;
import org.neo4j.driver.Driver;

/** {@code GET /health} reports the graph database: reachable or not, where, and what it holds. */
@Singleton
@Readiness
class GraphHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Driver driver;
    private final Database database;
    private final GraphConnection connection;

    GraphHealthIndicator(Driver driver, Database database, GraphConnection connection) {
        this.driver = driver;
        this.database = database;
        this.connection = connection;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("database", connection.toString());
        if (connection.embedded()) {
            details.put("bolt", connection.embeddedBoltUri());
        }
        var row = driver.executableQuery("""
                        CALL dbms.components() YIELD name, versions, edition
                        WITH name, versions, edition LIMIT 1
                        RETURN versions[0] AS version, edition,
                               COUNT { (e:Entity) } AS entities, COUNT { (d:Document) } AS documents
                        """)
                .withConfig(database.query()).execute().records().get(0);
        details.put("version", row.get("version").asString());
        details.put("edition", row.get("edition").asString());
        details.put("entities", row.get("entities").asLong());
        details.put("documents", row.get("documents").asLong());
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "neo4j";
    }
}
