package dev.techgraph.api.technology;

import dev.techgraph.store.read.TechnologyQueries;
import dev.techgraph.api.provenance.Evidence;
import dev.techgraph.api.provenance.FactStance;
import org.neo4j.driver.Value;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.system.GraphChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Technologies by kind, by what the texts say they are suited for (or, with negative polarity, not
 * suited for), and by free text; scored by net document support (the facts' {@code Stance}), with the
 * contested and the only conditional ones apart.
 */
@Singleton
public final class TechnologySearch {

    public static final String SUITED_FOR = TechnologyQueries.SUITED_FOR;

    public static final String BY_NAME = TechnologyQueries.BY_NAME;

    /**
     * One technology in an answer. {@code kind} is the kind asked for when the question named one (a
     * Runtime answers as a Framework), else the entity's own kind; {@code kinds} are all its kind labels.
     * {@code score} and {@code verdict} are those of its best fact in the answer ({@code facts}, each with
     * its stance); {@code evidence} states the asked polarity, {@code against} the other side.
     */
    @Serdeable
    public record Item(String name, String kind, List<String> kinds, double score, String verdict,
                       List<FactStance> facts, List<Evidence> evidence, List<Evidence> against) {

        /** An item of an entity of this kind, with the kind's labels, not a fact (no stance). */
        public Item(String name, String kind, double score, List<Evidence> evidence) {
            this(name, kind, Kind.parse(kind).map(k -> k.labels().subList(1, k.labels().size())).orElse(List.of(kind)),
                    score, null, List.of(), evidence, List.of());
        }

        /** An answer row of a query that projected it with {@code Stance.withEvidence}. */
        public static Item of(Value v) {
            return new Item(v.get("name").asString(), v.get("kind").asString(),
                    v.get("kinds").asList(x -> x.asString(), List.of()), v.get("score").asNumber().doubleValue(),
                    v.get("verdict").asString(null), FactStance.list(v.get("facts")), Evidence.list(v.get("evidence")),
                    Evidence.list(v.get("against")));
        }

        public static List<Item> list(Value value) {
            return value == null || value.isNull() ? List.of() : value.asList(Item::of);
        }
    }

    /**
     * A page of the plain answers and how many there are in all; apart, the technologies whose facts the
     * documents contest, and those only supported on a condition (first {@code limit} of each).
     */
    @Serdeable
    public record Page(List<Item> items, long total, List<Item> contested, List<Item> conditional) {
    }

    /** What is asked: every field optional but limit and offset. */
    public record Criteria(Kind kind, List<String> useCases, String q, Polarity polarity, int limit, int offset) {
    }

    /** How long an answer is reused: imports through the API clear it at once, others within this time. */
    private static final long FRESH_NANOS = 2_000_000_000L;
    private static final int MAX_CACHED = 5_000;

    private record Cached(Page page, long at) {
    }

    private final Graph graph;
    private final Map<Criteria, Cached> answers = new ConcurrentHashMap<>();

    TechnologySearch(Graph graph) {
        this.graph = graph;
    }

    @EventListener
    void onGraphChanged(GraphChanged event) {
        answers.clear();
    }

    /**
     * The answer, reused for a couple of seconds: the same question asked by many clients at once costs
     * one query (the graph changes only when documents are imported).
     */
    public Page search(Criteria criteria) {
        long now = System.nanoTime();
        Cached cached = answers.get(criteria);
        if (cached != null && now - cached.at() < FRESH_NANOS) {
            return cached.page();
        }
        Page page = query(criteria);
        if (answers.size() >= MAX_CACHED) {
            answers.clear();
        }
        answers.put(criteria, new Cached(page, now));
        return page;
    }

    private Page query(Criteria criteria) {
        Map<String, Object> params = params(criteria);
        if (criteria.useCases() == null) {
            var row = graph.readOne(BY_NAME, params);
            List<Item> items = row.get("items").asList(v -> new Item(v.get("name").asString(), v.get("kind").asString(),
                    v.get("kinds").asList(x -> x.asString()), v.get("score").asNumber().doubleValue(), null, List.of(),
                    Evidence.list(v.get("evidence")), List.of()));
            return new Page(items, row.get("total").asLong(), List.of(), List.of());
        }
        var row = graph.readOne(SUITED_FOR, params);
        return new Page(Item.list(row.get("items")), row.get("total").asLong(), Item.list(row.get("contested")),
                Item.list(row.get("conditional")));
    }

    /** The parameters of the query {@link #search} runs, as shown to users of /api/ask. */
    public static Map<String, Object> params(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", criteria.kind() == null ? null : criteria.kind().label());
        params.put("q", criteria.q() == null ? null : criteria.q().toLowerCase(Locale.ROOT));
        params.put("polarity", (criteria.polarity() == null ? Polarity.POSITIVE : criteria.polarity()).value());
        params.put("limit", criteria.limit());
        params.put("offset", criteria.offset());
        if (criteria.useCases() != null) {
            params.put("useCases", criteria.useCases());
        }
        return params;
    }
}
