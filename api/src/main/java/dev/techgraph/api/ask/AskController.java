package dev.techgraph.api.ask;

import dev.techgraph.store.read.AskQueries;
import dev.techgraph.store.read.Stance;
import dev.techgraph.api.compare.CompareController;
import dev.techgraph.api.entity.EntityLookup;
import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.provenance.Evidence;
import dev.techgraph.api.similar.Similarity;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.system.Params;
import dev.techgraph.api.technology.TechnologySearch;
import dev.techgraph.api.technology.UseCaseMatcher;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/ask?q=}: a plain-English question mapped by {@link Question} to one of a few reviewed,
 * parameterised queries. The answer shows the Cypher it ran and its parameters, so a person can check it
 * and take it to /api/cypher or Neo4j Browser.
 */
@dev.techgraph.api.error.StandardErrors
@Controller("/api/ask")
class AskController {

    static String relation(RelationType type, boolean incoming) {
        return AskQueries.relation(type, incoming);
    }

    private static final Map<String, String> RELATIONS = new HashMap<>();

    static {
        for (RelationType type : RelationType.values()) {
            RELATIONS.put(type.name() + ":out", relation(type, false));
            RELATIONS.put(type.name() + ":in", relation(type, true));
        }
    }

    static final String COMPILES = AskQueries.COMPILES;

    static final String STANCE = AskQueries.STANCE;

    /**
     * An answer: {@code answers} holds what the documents settle (a denied fact is never a positive answer);
     * {@code contested} and {@code conditional} (supported only on a condition) come apart, marked, with the
     * sentences of both sides. A yes/no question ("is X good for Y") also gives the fact's {@code verdict}
     * (supported, contested, denied, or unknown when no document says) and the fact itself ({@code stance}).
     */
    @Serdeable
    record Answer(String question, String form, String cypher, Map<String, Object> params,
                  List<TechnologySearch.Item> answers, List<TechnologySearch.Item> contested,
                  List<TechnologySearch.Item> conditional, String verdict, TechnologySearch.Item stance) {

        Answer(String question, String form, String cypher, Map<String, Object> params,
               List<TechnologySearch.Item> answers) {
            this(question, form, cypher, params, answers, List.of(), List.of(), null, null);
        }
    }

    private final Graph graph;
    private final EntityLookup lookup;
    private final UseCaseMatcher useCases;
    private final TechnologySearch search;
    private final Similarity similarity;
    private final CompareController compare;

    AskController(Graph graph, EntityLookup lookup, UseCaseMatcher useCases, TechnologySearch search,
                  Similarity similarity, CompareController compare) {
        this.graph = graph;
        this.lookup = lookup;
        this.useCases = useCases;
        this.search = search;
        this.similarity = similarity;
        this.compare = compare;
    }

    /**
     * Answers a question of one of the understood forms; 400 listing the forms otherwise.
     *
     * @param q the question, e.g. "frameworks suited to realtime" or "where does Python not run"
     */
    @Get
    Answer ask(@Nullable @QueryValue String q) {
        String text = Params.text("q", q, 300);
        if (text == null) {
            throw ApiException.badRequest("ask a question with ?q=", Question.Form.examples());
        }
        Question question = Question.parse(text).orElseThrow(() -> ApiException.badRequest(
                "the question has none of the understood forms; try one of the hints", Question.Form.examples()));
        String form = question.form().name().toLowerCase().replace('_', '-');
        return switch (question.form()) {
            case SUITED_FOR -> suitedFor(text, form, question);
            case IS_SUITED -> isSuited(text, form, question);
            case SUITED -> related(text, form, question, RelationType.SUITED_FOR, false);
            case WRITTEN_IN -> related(text, form, question, RelationType.WRITTEN_IN, false);
            case WRITTEN_IN_IT -> related(text, form, question, RelationType.WRITTEN_IN, true);
            case COMPILES_TO -> related(text, form, question, RelationType.COMPILES_TO, false);
            case RUNS_ON -> related(text, form, question, RelationType.RUNS_ON, false);
            case TRAITS -> related(text, form, question, RelationType.HAS_TRAIT, false);
            case COMPARED -> related(text, form, question, RelationType.COMPARED_WITH, false);
            case COMPILES -> compiles(text, form, question);
            case COMPARE -> compare(text, form, question);
            case ALTERNATIVES -> alternatives(text, form, question);
        };
    }

