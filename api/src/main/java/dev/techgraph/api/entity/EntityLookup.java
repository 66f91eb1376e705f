package dev.techgraph.api.entity;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.model.Kind;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Finds the entity a person means by a name. Every call goes to the one {@link NameResolver}, which owns
 * how names match (aliases, case, spaces, hyphens, short forms) and what a miss answers; this class keeps
 * the methods the endpoints have always called.
 */
@Singleton
public final class EntityLookup {

    /** Longest name accepted anywhere: longer input is a mistake or an attack. */
    public static final int MAX_NAME = 200;

    /** An entity found: its kind label, key and display name. */
    public record Found(String kind, String key, String name) {
    }

    private final NameResolver resolver;

    EntityLookup(NameResolver resolver) {
        this.resolver = resolver;
    }

    /** The entity named, of the kind if one is given (a Framework question also finds a Runtime). */
    public Optional<Found> find(String name, Kind kind) {
        return resolver.find(name, kind);
    }

    /** The entity named, or a 404 whose hints are the closest names. */
    public Found require(String name, Kind kind) {
        return resolver.require(name, kind);
    }

    /** A 404 for a name nothing matches, with close matches (or the entity of another kind) as hints. */
    public ApiException notFound(String name, Kind kind) {
        return resolver.notFound(name, kind);
    }

    /** Up to five names close to {@code name}: same prefix, containing it, or a few letters apart. */
    public List<String> closeMatches(String name, Kind kind) {
        return resolver.closeMatches(name, kind);
    }

    /** Rejects empty and over-long names with a 400. */
    public static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("a name is required", List.of());
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.badRequest("the name is longer than " + MAX_NAME + " characters", List.of());
        }
        return name.strip();
    }
}
