package dev.techgraph.api;

import static dev.techgraph.api.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one name resolver as every endpoint that takes a name sees it: the short forms people type resolve
 * everywhere, a miss answers with the closest names, a name of another kind points to that kind, and a
 * name a few letters off is never taken silently.
 */
@MicronautTest
class NameResolverIT extends ApiTestBase {

    private static List<String> hints(Http.Response r) {
        List<String> out = new ArrayList<>();
        r.json().get("hints").values().forEach(h -> out.add(h.getStringValue()));
        return out;
    }

    private static String first(Http.Response r) {
        return r.json().get("items").get(0).get("name").getStringValue();
    }

    @Test
    void searchKnowsTheShortFormsAndSpellingsPeopleType() {
        assertThat(first(http.get("/api/entities?q=nodejs"))).isEqualTo("Node.js");
        assertThat(first(http.get("/api/entities?q=NODE-JS"))).isEqualTo("Node.js");
        assertThat(first(http.get("/api/entities?q=golang"))).isEqualTo("Go");
        assertThat(first(http.get("/api/entities?q=js"))).isEqualTo("JavaScript");
        assertThat(first(http.get("/api/entities?q=realtime"))).isEqualTo("real-time applications");
        assertThat(first(http.get("/api/entities?q=" + enc("real time")))).isEqualTo("real-time applications");
    }

    @Test
    void searchOffersACloseSpellingMarkedAsSuch() {
        JsonNode hit = http.get("/api/entities?q=pyhton").json().get("items").get(0);
        assertThat(hit.get("name").getStringValue()).isEqualTo("Python");
        assertThat(hit.get("match").getStringValue()).isEqualTo("close");
        assertThat(http.get("/api/entities?q=python").json().get("items").get(0).get("match").getStringValue())
                .isEqualTo("exact");
    }

    @Test
    void everyEndpointThatTakesANameResolvesShortForms() {
        assertThat(http.get("/api/entities/Runtime/nodejs").json().get("name").getStringValue()).isEqualTo("Node.js");
        assertThat(http.get("/api/use-cases/realtime").json().get("name").getStringValue())
                .isEqualTo("real-time applications");
        assertThat(ApiIT.names(http.get("/api/technologies?suitedFor=" + enc("real time")).json().get("items")))
                .contains("Node.js");
        var compare = http.get("/api/compare?a=nodejs&b=js").json();
        assertThat(compare.get("a").get("name").getStringValue()).isEqualTo("Node.js");
        assertThat(compare.get("b").get("name").getStringValue()).isEqualTo("JavaScript");
        assertThat(http.get("/api/similar/golang").status()).isEqualTo(200);
        assertThat(http.get("/api/path?from=nodejs&to=js").json().get("paths").size()).isPositive();
        var graph = http.get("/api/graph?focus=nodejs").json();
        assertThat(graph.get("nodes").values()).anySatisfy(n ->
                assertThat(n.get("data").get("id").getStringValue()).isEqualTo("Runtime:node.js"));
        assertThat(http.get("/api/ask?q=" + enc("compare nodejs and golang")).status()).isEqualTo(200);
    }

    @Test
    void aNameOfAnotherKindIsA404ThatPointsToIt() {
        var r = http.get("/api/entities/Language/Node.js");
        ApiIT.assertError(r, 404);
        assertThat(hints(r)).containsExactly("Node.js (Runtime)");
        assertThat(r.json().get("message").getStringValue()).contains("/api/entities/Runtime/Node.js");
        var useCase = http.get("/api/use-cases/Python");
        ApiIT.assertError(useCase, 404);
        assertThat(hints(useCase)).containsExactly("Python (Language)");
    }

    @Test
    void aMissIsNeverASilentGuessButAnswersWithHints() {
        var misspelt = http.get("/api/technologies?suitedFor=realtme");
        ApiIT.assertError(misspelt, 404);
        assertThat(hints(misspelt)).contains("real-time applications (UseCase)");

        var unknown = http.get("/api/technologies?suitedFor=" + enc("quantum knitting"));
        ApiIT.assertError(unknown, 404);
        assertThat(hints(unknown)).isNotEmpty().allSatisfy(h -> assertThat(h).endsWith("(UseCase)"));

        var cut = http.get("/api/use-cases/" + enc("live cha"));
        ApiIT.assertError(cut, 404);
        assertThat(hints(cut)).contains("live chat applications (UseCase)");

        var focus = http.get("/api/graph?focus=Pyhton");
        ApiIT.assertError(focus, 404);
        assertThat(hints(focus)).first().isEqualTo("Python (Language)");

        var asked = http.get("/api/ask?q=" + enc("frameworks suited to realtme"));
        ApiIT.assertError(asked, 404);
        assertThat(hints(asked)).contains("real-time applications (UseCase)");
    }

    @Test
    void aNegatedKnownForQuestionNamesTheTechnologyAlone() {
        var r = http.get("/api/ask?q=" + enc("what is Python not known for"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("params").get("polarity").getStringValue()).isEqualTo("negative");
    }
}
