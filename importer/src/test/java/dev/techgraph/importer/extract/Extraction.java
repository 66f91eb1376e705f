package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.vocabulary.Vocabulary;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Test helper: extracts text with a small vocabulary of invented names (so the tests exercise the rules,
 * not the bundled vocabulary) and renders relations as "Source TYPE Target polarity" lines.
 */
public final class Extraction {

    static final Vocabulary VOCABULARY = Vocabulary.parse(new StringReader("""
            Language | Nimbel | |
            Language | Zorblang | Zorb |
            Language | Tessel | |
            Language | Rust | | ambiguous
            Runtime | Vortex | Vortex VM |
            Runtime | Quasar | |
            Tool | Transpo | | compiles=Zorblang
            Tool | Pecker | | lang=Nimbel
            Library | Lantern | | needs-cue lang=Nimbel
            Framework | Sparrow | | lang=Nimbel
            Framework | Falcon | | lang=Zorblang
            Framework | Kestrel | |
            UseCase | serverless functions | serverless |
            UseCase | game development | games |
            UseCase | back end development | back end, backend |
            UseCase | front end development | front end, frontend |
            UseCase | real-time applications | real-time, real time |
            UseCase | live chat applications | live chat | broader=real-time applications
            UseCase | gaming servers | game servers | broader=real-time applications
            Trait | high performance | fast, faster |
            Trait | simplicity | simple |
            Trait | large community | community |
            Trait | fast startup | startup time |
            UseCase | machine learning | ML |
            Trait | low latency | low-latency |
            UseCase | event processing | |
            UseCase | bundling | |
            UseCase | heavy traffic | high traffic |
            Trait | rich ecosystem | ecosystem, mature ecosystem |
            Trait | concurrency support | concurrency |
            Trait | maintainability | maintainable |
            Trait | testability | easy to test |
            Trait | fast compilation | compiles quickly |
            Trait | steep learning curve | hard to learn |
            Trait | gentle learning curve | easy to learn |
            """), "test vocabulary");

    private static final Pipeline PIPELINE = new Pipeline(new RuleExtractor(VOCABULARY));

    private Extraction() {
    }

    public static DocumentGraph extract(String text) {
        return extract(text, Format.TEXT);
    }

    public static DocumentGraph extract(String text, Format format) {
        String name = format == Format.MARKDOWN ? "test.md" : format == Format.HTML ? "test.html" : "test.txt";
        return PIPELINE.extract(name, text.getBytes(StandardCharsets.UTF_8), format);
    }

    /** Relations as "Source TYPE Target polarity"; symmetric types with the names in alphabetical order. */
    public static List<String> facts(DocumentGraph graph) {
        Map<EntityRef, String> names = graph.entities().stream()
                .collect(Collectors.toMap(EntityRecord::ref, EntityRecord::name, (a, b) -> a));
        Function<RelationRecord, String> line = r -> {
            String a = names.get(r.source());
            String b = names.get(r.target());
            if (r.type().symmetric() && a.compareTo(b) > 0) {
                String swap = a;
                a = b;
                b = swap;
            }
            return a + " " + r.type() + " " + b + " " + r.polarity().value();
        };
        return graph.relations().stream().map(line).toList();
    }

    public static List<String> facts(String text) {
        return facts(extract(text));
    }
}
