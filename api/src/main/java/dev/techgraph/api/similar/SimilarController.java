package dev.techgraph.api.similar;

import dev.techgraph.api.system.Params;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

/** {@code GET /api/similar/{name}}: technologies that share use cases, traits, languages and runtimes. */
@dev.techgraph.api.error.StandardErrors
@Controller("/api/similar")
class SimilarController {

    private final Similarity similarity;

    SimilarController(Similarity similarity) {
        this.similarity = similarity;
    }

    /**
     * Technologies most like the named one.
     *
     * @param name  a name or alias
     * @param limit at most this many (1-100, default 10)
     */
    @Get("/{name}")
    Similarity.Items similar(@PathVariable String name, @Nullable @QueryValue Integer limit) {
        return similarity.similarTo(name, Params.limit(limit, 10, 100), false);
    }
}
