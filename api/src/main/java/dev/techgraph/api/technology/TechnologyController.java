package dev.techgraph.api.technology;

import dev.techgraph.api.system.Params;
import dev.techgraph.model.Polarity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

/** {@code GET /api/technologies}: technologies by kind and by what the texts say they are suited for. */
@dev.techgraph.api.error.StandardErrors
@Controller("/api/technologies")
class TechnologyController {

    private final TechnologySearch search;
    private final UseCaseMatcher useCases;

    TechnologyController(TechnologySearch search, UseCaseMatcher useCases) {
        this.search = search;
        this.useCases = useCases;
    }

    /**
     * Technologies, best supported first.
     *
     * @param kind      Language, Framework (includes runtimes), Runtime, Library or Tool
     * @param suitedFor a use case, matched loosely ("realtime" also finds live chat applications)
     * @param q         free text matched against names and aliases
     * @param polarity  positive (default) or negative: what the texts say it is not suited for
     * @param limit     page size, 1-500 (default 50)
     * @param offset    items to skip
     * @return the page and the total number of matches
     */
    @Get
    TechnologySearch.Page list(@Nullable @QueryValue String kind, @Nullable @QueryValue String suitedFor,
                               @Nullable @QueryValue String q, @Nullable @QueryValue String polarity,
                               @Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer offset) {
        String useCase = Params.text("suitedFor", suitedFor, 200);
        return search.search(new TechnologySearch.Criteria(Params.kind(kind),
                useCase == null ? null : useCases.require(useCase), Params.text("q", q, 200),
                Params.polarity(polarity, Polarity.POSITIVE), Params.limit(limit, 50, 500), Params.offset(offset)));
    }
}
