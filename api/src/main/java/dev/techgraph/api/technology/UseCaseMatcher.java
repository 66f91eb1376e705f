package dev.techgraph.api.technology;

import dev.techgraph.api.system.GraphChanged;
import io.micronaut.runtime.event.annotation.EventListener;

import dev.techgraph.api.entity.NameResolver;
import dev.techgraph.api.system.Graph;
import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches what a user types for a use case ("realtime", "real-time", "real time apps", "backend") to the
 * keys of use cases: names and aliases of the graph's use cases and of the vocabulary, compared without
 * case, spaces, hyphens and generic words ("applications", "development"), then widened to the
 * vocabulary's narrower concepts (the graph's own PART_OF hierarchy is followed by the query).
 *
 * <p>The graph's use cases are read at most every few seconds and answers are cached per text, so a
 * question costs no extra round trip; {@link #invalidate()} forgets both after an import.
 */
@Singleton
public final class UseCaseMatcher {

    private static final long REFRESH_NANOS = 5_000_000_000L;
    private static final int MAX_CACHED = 10_000;

    private static final String USE_CASES = """
            MATCH (u:UseCase) RETURN u.key AS key, u.name AS name, u.aliases AS aliases
            """;

    private final Vocabulary vocabulary;
    private final Graph graph;
    private final NameResolver resolver;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    /** The graph's use cases: the comparable core of each surface form, with the use case's key. */
    private record Snapshot(long readAt, List<Map.Entry<String, String>> cores) {
    }

    public UseCaseMatcher(Vocabulary vocabulary, Graph graph, NameResolver resolver) {
        this.vocabulary = vocabulary;
        this.graph = graph;
        this.resolver = resolver;
    }

    /**
     * Like {@link #keys}, but a text that names no use case of the graph or the vocabulary is a 404 whose
     * hints are the closest use cases (or the entity of another kind it names), never a silent empty answer.
     */
    public List<String> require(String text) {
        List<String> keys = keys(text);
        boolean known = keys.size() > 1 || resolver.contains(Kind.USE_CASE, keys.get(0))
                || vocabulary.find(Kind.USE_CASE, keys.get(0)).isPresent();
        if (!known) {
            throw resolver.notFound(text, Kind.USE_CASE);
        }
        return keys;
    }

    /**
     * Keys of the use cases the text names, with the vocabulary's narrower ones; the text's own key comes
     * first, so an exact key always matches.
     */
    public List<String> keys(String text) {
        Snapshot current = current();
        List<String> cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        List<String> keys = match(text, current);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(text, keys);
        return keys;
    }

    /** Forgets the graph's use cases and the cached answers, e.g. after a document was imported. */
    @EventListener
    void onGraphChanged(GraphChanged event) {
        invalidate();
    }

    /** Forgets the graph's use cases and the cached answers. */
    public void invalidate() {
        snapshot = null;
        cache.clear();
    }

    private List<String> match(String text, Snapshot current) {
        String wanted = core(text);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.of(text));
        if (wanted.isEmpty()) {
            return List.copyOf(keys);
        }
        for (Term term : vocabulary.terms()) {
            if (term.kind() == Kind.USE_CASE && term.surfaceForms().stream().anyMatch(f -> core(f).equals(wanted))) {
                vocabulary.narrowerOrSelf(term).forEach(t -> keys.add(t.key()));
            }
        }
        int before = keys.size();
        for (var entry : current.cores()) {
            if (entry.getKey().equals(wanted)) {
                keys.add(entry.getValue());
            }
        }
        if (keys.size() == before && keys.size() == 1 && wanted.length() >= 4) {
            // nothing named exactly: a use case whose name holds the words, whole ("chat" → live chat
            // applications; "machine learnin" is no word of anything, so it is a miss with hints, not a guess)
            String words = " " + Keys.of(text) + " ";
            for (var entry : current.cores()) {
                if (entry.getKey().contains(wanted) && (" " + entry.getValue() + " ").contains(words)) {
                    keys.add(entry.getValue());
                }
            }
        }
        return List.copyOf(keys);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > REFRESH_NANOS) {
            List<Map.Entry<String, String>> cores = new ArrayList<>();
            for (var row : graph.read(USE_CASES, Map.of())) {
                String key = row.get("key").asString();
                cores.add(Map.entry(core(row.get("name").asString(key)), key));
                for (String alias : row.get("aliases").asList(v -> v.asString(""), List.of())) {
                    cores.add(Map.entry(core(alias), key));
                }
            }
            s = new Snapshot(now, List.copyOf(cores));
            if (snapshot == null || !cores.equals(snapshot.cores())) {
                cache.clear();
            }
            snapshot = s;
        }
        return s;
    }

    /** The comparable core of a phrase: the name resolver's, so both compare use cases alike. */
    static String core(String text) {
        return NameResolver.core(text);
    }
}
