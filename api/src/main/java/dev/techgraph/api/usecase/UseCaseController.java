package dev.techgraph.api.usecase;

import dev.techgraph.store.read.UseCaseQueries;
import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.technology.TechnologySearch;
import dev.techgraph.api.technology.UseCaseMatcher;
import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** {@code /api/use-cases}: what technologies are used for, with their hierarchy (narrower → broader). */
@dev.techgraph.api.error.StandardErrors
@Controller("/api/use-cases")
class UseCaseController {

    static final String LIST = UseCaseQueries.LIST;

    static final String BEST = UseCaseQueries.BEST;

    @Serdeable
    record Summary(String name, List<String> aliases, String broader, List<String> narrower, long technologies) {
    }

    @Serdeable
    record Summaries(List<Summary> items) {
    }

    /** {@code suited} and {@code notSuited} are settled by the documents; {@code contested} and {@code conditional} apart. */
    @Serdeable
    record Detail(String name, String broader, List<String> narrower, List<TechnologySearch.Item> suited,
                  List<TechnologySearch.Item> notSuited, List<TechnologySearch.Item> contested,
                  List<TechnologySearch.Item> conditional) {
    }

    private final Graph graph;
    private final UseCaseMatcher matcher;
    private final TechnologySearch search;
    private final EntityLookup lookup;

    UseCaseController(Graph graph, UseCaseMatcher matcher, TechnologySearch search, EntityLookup lookup) {
        this.graph = graph;
        this.matcher = matcher;
        this.search = search;
        this.lookup = lookup;
    }

    /** Every use case with its broader and narrower use cases and how many technologies suit it. */
    @Get
    Summaries list() {
        return new Summaries(graph.read(LIST, Map.of()).stream().map(r -> new Summary(r.get("name").asString(),
                r.get("aliases").asList(v -> v.asString(""), List.of()), r.get("broader").asString(null),
                r.get("narrower").asList(v -> v.asString(""), List.of()), r.get("technologies").asLong())).toList());
    }

    /**
     * One use case (matched loosely) with the technologies suited to it or to a narrower use case, and
     * those the texts say are not suited.
     */
    @Get("/{name}")
    Detail useCase(@PathVariable String name) {
        String text = EntityLookup.checked(name);
        List<String> keys = matcher.keys(text);
        var best = graph.read(BEST, Map.of("useCases", keys));
        if (best.isEmpty()) {
            throw lookupFailure(text);
        }
        var u = best.get(0);
        List<String> own = List.of(u.get("key").asString());
        var suited = search.search(new TechnologySearch.Criteria(null, own, null, Polarity.POSITIVE, 100, 0));
        var notSuited = search.search(new TechnologySearch.Criteria(null, own, null, Polarity.NEGATIVE, 100, 0));
        return new Detail(u.get("name").asString(), u.get("broader").asString(null),
                u.get("narrower").asList(v -> v.asString(""), List.of()), suited.items(), notSuited.items(),
                suited.contested(), suited.conditional());
    }

    private ApiException lookupFailure(String text) {
        return lookup.notFound(text, Kind.USE_CASE);
    }
}
