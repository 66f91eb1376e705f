package dev.techgraph.store;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema ({@code classpath:neo4j/migrations/V*.cypher}) before anything is written:
 * uniqueness constraints must exist before the first {@code MERGE}.
 *
 * <p>When every migration file is already recorded as applied, one read query says so and the migrations
 * library is not started at all (it costs seconds on each start: its own locks, constraints and checks).
 * That check compares file names; a migration edited after it was applied is reported by the library only
 * when a new migration makes it run again.
 */
public final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);
    private static final String LOCATION = "classpath:neo4j/migrations";

    private static final String APPLIED = """
            MATCH (m:__Neo4jMigration)
            WHERE m.migrationTarget IS NULL AND m.version <> 'BASELINE'
            RETURN collect(m.source) AS sources
            """;

    private Schema() {
    }

    /** Applies pending migrations and returns the schema version now in place. */
    public static String migrate(Driver driver, String database) {
        long started = System.nanoTime();
        TreeSet<String> files = migrationFiles();
        Optional<Set<String>> applied = applied(driver, database);
        if (applied.isPresent() && applied.get().containsAll(files)) {
            String version = files.isEmpty() ? "none" : version(files.last());
            LOG.info("Schema up to date (version {}), checked in {} ms", version,
                    (System.nanoTime() - started) / 1_000_000);
            return version;
        }
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(new MigrationFiles())
                .withInstalledBy("techgraph");
        if (database != null && !database.isBlank()) {
            config.withDatabase(database);
        }
        Migrations migrations = new Migrations(config.build(), driver);
        Optional<?> version = migrations.apply();
        LOG.info("Schema migrated to {} in {} ms", version.map(Object::toString).orElse("none"),
                (System.nanoTime() - started) / 1_000_000);
        return version.map(Object::toString).orElse("none");
    }

    /** The file names of the bundled migrations, in order. */
    static TreeSet<String> migrationFiles() {
        TreeSet<String> names = new TreeSet<>();
        for (URL url : new MigrationFiles().scan(List.of(LOCATION))) {
            String path = url.getPath();
            names.add(path.substring(path.lastIndexOf('/') + 1));
        }
        return names;
    }

    /** The migrations recorded as applied, or empty when that cannot be told (e.g. a read-only user). */
    private static Optional<Set<String>> applied(Driver driver, String database) {
        QueryConfig config = database == null || database.isBlank() ? QueryConfig.defaultConfig()
                : QueryConfig.builder().withDatabase(database).build();
        try {
            List<Object> sources = driver.executableQuery(APPLIED).withConfig(config).execute()
                    .records().get(0).get("sources").asList();
            Set<String> names = new TreeSet<>();
            sources.forEach(s -> names.add(String.valueOf(s)));
            return Optional.of(names);
        } catch (Neo4jException e) {
            LOG.debug("cannot read the applied migrations, running the library: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String version(String fileName) {
        // V0002__Lookup_indexes.cypher -> 0002
        int end = fileName.indexOf("__");
        return end > 1 ? fileName.substring(1, end) : fileName;
    }
}
