package dev.techgraph.api.cypher;

import dev.techgraph.api.error.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/cypher}: a read-only Cypher console for analysis queries (see docs/cypher-cookbook.md);
 * writes and admin commands are refused with 403, long queries stopped, results capped.
 */
@Controller("/api/cypher")
class CypherController {

    /** The request: the query and its parameters. */
    @Serdeable
    record CypherRequest(String query, @Nullable Map<String, Object> params) {
    }

    /** Columns, rows (values as JSON) and whether the row cap cut the result. */
    @Serdeable
    record CypherResponse(List<String> columns, List<List<Object>> rows, boolean truncated) {
    }

    private final ReadOnlyCypher cypher;

    CypherController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
    }

    /** Runs one read-only query with parameters. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    CypherResponse run(@Body CypherRequest request) {
        if (request == null) {
            throw ApiException.badRequest("the body needs a \"query\"", List.of());
        }
        var result = cypher.run(request.query(), request.params() == null ? Map.of() : request.params());
        return new CypherResponse(result.columns(), result.rows(), result.truncated());
    }
}