    private Answer suitedFor(String text, String form, Question question) {
        var criteria = new TechnologySearch.Criteria(question.kind(), useCases.require(question.first()), null,
                question.negative() ? Polarity.NEGATIVE : Polarity.POSITIVE, 50, 0);
        var page = search.search(criteria);
        return new Answer(text, form, TechnologySearch.SUITED_FOR, TechnologySearch.params(criteria), page.items(),
                page.contested(), page.conditional(), null, null);
    }

    private Answer isSuited(String text, String form, Question question) {
        EntityLookup.Found e = lookup.require(question.first(), null);
        Map<String, Object> params = new HashMap<>();
        params.put("kind", e.kind());
        params.put("key", e.key());
        params.put("useCases", useCases.require(question.second()));
        TechnologySearch.Item item = TechnologySearch.Item.of(graph.readOne(STANCE, params).get("answer"));
        String verdict = item.verdict() == null ? "unknown" : item.verdict();
        boolean conditional = !item.facts().isEmpty() && item.facts().get(0).conditional();
        boolean plain = verdict.equals(Stance.SUPPORTED) && !conditional;
        return new Answer(text, form, STANCE, params, plain ? List.of(item) : List.of(),
                verdict.equals(Stance.CONTESTED) ? List.of(item) : List.of(),
                verdict.equals(Stance.SUPPORTED) && conditional ? List.of(item) : List.of(), verdict, item);
    }

    private Answer related(String text, String form, Question question, RelationType type, boolean incoming) {
        EntityLookup.Found e = lookup.require(question.first(), null);
        String query = RELATIONS.get(type.name() + (incoming ? ":in" : ":out"));
        Map<String, Object> params = new HashMap<>();
        params.put("kind", e.kind());
        params.put("key", e.key());
        params.put("polarity", (question.negative() ? Polarity.NEGATIVE : Polarity.POSITIVE).value());
        params.put("otherKind", question.kind() == null ? null : question.kind().label());
        var row = graph.readOne(query, params);
        return new Answer(text, form, query, params, TechnologySearch.Item.list(row.get("items")),
                TechnologySearch.Item.list(row.get("contested")), TechnologySearch.Item.list(row.get("conditional")),
                null, null);
    }

    private Answer compiles(String text, String form, Question question) {
        EntityLookup.Found from = lookup.require(question.first(), null);
        EntityLookup.Found to = lookup.require(question.second(), null);
        Map<String, Object> params = Map.of("fromKind", from.kind(), "fromKey", from.key(),
                "toKind", to.kind(), "toKey", to.key());
        return new Answer(text, form, COMPILES, params, items(graph.read(COMPILES, params)));
    }

    private Answer compare(String text, String form, Question question) {
        var result = compare.compare(question.first(), question.second());
        EntityLookup.Found a = lookup.require(question.first(), null);
        EntityLookup.Found b = lookup.require(question.second(), null);
        Map<String, Object> params = Map.of("aKind", a.kind(), "aKey", a.key(), "bKind", b.kind(), "bKey", b.key());
        double weight = result.comparisons().size();
        return new Answer(text, form, CompareController.COMPARISONS, params, List.of(
                new TechnologySearch.Item(result.a().name(), result.a().kind(), weight, result.comparisons()),
                new TechnologySearch.Item(result.b().name(), result.b().kind(), weight, result.comparisons())));
    }

    private Answer alternatives(String text, String form, Question question) {
        EntityLookup.Found e = lookup.require(question.first(), null);
        var items = similarity.similarTo(question.first(), 10, true).items().stream()
                .map(i -> new TechnologySearch.Item(i.name(), i.kind(), i.score(), List.of())).toList();
        return new Answer(text, form, Similarity.SIMILAR, Similarity.params(e, 10, true), items);
    }

    private static List<TechnologySearch.Item> items(List<org.neo4j.driver.Record> rows) {
        return rows.stream().map(r -> new TechnologySearch.Item(r.get("name").asString(), r.get("kind").asString(),
                r.get("score").asNumber().doubleValue(), Evidence.list(r.get("evidence")))).toList();
    }

}
