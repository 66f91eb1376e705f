package dev.techgraph.api.entity;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.system.GraphChanged;
import dev.techgraph.api.system.Params;
import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where a name a person types becomes an entity of the graph. Every endpoint that takes a
 * name (entities, use cases, {@code suitedFor}, compare, similar, path, graph focus, ask) and the page's
 * search as you type go through it, so a name resolves the same way everywhere.
 *
 * <p>A name matches an entity when, case, spaces, hyphens, dots and apostrophes aside, it equals the
 * entity's key, display name, an alias seen in the texts, or a surface form the vocabulary lists for it
 * (so {@code nodejs}, {@code golang}, {@code js}, {@code realtime} and {@code real time} resolve). A use case
 * or trait also matches without generic words ("real time apps"). Nothing else is a match: a name a few
 * letters off is never taken silently, it is offered as a hint; a name of another kind than the one asked
 * is a miss whose hint points to that kind.
 *
 * <p>The names are held in memory (one query, re-read every few seconds, at once after an import through
 * the API, and before answering a miss when the copy is older than a moment).
 */
@Singleton
public final class NameResolver {

    /** Every entity with what the resolver compares: names, aliases, labels and how often it is mentioned. */
    static final String ENTITIES = """
            MATCH (e:Entity)
            RETURN e.kind AS kind, e.key AS key, e.name AS name, e.aliases AS aliases, e.mentions AS mentions,
                   [l IN labels(e) WHERE l <> 'Entity'] AS labels
            """;

    /** Words that say nothing about which use case or trait is meant ("applications", "development"). */
    private static final Pattern GENERIC = Pattern.compile(
            "\\b(applications?|apps?|development|dev|programming|systems?|projects?|work|tasks?|the|a|an|"
                    + "software|services?)\\b");
    private static final Pattern NOT_IDENTITY = Pattern.compile("[\\s.'\u2019]+");
    private static final long REFRESH_NANOS = 5_000_000_000L;
    private static final long RETRY_AFTER_NANOS = 250_000_000L;
    private static final int HINTS = 5;

    /** How a search hit matched what was typed, best first. */
    public enum Match {
        /** the name itself, or an alias or short form written exactly (case, spaces, hyphens aside) */
        EXACT,
        /** the display name starts with it */
        PREFIX,
        /** an alias or a vocabulary form starts with it */
        ALIAS_PREFIX,
        /** a word of the name starts with it */
        WORD,
        /** the name or an alias contains it */
        CONTAINS,
        /** a few letters apart: offered, never taken */
        CLOSE
    }

    /** An entity of the graph as the resolver sees it. */
    public record Entry(String kind, String key, String name, List<String> aliases, long mentions,
                        List<String> labels, List<String> forms) {

        /** True when the entity answers for the kind (a Runtime is also a Framework); null asks for any. */
        boolean satisfies(Kind asked) {
            return asked == null || labels.contains(asked.label());
        }

        boolean technology() {
            return !labels.contains(Kind.USE_CASE.label()) && !labels.contains(Kind.TRAIT.label());
        }

        EntityLookup.Found found() {
            return new EntityLookup.Found(kind, key, name);
        }

        /** "Node.js (Runtime)": the form hints take everywhere. */
        String hint() {
            return name + " (" + kind + ")";
        }
    }

    /** A search result: the entity, how it matched and the form that matched (the name or an alias). */
    public record Hit(Entry entry, Match match, String form) {
    }

    private record Snapshot(long readAt, List<Entry> entries, Map<String, List<Entry>> byCompact,
                            Map<String, List<Entry>> byCore) {
    }

    private final Graph graph;
    private final Vocabulary vocabulary;
    private volatile Snapshot snapshot;

    NameResolver(Graph graph, Vocabulary vocabulary) {
        this.graph = graph;
        this.vocabulary = vocabulary;
    }

    /** Forgets the names after a document was imported or removed through the API. */
    @EventListener
    void onGraphChanged(GraphChanged event) {
        snapshot = null;
    }

    /** The entity the name means, of the kind when one is given; empty when nothing matches exactly. */
    public Optional<EntityLookup.Found> find(String name, Kind kind) {
        String text = EntityLookup.checked(name);
        Optional<Entry> found = best(candidates(text, current()), kind);
        if (found.isEmpty() && fresher()) {
            found = best(candidates(text, current()), kind);
        }
        return found.map(Entry::found);
    }

    /** The entity named, or a 404 whose hints are the closest names (or the kind it has, when another). */
    public EntityLookup.Found require(String name, Kind kind) {
        return find(name, kind).orElseThrow(() -> notFound(name, kind));
    }

