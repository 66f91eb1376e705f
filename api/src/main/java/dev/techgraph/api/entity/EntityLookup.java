package dev.techgraph.api.entity;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.system.Params;
import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entity a person means by a name: its key, a display name or an alias seen in the texts, or a
 * surface form the vocabulary knows; case, spacing and hyphens do not matter. When nothing matches, it
 * offers the closest names.
 */
@Singleton
public final class EntityLookup {

    /** Longest name accepted anywhere: longer input is a mistake or an attack. */
    public static final int MAX_NAME = 200;

    private static final String FIND = """
            MATCH (e:Entity)
            WHERE (e.key IN $keys OR toLower(e.name) IN $lowers OR any(a IN e.aliases WHERE toLower(a) IN $lowers))
              AND ($kind IS NULL OR $kind IN labels(e))
            RETURN e.kind AS kind, e.key AS key, e.name AS name
            ORDER BY CASE WHEN e:UseCase OR e:Trait THEN 1 ELSE 0 END, CASE WHEN e.key IN $keys THEN 0 ELSE 1 END,
                     e.mentions DESC
            LIMIT 1
            """;

    private static final String NAMES = """
            MATCH (e:Entity) WHERE $kind IS NULL OR $kind IN labels(e)
            RETURN e.name AS name, e.kind AS kind, e.aliases AS aliases
            """;

    /** An entity found: its kind label, key and display name. */
    public record Found(String kind, String key, String name) {
    }

    private final Graph graph;
    private final Vocabulary vocabulary;

    EntityLookup(Graph graph, Vocabulary vocabulary) {
        this.graph = graph;
        this.vocabulary = vocabulary;
    }

    /** The entity named, of the kind if one is given (a Framework question also finds a Runtime). */
    public Optional<Found> find(String name, Kind kind) {
        String text = checked(name);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.of(text));
        for (Term term : vocabulary.bySurface(text)) {
            keys.add(term.key());
        }
        Set<String> lowers = new LinkedHashSet<>();
        lowers.add(text.toLowerCase(Locale.ROOT));
        lowers.add(Keys.of(text));
        Map<String, Object> params = new HashMap<>();
        params.put("keys", List.copyOf(keys));
        params.put("lowers", List.copyOf(lowers));
        params.put("kind", kind == null ? null : kind.label());
        return graph.read(FIND, params).stream().findFirst().map(r -> new Found(r.get("kind").asString(),
                r.get("key").asString(), r.get("name").asString()));
    }

    /** The entity named, or a 404 whose hints are the closest names. */
    public Found require(String name, Kind kind) {
        return find(name, kind).orElseThrow(() -> notFound(name, kind));
    }

    /** A 404 for a name nothing matches, with close matches as hints. */
    public ApiException notFound(String name, Kind kind) {
        List<String> close = closeMatches(name, kind);
        String what = kind == null ? "entity" : kind.label();
        return ApiException.notFound("no " + what + " named '" + Params.shorten(name) + "' in the graph"
                + (close.isEmpty() ? "" : "; did you mean one of the hints?"), close);
    }

    /** Up to five names close to {@code name}: same prefix, containing it, or a few letters apart. */
    public List<String> closeMatches(String name, Kind kind) {
        String wanted = Keys.of(name);
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind == null ? null : kind.label());
        record Scored(String label, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (var row : graph.read(NAMES, params)) {
            String entityName = row.get("name").asString();
            int best = Integer.MAX_VALUE;
            List<String> forms = new ArrayList<>(row.get("aliases").asList(v -> v.asString(""), List.of()));
            forms.add(entityName);
            for (String form : forms) {
                best = Math.min(best, distance(wanted, Keys.of(form)));
            }
            if (best <= Math.max(2, wanted.length() / 3)) {
                scored.add(new Scored(entityName + " (" + row.get("kind").asString() + ")", best));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::label))
                .map(Scored::label).distinct().limit(5).toList();
    }

    /** 0 for contained or prefix matches, else the edit distance. */
    static int distance(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Math.max(a.length(), b.length());
        }
        if (a.length() >= 3 && (b.startsWith(a) || b.contains(a) || a.contains(b) && b.length() >= 3)) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
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
