package dev.techgraph.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain JDK HTTP client for the tests: every status comes back as a response, bodies parsed as JSON. */
final class Http {

    /** A response: status, raw body and the body as JSON (null when it is not JSON). */
    record Response(int status, String body, JsonNode json, HttpResponse<String> raw) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final JsonMapper mapper;

    Http(String base, JsonMapper mapper) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.mapper = mapper;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response cypher(String query) {
        return post("/api/cypher", "application/json", "{\"query\": " + quote(query) + ", \"params\": {}}");
    }

    Response send(HttpRequest.Builder request) {
        return send(request, Duration.ofSeconds(30));
    }

    /** Sends with a longer wait than the usual 30 s (a large import on a busy machine). */
    Response send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> r = client.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = mapper.readValue(r.body(), JsonNode.class);
            } catch (IOException | RuntimeException notJson) {
                // leave json null
            }
            return new Response(r.statusCode(), r.body(), json, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String quote(String s) {
        try {
            return mapper.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
