package dev.techgraph.api.error;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;

/**
 * Answers 414 with our error body to a request whose path and query are longer than
 * {@code techgraph.max-uri-length} characters (8,192 by default; the server reads request lines up to
 * {@code micronaut.server.netty.max-initial-line-length}, so such URLs reach this filter instead of
 * failing in the HTTP decoder).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class UriLengthFilter implements Ordered {

    private final int max;

    UriLengthFilter(@Value("${techgraph.max-uri-length:8192}") int max) {
        this.max = max;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<ApiError> check(HttpRequest<?> request) {
        int length = request.getUri().toString().length();
        if (length <= max) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.REQUEST_URI_TOO_LONG).body(new ApiError(414, "uri_too_long",
                "the URL is " + length + " characters long; at most " + max + " are accepted", List.of(
                "send long input in a POST body (e.g. POST /api/cypher with params)")));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
