package dev.techgraph.api.cypher;

import dev.techgraph.api.error.StandardErrors;
import dev.techgraph.api.error.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import dev.techgraph.api.error.ApiError;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/cypher}: a read-only Cypher console for analysis queries (see docs/cypher-cookbook.md);
 * writes and admin commands are refused with 403, long queries stopped, results capped.
 */
@StandardErrors
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
    @ApiResponse(responseCode = "200", description = "columns and rows")
    @ApiResponse(responseCode = "400", description = "not valid Cypher, or a query whose cost Neo4j would not bound "
            + "by its timeout (=~, reduce, unbounded range, growing values, deep nesting, long literals)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "a write, schema or admin command, file access or a procedure "
            + "outside the read-only list", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "a body over 8 MB",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "stopped at the time or memory limit",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "the database cannot be reached, or the console is full or "
            + "still stopping a query", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
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
