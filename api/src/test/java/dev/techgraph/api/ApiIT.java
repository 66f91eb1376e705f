package dev.techgraph.api;

import static dev.techgraph.api.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every read endpoint over HTTP, against the fixture graph; and the one error body for every error. */
@MicronautTest
class ApiIT extends ApiTestBase {

    static List<String> names(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items.values()) {
            out.add(item.get("name").getStringValue());
        }
        return out;
    }

    static void assertError(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json()).as("JSON error body: " + r.body()).isNotNull();
        assertThat(r.json().get("status").getIntValue()).isEqualTo(status);
        assertThat(r.json().get("error").getStringValue()).isNotBlank();
        assertThat(r.json().get("message").getStringValue()).isNotBlank();
        assertThat(r.json().get("hints").isArray()).isTrue();
        assertThat(r.body()).doesNotContain("\tat ", "Exception:", "dev.techgraph.");
    }

    // --- /api/technologies

    @Test
    void realtimeFrameworksAreNodeJsAndWhatSuitsNarrowerUseCasesButNotWhatTheTextsDeny() {
        var r = http.get("/api/technologies?kind=Framework&suitedFor=realtime");
        assertThat(r.status()).isEqualTo(200);
        List<String> names = names(r.json().get("items"));
        assertThat(names).contains("Node.js", "Phoenix").doesNotContain("Django");
        assertThat(names.indexOf("Node.js")).isLessThan(names.indexOf("Phoenix"));
        JsonNode node = r.json().get("items").get(names.indexOf("Node.js"));
        assertThat(node.get("kind").getStringValue()).isEqualTo("Framework");
        List<String> kinds = new java.util.ArrayList<>();
        node.get("kinds").values().forEach(k -> kinds.add(k.getStringValue()));
        assertThat(kinds).contains("Runtime", "Framework");
        JsonNode evidence = node.get("evidence").get(0);
        assertThat(evidence.get("document").getStringValue()).isNotBlank();
        assertThat(evidence.get("documentId").getStringValue()).isNotBlank();
        assertThat(evidence.get("sentenceId").getStringValue()).startsWith(evidence.get("documentId").getStringValue() + ":");
        assertThat(evidence.get("sentence").getStringValue()).containsIgnoringCase("Node");
        assertThat(r.json().get("total").getLongValue()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void useCasesAreMatchedLooselyByTheirSpelling() {
        for (String spelling : List.of("real-time", "Real Time Applications", "real-time%20apps", "live%20chat")) {
            var r = http.get("/api/technologies?suitedFor=" + spelling.replace(" ", "%20"));
            assertThat(names(r.json().get("items"))).as(spelling).contains("Node.js");
        }
    }

    @Test
    void negativePolarityAnswersWhatTheTextsSayIsNotSuited() {
        var r = http.get("/api/technologies?suitedFor=realtime&polarity=negative");
        assertThat(names(r.json().get("items"))).contains("Django").doesNotContain("Node.js", "Phoenix");
    }

    @Test
    void freeTextAndPagingNarrowTheList() {
        assertThat(names(http.get("/api/technologies?q=phoe").json().get("items"))).containsExactly("Phoenix");
        var page = http.get("/api/technologies?suitedFor=realtime&limit=1&offset=1");
        assertThat(page.json().get("items").size()).isEqualTo(1);
        assertThat(page.json().get("total").getLongValue()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badTechnologyParametersAreA400WithHints() {
        var kind = http.get("/api/technologies?kind=Spaceship");
        assertError(kind, 400);
        assertThat(kind.json().get("hints").get(0).getStringValue()).contains("Framework");
        assertError(http.get("/api/technologies?limit=-1"), 400);
        assertError(http.get("/api/technologies?limit=99999999"), 400);
        assertError(http.get("/api/technologies?limit=abc"), 400);
        assertError(http.get("/api/technologies?polarity=maybe"), 400);
    }

    // --- /api/entities

    @Test
    void entitySearchFindsByPrefixOfNameOrAlias() {
        var r = http.get("/api/entities?q=pyth");
        assertThat(names(r.json().get("items"))).first().isEqualTo("Python");
        assertThat(names(http.get("/api/entities?q=node&kind=Runtime").json().get("items"))).contains("Node.js");
    }

    @Test
    void anEntityShowsItsFactsGroupedWithPolarityAndEvidence() {
        var r = http.get("/api/entities/language/python");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").getStringValue()).isEqualTo("Python");
        JsonNode runsOn = null;
        for (JsonNode g : r.json().get("groups").values()) {
            if (g.get("type").getStringValue().equals("RUNS_ON") && g.get("direction").getStringValue().equals("out")) {
                runsOn = g;
            }
        }
        assertThat(runsOn).isNotNull();
        JsonNode browser = null;
        for (JsonNode rel : runsOn.get("relationships").values()) {
            if (rel.get("other").get("name").getStringValue().equals("web browser")) {
                browser = rel;
            }
        }
        assertThat(browser).isNotNull();
        assertThat(browser.get("polarity").getStringValue()).isEqualTo("negative");
        assertThat(browser.get("evidence").get(0).get("sentence").getStringValue()).contains("does not run");
    }

    @Test
    void anEntityPageKeepsTheHeaviestFactsOfEachGroupAndSaysHowManyThereAre() {
        var all = http.get("/api/entities/language/python?limit=200").json().get("groups");
        var one = http.get("/api/entities/language/python?limit=1").json().get("groups");
        assertThat(one.size()).isEqualTo(all.size());
        boolean cut = false;
        for (int i = 0; i < all.size(); i++) {
            JsonNode full = all.get(i);
            JsonNode top = one.get(i);
            assertThat(top.get("type").getStringValue()).isEqualTo(full.get("type").getStringValue());
            assertThat(full.get("total").getLongValue()).isEqualTo(full.get("relationships").size());
            assertThat(top.get("total").getLongValue()).isEqualTo(full.get("total").getLongValue());
            assertThat(top.get("relationships").size()).isEqualTo(1);
            long heaviest = 0;
            for (JsonNode rel : full.get("relationships").values()) {
                heaviest = Math.max(heaviest, rel.get("weight").getLongValue());
            }
            assertThat(top.get("relationships").get(0).get("weight").getLongValue()).isEqualTo(heaviest);
            cut |= full.get("total").getLongValue() > 1;
        }
        assertThat(cut).as("some group of Python has more than one fact").isTrue();
        assertError(http.get("/api/entities/language/python?limit=0"), 400);
        assertError(http.get("/api/entities/language/python?limit=201"), 400);
    }

    @Test
    void aRuntimeIsFoundAsAFrameworkAndByAlias() {
        assertThat(http.get("/api/entities/Framework/Node.js").status()).isEqualTo(200);
        assertThat(http.get("/api/entities/runtime/NODE.JS").json().get("name").getStringValue()).isEqualTo("Node.js");
    }

    @Test
    void anUnknownEntityIsA404WithCloseMatches() {
        var r = http.get("/api/entities/Language/Pythn");
        assertError(r, 404);
        assertThat(r.json().get("hints").values().iterator().next().getStringValue()).isEqualTo("Python (Language)");
        assertError(http.get("/api/entities/Spaceship/Python"), 400);
    }

    @Test
    void hostileNamesAreAnsweredAsNamesAndChangeNothing() {
        long[] before = counts();
        for (String name : List.of("x') MATCH (n) DETACH DELETE n //", "\"; CREATE (:Evil) //",
                "<script>alert(1)</script>", "Python' OR 1=1 --", "名前", "a".repeat(201))) {
            for (String path : List.of("/api/entities/Language/" + enc(name), "/api/similar/" + enc(name),
                    "/api/technologies?suitedFor=" + enc(name), "/api/use-cases/" + enc(name),
                    "/api/graph?focus=" + enc(name), "/api/ask?q=" + enc("what is " + name + " written in"))) {
                var r = http.get(path);
                assertThat(r.status()).as(path).isIn(200, 400, 404);
                assertThat(r.json()).as(path).isNotNull();
                assertThat(r.body()).doesNotContain("<script>alert");
            }
        }
        assertThat(counts()).isEqualTo(before);
    }

    // --- /api/use-cases

    @Test
    void useCasesShowTheirHierarchy() {
        var r = http.get("/api/use-cases");
        JsonNode chat = null;
        for (JsonNode item : r.json().get("items").values()) {
            if (item.get("name").getStringValue().equals("live chat applications")) {
                chat = item;
            }
        }
        assertThat(chat).isNotNull();
        assertThat(chat.get("broader").getStringValue()).isEqualTo("real-time applications");
    }

    @Test
    void aUseCaseListsWhatSuitsItAndWhatDoesNot() {
        var r = http.get("/api/use-cases/realtime");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").getStringValue()).isEqualTo("real-time applications");
        assertThat(names(r.json().get("suited"))).contains("Node.js", "Phoenix").doesNotContain("Django");
        assertThat(names(r.json().get("notSuited"))).contains("Django");
        assertError(http.get("/api/use-cases/underwater%20basket%20weaving"), 404);
    }

    // --- /api/compare, /api/path, /api/similar

    @Test
    void compareShowsBothSidesAndTheSentencesThatWeighThem() {
        var r = http.get("/api/compare?a=python&b=JS");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("a").get("name").getStringValue()).isEqualTo("Python");
        assertThat(r.json().get("b").get("name").getStringValue()).isEqualTo("JavaScript");
        List<String> written = new ArrayList<>();
        r.json().get("a").get("writtenInIt").values().forEach(v -> written.add(v.getStringValue()));
        assertThat(written).contains("Django", "Flask");
        assertThat(r.json().get("comparisons").size()).isGreaterThan(0);
        assertError(http.get("/api/compare?a=Python"), 400);
    }

    @Test
    void pathLinksTwoEntitiesStepByStepWithEvidence() {
        var r = http.get("/api/path?from=Django&to=Transcrypt");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode steps = r.json().get("paths").get(0).get("steps");
        assertThat(steps.size()).isEqualTo(2);
        assertThat(steps.get(0).get("evidence").size()).isGreaterThan(0);
        assertError(http.get("/api/path?from=Django&to=Transcrypt&max=99"), 400);
    }

    @Test
    void similarTechnologiesShareWhatTheyAreWrittenInAndSuitedFor() {
        var r = http.get("/api/similar/Django");
        assertThat(names(r.json().get("items"))).first().isEqualTo("Flask");
        assertError(http.get("/api/similar/Djangoo%20Unchained%20Framework"), 404);
    }

    // --- /api/ask

    @Test
    void askAnswersTheRealtimeQuestionAndShowsItsCypher() {
        var r = http.get("/api/ask?q=" + enc("Which frameworks are suited to realtime?"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("form").getStringValue()).isEqualTo("suited-for");
        assertThat(r.json().get("cypher").getStringValue()).contains("$useCases");
        assertThat(r.json().get("params").get("kind").getStringValue()).isEqualTo("Framework");
        assertThat(names(r.json().get("answers"))).contains("Node.js").doesNotContain("Django");
    }

    @Test
    void askNeverAnswersANegativeFactAsPositive() {
        assertThat(names(http.get("/api/ask?q=" + enc("where does Python run")).json().get("answers")))
                .doesNotContain("web browser");
        assertThat(names(http.get("/api/ask?q=" + enc("where does Python not run?")).json().get("answers")))
                .contains("web browser");
        assertThat(names(http.get("/api/ask?q=" + enc("where does JavaScript run")).json().get("answers")))
                .contains("web browser", "Node.js");
    }

    @Test
    void askUnderstandsTheOtherForms() {
        assertThat(answers("what is Django written in")).contains("Python");
        assertThat(answers("what is written in Python")).contains("Django", "Flask", "Transcrypt");
        assertThat(answers("which frameworks are written in Python")).contains("Django").doesNotContain("Transcrypt");
        assertThat(answers("what compiles Python to JavaScript")).contains("Transcrypt", "Brython").doesNotContain("Python");
        assertThat(answers("what does Transcrypt compile to")).contains("JavaScript");
        assertThat(answers("compare Python and JavaScript")).containsExactly("Python", "JavaScript");
        assertThat(answers("alternatives to Django")).contains("Flask");
        assertThat(answers("traits of Python")).contains("clean syntax");
        assertThat(answers("what is Python compared with")).contains("JavaScript");
    }

    @Test
    void anUnparseableQuestionIsA400ListingTheForms() {
        var r = http.get("/api/ask?q=" + enc("tell me a joke about monads"));
        assertError(r, 400);
        assertThat(r.json().get("hints").size()).isGreaterThan(5);
        assertError(http.get("/api/ask"), 400);
        assertError(http.get("/api/ask?q=" + enc("what is Brainfsck++ written in")), 404);
    }

    private List<String> answers(String question) {
        var r = http.get("/api/ask?q=" + enc(question));
        assertThat(r.status()).as(question + ": " + r.body()).isEqualTo(200);
        return names(r.json().get("answers"));
    }

    // --- /api/graph, /api/stats, /api/config

    @Test
    void theGraphIsCappedAndItsEdgesJoinItsNodes() {
        var r = http.get("/api/graph?limit=5");
        assertThat(r.json().get("nodes").size()).isEqualTo(5);
        assertThat(r.json().get("truncated").getBooleanValue()).isTrue();
        List<String> ids = new ArrayList<>();
        r.json().get("nodes").values().forEach(n -> ids.add(n.get("data").get("id").getStringValue()));
        for (JsonNode e : r.json().get("edges").values()) {
            assertThat(ids).contains(e.get("data").get("source").getStringValue(),
                    e.get("data").get("target").getStringValue());
        }
        assertThat(http.get("/api/graph").json().get("nodes").size()).isLessThanOrEqualTo(300);
    }

    @Test
    void aFocusedGraphHoldsTheNeighbours() {
        var r = http.get("/api/graph?focus=Django&depth=1");
        List<String> ids = new ArrayList<>();
        r.json().get("nodes").values().forEach(n -> ids.add(n.get("data").get("id").getStringValue()));
        assertThat(ids).contains("Framework:django", "Language:python", "UseCase:real time applications")
                .doesNotContain("Language:elixir");
        var positive = http.get("/api/graph?focus=Django&depth=1&polarity=positive&types=WRITTEN_IN");
        List<String> few = new ArrayList<>();
        positive.json().get("nodes").values().forEach(n -> few.add(n.get("data").get("id").getStringValue()));
        assertThat(few).contains("Language:python").doesNotContain("UseCase:real time applications");
        assertError(http.get("/api/graph?types=LOVES"), 400);
        assertError(http.get("/api/graph?focus=Django&depth=9"), 400);
    }

    @Test
    void statsCountWhatTheGraphHolds() {
        var r = http.get("/api/stats");
        assertThat(r.json().get("entities").get("Language").getLongValue()).isGreaterThanOrEqualTo(3);
        assertThat(r.json().get("relationships").get("SUITED_FOR").getLongValue()).isGreaterThanOrEqualTo(5);
        assertThat(r.json().get("documents").getLongValue()).isGreaterThanOrEqualTo(2);
        assertThat(r.json().get("mostConnected").size()).isGreaterThan(0);
    }

    @Test
    void configSaysWritesAreOpenWithoutAToken() {
        var r = http.get("/api/config");
        assertThat(r.json().get("writable").getBooleanValue()).isTrue();
        assertThat(r.json().get("bolt").isNull()).isTrue();
    }

    @Test
    void theOpenApiSpecAndSwaggerUiAreServed() {
        var spec = http.get("/swagger/techgraph-0.1.yml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/technologies", "/api/cypher", "/api/ask");
        var ui = http.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }

    // --- errors

    @Test
    void everyFrameworkErrorHasTheOneErrorBody() {
        assertError(http.get("/api/no-such-thing"), 404);
        assertError(http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/technologies"))
                .DELETE()), 405);
        assertError(http.post("/api/cypher", "text/plain", "MATCH (n) RETURN n"), 415);
        assertError(http.post("/api/cypher", "application/json", "{\"query\": \"MATCH (n) RETURN n\", "), 400);
        assertError(http.post("/api/cypher", "application/json", "[1, 2]"), 400);
        assertError(http.postBytes("/api/cypher", "application/json", new byte[10 * 1024 * 1024]), 413);
    }
}
