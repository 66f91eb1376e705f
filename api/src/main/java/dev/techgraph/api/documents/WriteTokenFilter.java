package dev.techgraph.api.documents;

import dev.techgraph.api.error.ApiError;
import dev.techgraph.api.system.BearerToken;
import dev.techgraph.store.config.TechGraphConfig;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;

/**
 * Writes through the API ({@code POST}/{@code DELETE} under /api/documents) need
 * {@code Authorization: Bearer <TECHGRAPH_TOKEN>} when a token is configured; reads never do.
 */
@ServerFilter({"/api/documents", "/api/documents/**"})
public final class WriteTokenFilter {

    private final BearerToken token;

    WriteTokenFilter(TechGraphConfig config) {
        this.token = new BearerToken(config.token());
    }

    /** True when writes are open to anyone who can reach the service. */
    public boolean open() {
        return token.none();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<ApiError> check(HttpRequest<?> request) {
        if (token.none() || request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD
                || request.getMethod() == HttpMethod.OPTIONS) {
            return null;
        }
        String header = request.getHeaders().getAuthorization().orElse("");
        if (token.presentIn(request)) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer")
                .body(new ApiError(401, "unauthorized", header.isEmpty()
                        ? "writing needs the bearer token (Authorization: Bearer <TECHGRAPH_TOKEN>)"
                        : "the bearer token is not valid", List.of()));
    }
}
