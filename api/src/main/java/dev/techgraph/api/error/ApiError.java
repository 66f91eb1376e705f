package dev.techgraph.api.error;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The body of every error response.
 *
 * @param status  the HTTP status code
 * @param error   a short machine-friendly code ("bad_request", "not_found", "database_unavailable" ...)
 * @param message what went wrong and what to change, for a person
 * @param hints   further help: accepted values, close matches; may be empty
 */
@Serdeable
public record ApiError(int status, String error, String message, List<String> hints) {

    public ApiError {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }
}
