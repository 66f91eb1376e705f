package dev.techgraph.api.error;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** An error the API reports as it is: status, code, message and hints go to the client unchanged. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<String> hints;

    public ApiException(HttpStatus status, String code, String message, List<String> hints) {
        super(message);
        this.status = status;
        this.code = code;
        this.hints = hints == null ? List.of() : List.copyOf(hints);
    }

    public static ApiException badRequest(String message, List<String> hints) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request", message, hints);
    }

    public static ApiException notFound(String message, List<String> hints) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message, hints);
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError body() {
        return new ApiError(status.getCode(), code, getMessage(), hints);
    }
}
