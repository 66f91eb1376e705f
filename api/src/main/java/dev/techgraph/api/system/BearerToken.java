package dev.techgraph.api.system;

import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The configured {@code TECHGRAPH_TOKEN}, compared in constant time with a request's bearer token. */
public final class BearerToken {

    private final byte[] token;

    /** @param token the configured token; blank means none */
    public BearerToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** True when no token is configured. */
    public boolean none() {
        return token == null;
    }

    /** True when a token is configured and the request carries it as {@code Authorization: Bearer <token>}. */
    public boolean presentIn(HttpRequest<?> request) {
        if (token == null) {
            return false;
        }
        String header = request.getHeaders().getAuthorization().orElse("");
        byte[] given = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        return MessageDigest.isEqual(token, given);
    }
}
