package dev.techgraph.api.technology;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Database;
import dev.techgraph.model.Kind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** {@code GET /api/technologies}: technologies by kind and by what the texts say they are suited for. */
@Controller("/api/technologies")
class TechnologyController {

    private static final String SUITED_FOR = """
            MATCH (u:UseCase) WHERE u.key IN $useCases
            MATCH (u)<-[:PART_OF*0..4]-(n:UseCase)
            MATCH (t:Entity)-[r:SUITED_FOR {polarity: 'positive'}]->(n)
            WHERE $kind IS NULL OR $kind IN labels(t)
            WITH t, collect(DISTINCT r) AS facts
            WITH t, facts, reduce(ids = [], f IN facts | ids + f.evidence) AS sentenceIds
            CALL (sentenceIds) {
              MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence) WHERE s.id IN sentenceIds
              RETURN collect({document: d.title, sentence: s.text})[0..5] AS evidence
            }
            RETURN t.name AS name, t.kind AS kind,
                   reduce(w = 0, f IN facts | w + f.weight) AS score, evidence
            ORDER BY score DESC, name
            """;

    private static final String ALL = """
            MATCH (t:Entity) WHERE ($kind IS NULL OR $kind IN labels(t)) AND NOT t:UseCase AND NOT t:Trait
            RETURN t.name AS name, t.kind AS kind, t.mentions AS score, [] AS evidence
            ORDER BY score DESC, name
            LIMIT 200
            """;

    private final Driver driver;
    private final Database database;
    private final UseCaseMatcher useCases;

    TechnologyController(Driver driver, Database database, UseCaseMatcher useCases) {
        this.driver = driver;
        this.database = database;
        this.useCases = useCases;
    }

    @Get
    TechnologyResponses.Items list(@Nullable @QueryValue String kind, @Nullable @QueryValue String suitedFor) {
        String label = null;
        if (kind != null && !kind.isBlank()) {
            label = Kind.parse(kind).orElseThrow(() -> ApiException.badRequest("unknown kind '" + kind + "'",
                    List.of("kind is one of " + Kind.allLabels()))).label();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("kind", label);
        String query = ALL;
        if (suitedFor != null && !suitedFor.isBlank()) {
            params.put("useCases", useCases.keys(suitedFor));
            query = SUITED_FOR;
        }
        List<TechnologyResponses.Item> items = new ArrayList<>();
        for (var row : driver.executableQuery(query).withParameters(params).withConfig(database.query())
                .execute().records()) {
            List<TechnologyResponses.Evidence> evidence = row.get("evidence").asList(v ->
                    new TechnologyResponses.Evidence(v.get("document").asString(), v.get("sentence").asString()));
            items.add(new TechnologyResponses.Item(row.get("name").asString(), row.get("kind").asString(),
                    row.get("score").asNumber().doubleValue(), evidence));
        }
        return new TechnologyResponses.Items(items);
    }
}
