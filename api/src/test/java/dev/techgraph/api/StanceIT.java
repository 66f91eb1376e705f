package dev.techgraph.api;

import static dev.techgraph.api.ApiIT.names;
import static dev.techgraph.api.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.testing.Neo4jExtension;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers weigh documents, not sentences: invented documents that agree, disagree and repeat themselves,
 * added to the fixture graph (and removed after), asked through every endpoint that answers with facts.
 */
@MicronautTest
class StanceIT extends ApiTestBase {

    private static final EntityRecord ZORBLANG = entity(Kind.LANGUAGE, "Zorblang");
    private static final EntityRecord MUREX = entity(Kind.LANGUAGE, "Murex");
    private static final EntityRecord QUILLEX = entity(Kind.LANGUAGE, "Quillex");
    private static final EntityRecord GAMES = entity(Kind.USE_CASE, "game development");
    private static final EntityRecord EMBEDDED = entity(Kind.USE_CASE, "embedded systems");

    private static final EntityRecord FLUTTER = entity(Kind.FRAMEWORK, "Flutter");
    private static final EntityRecord REACT_NATIVE = entity(Kind.FRAMEWORK, "React Native");
    private static final EntityRecord ACTIX = entity(Kind.FRAMEWORK, "Actix Web");
    private static final EntityRecord GIN = entity(Kind.FRAMEWORK, "Gin");
    private static final EntityRecord MOBILE = entity(Kind.USE_CASE, "mobile development");
    private static final EntityRecord CROSS_PLATFORM = entity(Kind.USE_CASE, "cross-platform apps");
    private static final EntityRecord WEB = entity(Kind.USE_CASE, "web development");
    private static final EntityRecord FAST = entity(Kind.TRAIT, "high performance");
    private static final EntityRecord COMMUNITY = entity(Kind.TRAIT, "large community");
    private static final EntityRecord ECOSYSTEM = entity(Kind.TRAIT, "rich ecosystem");

    private final List<String> sources = new ArrayList<>();
    private GraphWriter writer;

    @BeforeAll
    void addDocuments() {
        writer = new GraphWriter(Neo4jExtension.driver(), null);
        write("stance/praise.txt", List.of("Zorblang is a good fit for game development.",
                "Murex is a fine pick for game development."),
                List.of(ZORBLANG, MUREX, GAMES),
                List.of(fact(ZORBLANG, GAMES, true, 0), fact(MUREX, GAMES, true, 1)));
        write("stance/doubt.txt", List.of("Zorblang is a poor choice for game development.",
                "Murex is a poor choice for game development."),
                List.of(ZORBLANG, MUREX, GAMES),
                List.of(fact(ZORBLANG, GAMES, false, 0), fact(MUREX, GAMES, false, 1)));
        write("stance/more-doubt.txt", List.of("Few studios would pick Murex for game development."),
                List.of(MUREX, GAMES), List.of(fact(MUREX, GAMES, false, 0)));
        // one document that says the same thing a thousand times, and one that says otherwise once
        List<String> echo = Collections.nCopies(1000, "Quillex is great for embedded systems.");
        write("stance/echo.txt", echo, List.of(QUILLEX, EMBEDDED), List.of(new RelationRecord(QUILLEX.ref(),
                RelationType.SUITED_FOR, EMBEDDED.ref(), Polarity.POSITIVE, null,
                IntStream.range(0, echo.size()).boxed().toList(), List.of("test"))));
        write("stance/embedded-notes.txt", List.of("Quillex is not meant for embedded systems."),
                List.of(QUILLEX, EMBEDDED), List.of(fact(QUILLEX, EMBEDDED, false, 0)));
        // Flutter shares two specific use cases with React Native, and four common things with Actix Web and Gin
        write("stance/mobile.txt", List.of("Flutter targets mobile development.",
                "Flutter builds cross-platform apps.", "Flutter also reaches web development.",
                "Flutter offers high performance, a large community and a rich ecosystem.",
                "React Native targets mobile development and cross-platform apps.",
                "React Native has a large community."),
                List.of(FLUTTER, REACT_NATIVE, MOBILE, CROSS_PLATFORM, WEB, FAST, COMMUNITY, ECOSYSTEM),
                List.of(fact(FLUTTER, MOBILE, true, 0), fact(FLUTTER, CROSS_PLATFORM, true, 1),
                        fact(FLUTTER, WEB, true, 2), trait(FLUTTER, FAST, 3), trait(FLUTTER, COMMUNITY, 3),
                        trait(FLUTTER, ECOSYSTEM, 3), fact(REACT_NATIVE, MOBILE, true, 4),
                        fact(REACT_NATIVE, CROSS_PLATFORM, true, 4), trait(REACT_NATIVE, COMMUNITY, 5)));
        write("stance/servers.txt", List.of("Actix Web serves web development with high performance.",
                "Actix Web has a large community and a rich ecosystem.",
                "Gin serves web development with high performance.",
                "Gin has a large community and a rich ecosystem."),
                List.of(ACTIX, GIN, WEB, FAST, COMMUNITY, ECOSYSTEM),
                List.of(fact(ACTIX, WEB, true, 0), trait(ACTIX, FAST, 0), trait(ACTIX, COMMUNITY, 1),
                        trait(ACTIX, ECOSYSTEM, 1), fact(GIN, WEB, true, 2), trait(GIN, FAST, 2),
                        trait(GIN, COMMUNITY, 3), trait(GIN, ECOSYSTEM, 3)));
    }

