package dev.techgraph.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Gives the framework's own errors (unknown route, wrong method or media type, malformed JSON, body too
 * large, unexpected failures) the same {@link ApiError} body as ours. Server errors never show their
 * message: it could hold internals.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ApiErrorProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String message;
        if (status.getCode() >= 500) {
            message = "something went wrong on the server; the log has the details";
        } else {
            message = context.getErrors().stream().map(Error::getMessage).filter(m -> m != null && !m.isBlank())
                    .findFirst().orElse(defaultMessage(status));
            message = message.length() > 500 ? message.substring(0, 500) + "..." : message;
        }
        List<String> hints = status == HttpStatus.NOT_FOUND
                ? List.of("the API lives under /api: see /swagger-ui for every endpoint") : List.of();
        ApiError body = new ApiError(status.getCode(), code(status), message, hints);
        return ((MutableHttpResponse<ApiError>) response).body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    static String code(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case REQUEST_ENTITY_TOO_LARGE -> "payload_too_large";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case SERVICE_UNAVAILABLE -> "database_unavailable";
            default -> status.getCode() >= 500 ? "internal_error"
                    : status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_");
        };
    }

    private static String defaultMessage(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no such page or endpoint";
            case METHOD_NOT_ALLOWED -> "this endpoint does not accept that HTTP method";
            case UNSUPPORTED_MEDIA_TYPE -> "this endpoint does not accept that content type";
            case REQUEST_ENTITY_TOO_LARGE -> "the request body is too large";
            default -> status.getReason();
        };
    }
}
