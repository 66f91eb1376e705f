package dev.techgraph.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Gives the framework's own errors (unknown route, wrong method or media type, malformed JSON, body too
 * large, unexpected failures) the same {@link ApiError} body as ours, in our words: a parameter that does
 * not convert names the parameter and the expected type, malformed JSON says so, and no message carries a
 * Java class name. Server errors never show their message: it could hold internals.
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
            message = context.getRootCause().map(ApiErrorProcessor::ownMessage).orElse(null);
            if (message == null) {
                message = context.getErrors().stream().map(Error::getMessage).filter(m -> m != null && !m.isBlank())
                        .findFirst().map(ApiErrorProcessor::withoutClassNames).orElse(defaultMessage(status));
            }
            message = message.length() > 500 ? message.substring(0, 500) + "..." : message;
        }
        List<String> hints = status == HttpStatus.NOT_FOUND
                ? List.of("the API lives under /api: see /swagger-ui for every endpoint") : List.of();
        ApiError body = new ApiError(status.getCode(), code(status), message, hints);
        return ((MutableHttpResponse<ApiError>) response).body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Java class names ({@code io.micronaut.Foo}, {@code java.lang.Integer}) and bracketed type names. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:\\.[A-Za-z0-9_$]+)*\\b");

    /** Our message for the failures a client causes, or null to use the framework's (cleaned). */
    static String ownMessage(Throwable cause) {
        if (cause instanceof ConversionErrorException e) {
            return "parameter '" + e.getArgument().getName() + "' must be " + expected(e.getArgument())
                    + e.getConversionError().getOriginalValue().map(v -> ", was '" + shorten(v) + "'").orElse("");
        }
        if (cause instanceof io.micronaut.http.exceptions.ContentLengthExceededException) {
            return "the request body is larger than the API accepts (8 MB); import larger documents with "
                    + "./techgraph import (up to 64 MB a file)";
        }
        if (cause instanceof UnsatisfiedArgumentException e) {
            return "parameter '" + e.getArgument().getName() + "' is required";
        }
        String type = cause.getClass().getSimpleName();
        if (type.contains("Json") || type.contains("Codec") || type.contains("Decod")) {
            return "the request body is not valid JSON of the expected shape";
        }
        return null;
    }

    private static String expected(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }

    private static String shorten(Object value) {
        String t = String.valueOf(value).replaceAll("[\\p{Cntrl}<>]", "_");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    static String withoutClassNames(String message) {
        return CLASS_NAME.matcher(message).replaceAll("value").replaceAll("\\[type\\]|\\[value]", "");
    }

    static String code(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case REQUEST_ENTITY_TOO_LARGE -> "payload_too_large";
            case REQUEST_URI_TOO_LONG -> "uri_too_long";
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