    @AfterAll
    void removeDocuments() {
        sources.forEach(writer::remove);
    }

    @Test
    void aContestedFactIsListedApartWithBothSides() {
        JsonNode page = http.get("/api/technologies?suitedFor=" + enc("game development")).json();
        assertThat(names(page.get("items"))).doesNotContain("Zorblang", "Murex");
        JsonNode zorblang = named(page.get("contested"), "Zorblang");
        assertThat(zorblang.get("verdict").getStringValue()).isEqualTo("contested");
        assertThat(zorblang.get("score").getNumberValue().doubleValue()).isZero();
        assertThat(sentences(zorblang.get("evidence"))).containsExactly("Zorblang is a good fit for game development.");
        assertThat(sentences(zorblang.get("against"))).containsExactly("Zorblang is a poor choice for game development.");

        JsonNode side = http.get("/api/compare?a=Zorblang&b=Python").json().get("a");
        assertThat(texts(side.get("suitedFor"))).doesNotContain("game development");
        assertThat(texts(side.get("notSuitedFor"))).doesNotContain("game development");
        JsonNode disputed = side.get("contested").get(0);
        assertThat(disputed.get("stance").get("object").getStringValue()).isEqualTo("game development");
        assertThat(disputed.get("evidence").size()).isEqualTo(1);
        assertThat(disputed.get("against").size()).isEqualTo(1);
    }

    @Test
    void aDeniedFactIsNeverAPositiveAnswer() {
        JsonNode positive = http.get("/api/technologies?suitedFor=" + enc("game development")).json();
        assertThat(names(positive.get("items"))).doesNotContain("Murex");
        assertThat(names(positive.get("contested"))).doesNotContain("Murex");
        assertThat(names(positive.get("conditional"))).doesNotContain("Murex");
        JsonNode negative = http.get("/api/technologies?polarity=negative&suitedFor=" + enc("game development")).json();
        JsonNode murex = named(negative.get("items"), "Murex");
        assertThat(murex.get("verdict").getStringValue()).isEqualTo("denied");
        assertThat(murex.get("evidence").size()).isEqualTo(2);
        assertThat(sentences(murex.get("against"))).containsExactly("Murex is a fine pick for game development.");
        var ask = http.get("/api/ask?q=" + enc("Is Murex good for game development?")).json();
        assertThat(ask.get("verdict").getStringValue()).isEqualTo("denied");
        assertThat(ask.get("answers").size()).isZero();
    }

