package dev.techgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents over HTTP with a write token configured: reads are open, writes need the bearer token. */
@MicronautTest
class DocumentsIT extends ApiTestBase {

    static final String TOKEN = "s3cret-token";

    @Override
    Map<String, String> extraProperties() {
        return Map.of("techgraph.token", TOKEN);
    }

    private Http.Response write(String method, String path, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(b);
    }

    @Test
    void documentsAreListedAndReadWithTheirSentences() {
        var list = http.get("/api/documents");
        String id = null;
        for (var item : list.json().get("items").values()) {
            if (item.get("source").getStringValue().equals("fixture/realtime-notes.txt")) {
                id = item.get("id").getStringValue();
            }
        }
        assertThat(id).isNotNull();
        var one = http.get("/api/documents/" + id);
        assertThat(one.json().get("sentences").get(0).get("text").getStringValue()).startsWith("Node.js");
        assertThat(one.json().get("sentences").get(0).get("id").getStringValue()).isEqualTo(id + ":0");
        ApiIT.assertError(http.get("/api/documents/nope"), 404);
    }

    @Test
    void writesWithoutTheTokenAreA401AndChangeNothing() {
        long[] before = counts();
        byte[] text = "Quillium is a web framework written in Python.".getBytes(StandardCharsets.UTF_8);
        ApiIT.assertError(write("POST", "/api/documents?source=t.txt", "text/plain", text, null), 401);
        ApiIT.assertError(write("POST", "/api/documents?source=t.txt", "text/plain", text, "wrong"), 401);
        ApiIT.assertError(write("DELETE", "/api/documents/fixture%2Frealtime-notes.txt", null, null, null), 401);
        assertThat(counts()).isEqualTo(before);
        assertThat(http.get("/api/config").json().get("writable").getBooleanValue()).isFalse();
    }

    @Test
    void aTextBodyIsImportedOnceAndRemovedAgain() {
        long[] before = counts();
        byte[] text = "Flask is a small web framework. Django is a larger one.".getBytes(StandardCharsets.UTF_8);
        var first = write("POST", "/api/documents?source=notes/frameworks.txt", "text/plain", text, TOKEN);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("status").getStringValue()).isEqualTo("NEW");
        assertThat(first.json().get("sentences").getIntValue()).isEqualTo(2);
        var again = write("POST", "/api/documents?source=notes/frameworks.txt", "text/plain", text, TOKEN);
        assertThat(again.json().get("status").getStringValue()).isEqualTo("UNCHANGED");
        String id = first.json().get("documentId").getStringValue();
        assertThat(http.get("/api/documents/" + id).status()).isEqualTo(200);
        var removed = write("DELETE", "/api/documents/" + id, null, null, TOKEN);
        assertThat(removed.json().get("status").getStringValue()).isEqualTo("REMOVED");
        ApiIT.assertError(write("DELETE", "/api/documents/" + id, null, null, TOKEN), 404);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anImportedDocumentIsAnsweredAtOnceAndForgottenWhenRemoved() {
        String ask = "/api/technologies?suitedFor=" + java.net.URLEncoder.encode("embedded systems", StandardCharsets.UTF_8);
        assertThat(ApiIT.names(http.get(ask).json().get("items"))).doesNotContain("Django");
        byte[] text = "Django is ideal for embedded systems.".getBytes(StandardCharsets.UTF_8);
        var posted = write("POST", "/api/documents?source=notes/embedded.txt", "text/plain", text, TOKEN);
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(ApiIT.names(http.get(ask).json().get("items"))).contains("Django");
        write("DELETE", "/api/documents/" + posted.json().get("documentId").getStringValue(), null, null, TOKEN);
        assertThat(ApiIT.names(http.get(ask).json().get("items"))).doesNotContain("Django");
    }

    @Test
    void aMultipartUploadIsImportedUnderItsFileName() {
        String boundary = "----techgraph" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"upload-notes.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n"
                + "# Notes\n\nFlask is a web framework.\n\r\n"
                + "--" + boundary + "--\r\n";
        var r = write("POST", "/api/documents", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("source").getStringValue()).isEqualTo("upload-notes.md");
        assertThat(write("DELETE", "/api/documents/upload-notes.md", null, null, TOKEN).status()).isEqualTo(200);
    }

    @Test
    void badUploadsAreA4xxJsonError() {
        ApiIT.assertError(write("POST", "/api/documents", "text/plain", "text".getBytes(), TOKEN), 400);
        ApiIT.assertError(write("POST", "/api/documents?source=x.txt", "text/plain", new byte[0], TOKEN), 400);
        ApiIT.assertError(write("POST", "/api/documents?source=%3Cscript%3E", "text/plain", "x".getBytes(), TOKEN), 400);
        ApiIT.assertError(write("POST", "/api/documents?source=x.txt", "image/png", "x".getBytes(), TOKEN), 415);
        ApiIT.assertError(write("POST", "/api/documents?source=big.txt", "text/plain", new byte[10 * 1024 * 1024],
                TOKEN), 413);
    }
}
