package dev.techgraph.api.system;

import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.SessionConfig;

/** The database name every query runs against (null: the server's default). */
public record Database(String name) {

    public SessionConfig session() {
        return name == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(name);
    }

    public QueryConfig query() {
        return name == null ? QueryConfig.defaultConfig() : QueryConfig.builder().withDatabase(name).build();
    }
}