    /** True when the graph holds an entity of this kind and key. */
    public boolean contains(Kind kind, String key) {
        return current().entries().stream().anyMatch(e -> e.kind().equals(kind.label()) && e.key().equals(key));
    }

    /**
     * A 404 for a name that matches nothing of the kind: when it names an entity of another kind the
     * message says so and the hint is that entity; otherwise the hints are the closest names, or the most
     * mentioned names of the kind when none is close.
     */
    public ApiException notFound(String name, Kind kind) {
        String text = EntityLookup.checked(name);
        String what = kind == null ? "entity" : kind.label();
        if (kind != null) {
            List<Entry> elsewhere = candidates(text, current());
            if (!elsewhere.isEmpty()) {
                Entry other = best(elsewhere, null).orElseThrow();
                return ApiException.notFound("'" + Params.shorten(text) + "' is a " + other.kind() + ", not a "
                        + kind.label() + ": /api/entities/" + other.kind() + "/" + other.name(),
                        List.of(other.hint()));
            }
        }
        List<String> close = closeMatches(text, kind);
        if (!close.isEmpty()) {
            return ApiException.notFound("no " + what + " named '" + Params.shorten(text)
                    + "' in the graph; did you mean one of the hints?", close);
        }
        List<String> top = current().entries().stream().filter(e -> e.satisfies(kind))
                .sorted(Comparator.comparingLong(Entry::mentions).reversed().thenComparing(Entry::name))
                .limit(HINTS).map(Entry::hint).toList();
        return ApiException.notFound("no " + what + " named '" + Params.shorten(text) + "' in the graph"
                + (top.isEmpty() ? "" : "; nothing is close, the hints are the most mentioned"), top);
    }

    /** Up to five names close to {@code name} ("Name (Kind)"): same prefix, containing it, or a few letters apart. */
    public List<String> closeMatches(String name, Kind kind) {
        String wanted = compact(name);
        record Scored(Entry entry, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : current().entries()) {
            if (!entry.satisfies(kind)) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (String form : entry.forms()) {
                best = Math.min(best, distance(wanted, form));
            }
            if (best <= Math.max(2, wanted.length() / 3)) {
                scored.add(new Scored(entry, best));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score)
                        .thenComparing(s -> -s.entry().mentions()).thenComparing(s -> s.entry().name()))
                .map(s -> s.entry().hint()).distinct().limit(HINTS).toList();
    }

