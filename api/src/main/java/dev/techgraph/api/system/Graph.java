package dev.techgraph.api.system;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * Runs the API's own reviewed, parameterised read queries: {@code executableQuery} on the one long-lived
 * driver, routed as reads so the database itself refuses any write.
 */
@Singleton
public final class Graph {

    private final Driver driver;
    private final QueryConfig readConfig;

    Graph(Driver driver, Database database) {
        this.driver = driver;
        QueryConfig.Builder builder = QueryConfig.builder().withRouting(RoutingControl.READ);
        if (database.name() != null) {
            builder.withDatabase(database.name());
        }
        this.readConfig = builder.build();
    }

    /** The records of a read query. */
    public List<Record> read(String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher).withParameters(params).withConfig(readConfig).execute().records();
    }

    /** The single record of a read query that always returns exactly one row. */
    public Record readOne(String cypher, Map<String, Object> params) {
        return read(cypher, params).get(0);
    }
}
