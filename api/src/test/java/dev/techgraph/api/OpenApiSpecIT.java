package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI description the service serves ({@code /swagger/techgraph-0.1.yml}, generated at compile time)
 * covers every route under /api with our error responses, says which operations need the bearer token, and
 * describes text bodies as text. Needs no database: the description is static.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiSpecIT {

    /** What every endpoint can answer through the shared handlers. */
    static final List<String> ERRORS = List.of("400", "404", "413", "414", "503");
    static final String API_ERROR = "#/components/schemas/ApiError";

    private EmbeddedServer server;
    private Map<String, Object> spec;

    @BeforeAll
    void start() throws IOException {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("neo4j.uri", "bolt://127.0.0.1:" + closed,
                "techgraph.sample-corpus", "false", "micronaut.server.port", "-1", "techgraph.token", "t0ken"));
        Http http = new Http(server.getURL().toString(), server.getApplicationContext().getBean(JsonMapper.class));
        var served = http.get("/swagger/techgraph-0.1.yml");
        assertThat(served.status()).isEqualTo(200);
        spec = new Yaml().load(served.body());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        assertThat(o).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private Map<String, Object> paths() {
        return map(spec.get("paths"), "paths");
    }

    /** "get /api/stats" for every operation in the description. */
    private Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        paths().forEach((path, item) -> map(item, path).keySet().forEach(method -> ops.add(method + " " + path)));
        return ops;
    }

    private Map<String, Object> operation(String op) {
        String[] parts = op.split(" ", 2);
        return map(map(paths().get(parts[1]), parts[1]).get(parts[0]), op);
    }

    private static void assertApiError(Map<String, Object> responses, String code, String op) {
        var response = map(responses.get(code), op + " " + code);
        var schema = map(map(map(response.get("content"), op + " " + code + " content").get("application/json"),
                op + " " + code + " application/json").get("schema"), op + " " + code + " schema");
        assertThat(schema.get("$ref")).as(op + " " + code).isEqualTo(API_ERROR);
        assertThat((String) response.get("description")).as(op + " " + code).isNotBlank();
    }

    @Test
    void shouldDescribeEveryRouteUnderApi() {
        Set<String> routes = new TreeSet<>();
        server.getApplicationContext().getBean(Router.class).uriRoutes()
                .forEach(r -> {
                    String path = r.getUriMatchTemplate().toPathString();
                    int query = path.indexOf("{?");
                    path = query < 0 ? path : path.substring(0, query);
                    // HEAD is answered for every GET by the framework; the description lists the GET
                    if (path.startsWith("/api/") && !r.getHttpMethodName().equalsIgnoreCase("HEAD")) {
                        routes.add(r.getHttpMethodName().toLowerCase(Locale.ROOT) + " " + path);
                    }
                });
        assertThat(routes).isNotEmpty();
        assertThat(operations()).containsAll(routes);
    }

    @Test
    void shouldListOurErrorResponsesForEveryOperationUnderApi() {
        for (String op : operations()) {
            if (!op.split(" ", 2)[1].startsWith("/api/")) {
                continue;
            }
            var responses = map(operation(op).get("responses"), op + " responses");
            for (String code : ERRORS) {
                assertApiError(responses, code, op);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldMarkEveryWriteAsNeedingTheBearerTokenWithA401() {
        var scheme = map(map(map(spec.get("components"), "components").get("securitySchemes"), "securitySchemes")
                .get("bearer"), "bearer scheme");
        assertThat(scheme).containsEntry("type", "http").containsEntry("scheme", "bearer");
        for (String op : List.of("post /api/documents", "delete /api/documents/{id}")) {
            var security = (List<Map<String, Object>>) operation(op).get("security");
            assertThat(security).as(op).contains(Map.of("bearer", List.of()));
            assertApiError(map(operation(op).get("responses"), op), "401", op);
        }
        for (String op : operations()) {
            var security = (List<Map<String, Object>>) operation(op).get("security");
            boolean write = op.startsWith("post /api/documents") || op.startsWith("delete ");
            if (security != null && security.contains(Map.of("bearer", List.of()))) {
                assertThat(write || op.equals("get /health")).as(op + " asks for the token").isTrue();
                if (write) {
                    assertApiError(map(operation(op).get("responses"), op), "401", op);
                }
            }
        }
    }

    @Test
    void shouldDescribeTextBodiesAsTextAndPdfAsBytes() {
        var content = map(map(operation("post /api/documents").get("requestBody"), "requestBody").get("content"),
                "content");
        for (String type : List.of("text/plain", "text/markdown", "text/html")) {
            var schema = map(map(content.get(type), type).get("schema"), type + " schema");
            assertThat(schema).as(type).containsEntry("type", "string").doesNotContainKey("format");
        }
        var pdf = map(map(content.get("application/pdf"), "pdf").get("schema"), "pdf schema");
        assertThat(pdf).containsEntry("type", "string").containsEntry("format", "binary");
        assertThat(content).containsKey("multipart/form-data");
        assertThat(map(operation("post /api/documents"), "post").get("parameters").toString()).contains("source");
    }

    @Test
    void shouldDescribeHealthWithTheOptionalToken() {
        var health = operation("get /health");
        assertThat(map(health.get("responses"), "health responses")).containsKeys("200", "503");
        assertThat(health.get("security").toString()).contains("bearer");
    }
}