    /**
     * Search as you type: entities whose name or any known form matches the text, best match first (exact,
     * name prefix, alias prefix, word prefix, contained), then the most mentioned; close spellings come
     * last, marked {@link Match#CLOSE}. Blank text lists the most mentioned.
     */
    public List<Hit> search(String text, Kind kind, int limit) {
        Snapshot s = current();
        String wanted = text == null ? "" : compact(text);
        String words = text == null ? "" : Keys.of(text);
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : s.entries()) {
            if (!entry.satisfies(kind)) {
                continue;
            }
            Hit hit = wanted.isEmpty() ? new Hit(entry, Match.PREFIX, entry.name()) : match(entry, wanted, words);
            if (hit != null) {
                hits.add(hit);
            }
        }
        Set<Entry> exact = new LinkedHashSet<>(candidates(text == null ? "" : text, s));
        hits.sort(Comparator.<Hit>comparingInt(h -> exact.contains(h.entry()) ? 0 : 1)
                .thenComparing(Hit::match)
                .thenComparing(h -> h.entry().technology() ? 0 : 1)
                .thenComparing(h -> -h.entry().mentions())
                .thenComparing(h -> h.entry().name()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private static Hit match(Entry entry, String wanted, String words) {
        String name = compact(entry.name());
        if (entry.forms().contains(wanted)) {
            return new Hit(entry, Match.EXACT, formOf(entry, wanted));
        }
        if (name.startsWith(wanted)) {
            return new Hit(entry, Match.PREFIX, entry.name());
        }
        for (String form : entry.forms()) {
            if (form.startsWith(wanted)) {
                return new Hit(entry, Match.ALIAS_PREFIX, formOf(entry, form));
            }
        }
        for (String word : Keys.of(entry.name()).split(" ")) {
            if (!words.isEmpty() && word.startsWith(words)) {
                return new Hit(entry, Match.WORD, entry.name());
            }
        }
        if (wanted.length() >= 2) {
            for (String form : entry.forms()) {
                if (form.contains(wanted)) {
                    return new Hit(entry, Match.CONTAINS, formOf(entry, form));
                }
            }
        }
        if (wanted.length() >= 4) {
            for (String form : entry.forms()) {
                if (distance(wanted, form) <= Math.max(1, wanted.length() / 4)) {
                    return new Hit(entry, Match.CLOSE, formOf(entry, form));
                }
            }
        }
        return null;
    }

    /** The written form (name or alias) behind a compact form, for showing what matched. */
    private static String formOf(Entry entry, String compactForm) {
        if (compact(entry.name()).equals(compactForm)) {
            return entry.name();
        }
        for (String alias : entry.aliases()) {
            if (compact(alias).equals(compactForm)) {
                return alias;
            }
        }
        return entry.name();
    }

    /** Entities the text names exactly (any kind): by compact form, or for use cases and traits by core. */
    private static List<Entry> candidates(String text, Snapshot s) {
        Set<Entry> out = new LinkedHashSet<>(s.byCompact().getOrDefault(compact(text), List.of()));
        String core = core(text);
        if (!core.isEmpty()) {
            out.addAll(s.byCore().getOrDefault(core, List.of()));
        }
        return new ArrayList<>(out);
    }

    /** Of the candidates of the kind: a technology before a use case or trait, then the most mentioned. */
    private static Optional<Entry> best(List<Entry> candidates, Kind kind) {
        return candidates.stream().filter(e -> e.satisfies(kind))
                .min(Comparator.<Entry>comparingInt(e -> e.technology() ? 0 : 1)
                        .thenComparing(e -> -e.mentions()).thenComparing(Entry::name));
    }

    private boolean fresher() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - s.readAt() > RETRY_AFTER_NANOS) {
            snapshot = null;
            return true;
        }
        return false;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > REFRESH_NANOS) {
            s = load(now);
            snapshot = s;
        }
        return s;
    }

    private Snapshot load(long now) {
        Map<String, List<String>> vocabularyForms = new HashMap<>();
        for (Term term : vocabulary.terms()) {
            vocabularyForms.computeIfAbsent(term.kind().label() + ":" + term.key(), k -> new ArrayList<>())
                    .addAll(term.surfaceForms());
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, List<Entry>> byCompact = new HashMap<>();
        Map<String, List<Entry>> byCore = new HashMap<>();
        for (var row : graph.read(ENTITIES, Map.of())) {
            String kind = row.get("kind").asString();
            String key = row.get("key").asString();
            String name = row.get("name").asString(key);
            List<String> aliases = row.get("aliases").asList(v -> v.asString(""), List.of());
            Map<String, String> written = new LinkedHashMap<>();
            for (String form : concat(List.of(name, key), aliases,
                    vocabularyForms.getOrDefault(kind + ":" + key, List.of()))) {
                String c = compact(form);
                if (!c.isEmpty()) {
                    written.putIfAbsent(c, form);
                }
            }
            List<String> shownAliases = written.values().stream().filter(f -> !f.equals(name) && !f.equals(key))
                    .toList();
            Entry entry = new Entry(kind, key, name, shownAliases, row.get("mentions").asLong(0),
                    row.get("labels").asList(v -> v.asString(""), List.of()), List.copyOf(written.keySet()));
            entries.add(entry);
            for (String form : entry.forms()) {
                byCompact.computeIfAbsent(form, k -> new ArrayList<>()).add(entry);
            }
            if (!entry.technology()) {
                for (String form : written.values()) {
                    byCore.computeIfAbsent(core(form), k -> new ArrayList<>()).add(entry);
                }
            }
        }
        return new Snapshot(now, List.copyOf(entries), byCompact, byCore);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> list : lists) {
            out.addAll(list);
        }
        return out;
    }

    /**
     * The form two spellings of one name share: the key ({@link Keys#of}: case, hyphens, runs of space)
     * without spaces, dots and apostrophes ("Node.js", "nodejs" and "Node JS" are one; "C", "C#" and "C++"
     * stay three).
     */
    public static String compact(String text) {
        return NOT_IDENTITY.matcher(Keys.of(text)).replaceAll("");
    }

    /** The comparable core of a use case or trait phrase: compact, without generic words. */
    public static String core(String text) {
        String key = Keys.of(text);
        String stripped = GENERIC.matcher(key).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}+#]", "");
        return stripped.isEmpty() ? key.replaceAll("[^\\p{L}\\p{N}+#]", "") : stripped;
    }

    /** 0 for a prefix or containment of three letters or more, else the edit distance (a swap counts one). */
    static int distance(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Math.max(a.length(), b.length());
        }
        if (a.length() >= 3 && (b.startsWith(a) || b.contains(a))
                || b.length() >= 4 && 2 * b.length() >= a.length() && a.contains(b)) {
            return 0;
        }
        // optimal string alignment: a swapped pair of letters ("pyhton") is one edit, as people make it
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
