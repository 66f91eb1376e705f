package dev.techgraph.api.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;

/**
 * {@code /health} shows its details (database version, counts, the console watchdog) only to a request that
 * carries {@code Authorization: Bearer <TECHGRAPH_TOKEN>}: this filter marks such a request as
 * authenticated, and the health endpoint shows details to authenticated requests only. Anyone else, and
 * everyone when no token is configured, sees up or down.
 */
@ServerFilter({"/health", "/health/**"})
final class HealthTokenFilter {

    private final byte[] token;

    HealthTokenFilter(@Value("${techgraph.token:}") String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    void authenticate(HttpRequest<?> request) {
        if (token == null) {
            return;
        }
        String header = request.getHeaders().getAuthorization().orElse("");
        byte[] given = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (MessageDigest.isEqual(token, given)) {
            Principal operator = () -> "operator";
            request.setUserPrincipal(operator);
        }
    }
}
