package dev.techgraph.api.ui;

import dev.techgraph.api.Fixture;

import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.RelationRecord;
import java.util.List;

/**
 * A small document whose facts are stated exactly (so the page tests do not hang on the extractor's output),
 * one of whose sentences carries markup that must show as characters and never run.
 */
final class PageFixture {

    static final String SOURCE = "ui-test/hostile-notes.txt";
    static final String TITLE = "Notes with <b>markup</b> in them";
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__pwned=1\">";
    static final String CLEAN_SENTENCE = "Node.js is a good fit for real-time applications such as chat servers.";
    static final String HOSTILE_SENTENCE = "Node.js suits real-time applications " + IMAGE + " and " + SCRIPT
            + " live dashboards.";

    private static final EntityRecord NODE = entity(Kind.RUNTIME, "Node.js");
    private static final EntityRecord REALTIME = entity(Kind.USE_CASE, "real-time applications");
    private static final EntityRecord JS = entity(Kind.LANGUAGE, "JavaScript");
    private static final EntityRecord PYTHON = entity(Kind.LANGUAGE, "Python");
    private static final EntityRecord BROWSER = entity(Kind.RUNTIME, "web browser");

    private PageFixture() {
    }

    static DocumentGraph document() {
        List<String> texts = List.of(CLEAN_SENTENCE, HOSTILE_SENTENCE,
                "JavaScript runs on Node.js outside the browser.",
                "Python does not run natively in a web browser.");
        List<EntityRecord> entities = List.of(NODE, REALTIME, JS, PYTHON, BROWSER);
        List<RelationRecord> relations = List.of(
                fact(NODE, RelationType.SUITED_FOR, REALTIME, Polarity.POSITIVE, 0, 1),
                fact(JS, RelationType.RUNS_ON, NODE, Polarity.POSITIVE, 2),
                fact(PYTHON, RelationType.RUNS_ON, BROWSER, Polarity.NEGATIVE, 3));
        return Fixture.document(SOURCE, TITLE, texts, entities, relations);
    }

    private static EntityRecord entity(Kind kind, String name) {
        return new EntityRecord(kind, Keys.of(name), name, List.of(name));
    }

    private static RelationRecord fact(EntityRecord a, RelationType type, EntityRecord b, Polarity polarity,
                                       Integer... sentences) {
        return new RelationRecord(new EntityRef(a.kind(), a.key()), type, new EntityRef(b.kind(), b.key()),
                polarity, null, List.of(sentences), List.of("ui-test"));
    }
}
