package dev.techgraph.store;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.util.Optional;
import org.neo4j.driver.Driver;

/**
 * Applies the versioned schema ({@code classpath:neo4j/migrations/V*.cypher}) before anything is written:
 * uniqueness constraints must exist before the first {@code MERGE}.
 */
public final class Schema {

    private Schema() {
    }

    /** Applies pending migrations and returns the schema version now in place. */
    public static String migrate(Driver driver, String database) {
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withResourceScanner(new MigrationFiles())
                .withInstalledBy("techgraph");
        if (database != null && !database.isBlank()) {
            config.withDatabase(database);
        }
        Migrations migrations = new Migrations(config.build(), driver);
        Optional<?> version = migrations.apply();
        return version.map(Object::toString).orElse("none");
    }
}
