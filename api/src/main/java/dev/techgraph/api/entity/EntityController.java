package dev.techgraph.api.entity;

import dev.techgraph.api.error.StandardErrors;
import dev.techgraph.store.read.EntityQueries;
import dev.techgraph.api.provenance.Evidence;
import dev.techgraph.api.provenance.FactStance;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.system.Params;
import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/entities}: search as you type, and one entity with all its facts and their evidence. */
@StandardErrors
@Controller("/api/entities")
class EntityController {

    static final String ENTITY = EntityQueries.ENTITY;

    static final String HEADER = EntityQueries.HEADER;

    /**
     * One search result.
     *
     * @param match   how it matched: exact, prefix, alias_prefix, word, contains, or close (a spelling a few
     *                letters off, offered but never taken)
     * @param matched the name or alias that matched
     */
    @Serdeable
    record Summary(String name, String kind, List<String> aliases, long mentions, String match, String matched) {
    }

    @Serdeable
    record Summaries(List<Summary> items) {
    }

    @Serdeable
    record Other(String name, String kind) {
    }

    /** One fact relationship; {@code stance} is the fact's, for and against, as every answer scores it. */
    @Serdeable
    record Fact(Other other, String polarity, String qualifier, long weight, List<String> rules,
                FactStance stance, List<Evidence> evidence) {
    }

    /** One type and direction of facts: the heaviest {@code relationships}, {@code total} of them in all. */
    @Serdeable
    record Group(String type, String direction, long total, List<Fact> relationships) {
    }

    @Serdeable
    record Detail(String name, String kind, String key, List<String> aliases, long mentions, List<Group> groups) {
    }

    private final Graph graph;
    private final EntityLookup lookup;
    private final NameResolver resolver;

    EntityController(Graph graph, EntityLookup lookup, NameResolver resolver) {
        this.graph = graph;
        this.lookup = lookup;
        this.resolver = resolver;
    }

    /**
     * Search as you type, through the one name resolver: names, aliases and the vocabulary's short forms
     * ("nodejs", "golang", "js", "realtime"), exact matches first, then prefixes, then contained text, then
     * close spellings (marked {@code close}).
     *
     * @param q     text to look for; case, spaces, hyphens and dots do not matter
     * @param kind  only entities of this kind
     * @param limit at most this many (1-100, default 20)
     */
    @Get
    Summaries search(@Nullable @QueryValue String q, @Nullable @QueryValue String kind,
                     @Nullable @QueryValue Integer limit) {
        String text = Params.text("q", q, EntityLookup.MAX_NAME);
        Kind k = Params.kind(kind);
        return new Summaries(resolver.search(text, k, Params.limit(limit, 20, 100)).stream()
                .map(h -> new Summary(h.entry().name(), h.entry().kind(), h.entry().aliases(), h.entry().mentions(),
                        h.match().name().toLowerCase(Locale.ROOT), h.form()))
                .toList());
    }

    /**
     * One entity with its facts, grouped by relationship type and direction, each with its evidence.
     *
     * @param kind  the entity's kind (case-insensitive)
     * @param name  its name, key or an alias
     * @param limit at most this many facts per group, heaviest first (1-200, default 25); each group's
     *              {@code total} says how many it has
     */
    @Get("/{kind}/{name}")
    Detail entity(@PathVariable String kind, @PathVariable String name, @Nullable @QueryValue Integer limit) {
        Kind k = Params.requiredKind(kind);
        EntityLookup.Found found = lookup.require(name, k);
        Map<String, Object> params = Map.of("kind", found.kind(), "key", found.key(),
                "symmetric", symmetricTypes(), "perGroup", Params.limit(limit, EntityQueries.PER_GROUP, 200));
        var head = graph.readOne(HEADER, params);
        List<Group> groups = new ArrayList<>();
        for (var row : graph.read(ENTITY, params)) {
            groups.addAll(row.get("groups").asList(g -> new Group(g.get("type").asString(),
                    g.get("direction").asString(), g.get("total").asLong(), g.get("relationships").asList(f -> new Fact(
                    new Other(f.get("other").get("name").asString(), f.get("other").get("kind").asString()),
                    f.get("polarity").asString(null), f.get("qualifier").asString(null), f.get("weight").asLong(0),
                    f.get("rules").asList(v -> v.asString(""), List.of()), FactStance.of(f.get("stance")),
                    Evidence.list(f.get("evidence")))))));
        }
        return new Detail(head.get("name").asString(), head.get("kind").asString(), head.get("key").asString(),
                head.get("aliases").asList(v -> v.asString(""), List.of()), head.get("mentions").asLong(0), groups);
    }

    static List<String> symmetricTypes() {
        List<String> out = new ArrayList<>();
        for (RelationType type : RelationType.values()) {
            if (type.symmetric()) {
                out.add(type.name());
            }
        }
        return out;
    }
}