    @Test
    void aYesNoQuestionAnswersWithTheVerdictAndBothSides() {
        var r = http.get("/api/ask?q=" + enc("Is Zorblang good for game development?"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode answer = r.json();
        assertThat(answer.get("form").getStringValue()).isEqualTo("is-suited");
        assertThat(answer.get("verdict").getStringValue()).isEqualTo("contested");
        assertThat(answer.get("answers").size()).isZero();
        assertThat(names(answer.get("contested"))).containsExactly("Zorblang");
        assertThat(answer.get("stance").get("evidence").size()).isEqualTo(1);
        assertThat(answer.get("stance").get("against").size()).isEqualTo(1);
        assertThat(http.get("/api/ask?q=" + enc("can Node.js be used for live chat applications")).json()
                .get("verdict").getStringValue()).isEqualTo("supported");
    }

    @Test
    void aSentenceRepeatedAThousandTimesInOneDocumentCountsOnce() {
        JsonNode fact = entityFact("Language", "Quillex", "SUITED_FOR", "embedded systems", "positive");
        assertThat(fact.get("weight").getLongValue()).isEqualTo(1);
        JsonNode stance = fact.get("stance");
        assertThat(stance.get("documentsFor").getLongValue()).isEqualTo(1);
        assertThat(stance.get("documentsAgainst").getLongValue()).isEqualTo(1);
        assertThat(stance.get("verdict").getStringValue()).isEqualTo("contested");
        JsonNode page = http.get("/api/technologies?suitedFor=" + enc("embedded systems")).json();
        assertThat(names(page.get("items"))).doesNotContain("Quillex");
        assertThat(names(page.get("contested"))).contains("Quillex");
    }

    @Test
    void theSameFactScoresTheSameInEveryAnswer() {
        String chat = "live chat applications";
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("technologies", factScore(named(http.get("/api/technologies?suitedFor=" + enc(chat)).json()
                .get("items"), "Node.js").get("facts"), chat));
        scores.put("use-cases", factScore(named(http.get("/api/use-cases/" + enc(chat)).json().get("suited"),
                "Node.js").get("facts"), chat));
        scores.put("ask list", factScore(named(http.get("/api/ask?q=" + enc("frameworks suited to " + chat)).json()
                .get("answers"), "Node.js").get("facts"), chat));
        scores.put("ask yes/no", factScore(http.get("/api/ask?q=" + enc("is Node.js good for " + chat)).json()
                .get("stance").get("facts"), chat));
        scores.put("entities", entityFact("Runtime", "Node.js", "SUITED_FOR", chat, "positive").get("stance")
                .get("score").getNumberValue().doubleValue());
        scores.put("compare", factScore(http.get("/api/compare?a=Node.js&b=Phoenix").json().get("a").get("facts"), chat));
        scores.put("similar", factScore(named(http.get("/api/similar/Phoenix?limit=50").json().get("items"),
                "Node.js").get("facts"), chat));
        assertThat(scores.get("entities")).isPositive();
        assertThat(scores.values()).as(scores.toString()).containsOnly(scores.get("entities"));
    }

    @Test
    void alternativesWeighWhatIsSharedBySpecificity() {
        var r = http.get("/api/similar/Flutter?limit=20");
        List<String> similar = names(r.json().get("items"));
        assertThat(similar).contains("React Native", "Actix Web", "Gin");
        assertThat(similar.indexOf("React Native")).as(r.body()).isLessThan(similar.indexOf("Actix Web"));
        assertThat(similar.indexOf("React Native")).isLessThan(similar.indexOf("Gin"));
        assertThat(similar.get(0)).isEqualTo("React Native");
        List<String> alternatives = names(http.get("/api/ask?q=" + enc("alternatives to Flutter")).json().get("answers"));
        assertThat(alternatives).first().isEqualTo("React Native");
    }

    private JsonNode entityFact(String kind, String name, String type, String other, String polarity) {
        for (JsonNode g : http.get("/api/entities/" + kind + "/" + enc(name)).json().get("groups").values()) {
            if (g.get("type").getStringValue().equals(type)) {
                for (JsonNode rel : g.get("relationships").values()) {
                    if (rel.get("other").get("name").getStringValue().equals(other)
                            && rel.get("polarity").getStringValue().equals(polarity)) {
                        return rel;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " " + other + " (" + polarity + ") on " + name);
    }

    private static double factScore(JsonNode facts, String object) {
        for (JsonNode f : facts.values()) {
            if (f.get("object").getStringValue().equals(object)) {
                return f.get("score").getNumberValue().doubleValue();
            }
        }
        throw new AssertionError("no fact to " + object + " in " + facts);
    }

    private static JsonNode named(JsonNode items, String name) {
        for (JsonNode item : items.values()) {
            if (item.get("name").getStringValue().equals(name)) {
                return item;
            }
        }
        throw new AssertionError(name + " is not in " + names(items));
    }

    private static List<String> sentences(JsonNode evidence) {
        List<String> out = new ArrayList<>();
        evidence.values().forEach(e -> out.add(e.get("sentence").getStringValue()));
        return out;
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }

    private void write(String source, List<String> sentences, List<EntityRecord> entities,
                       List<RelationRecord> relations) {
        DocumentGraph graph = Fixture.document(source, source, sentences, entities, relations);
        writer.write(graph);
        sources.add(source);
    }

    private static EntityRecord entity(Kind kind, String name) {
        return new EntityRecord(kind, Keys.of(name), name, List.of(name));
    }

    private static RelationRecord fact(EntityRecord a, EntityRecord useCase, boolean positive, int sentence) {
        return new RelationRecord(a.ref(), RelationType.SUITED_FOR, useCase.ref(),
                positive ? Polarity.POSITIVE : Polarity.NEGATIVE, null, List.of(sentence), List.of("test"));
    }

    private static RelationRecord trait(EntityRecord a, EntityRecord trait, int sentence) {
        return new RelationRecord(a.ref(), RelationType.HAS_TRAIT, trait.ref(), Polarity.POSITIVE, null,
                List.of(sentence), List.of("test"));
    }
}
