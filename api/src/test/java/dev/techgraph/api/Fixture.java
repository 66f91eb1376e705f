package dev.techgraph.api;

import dev.techgraph.importer.extract.RuleExtractor;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.DocumentInfo;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.doc.SentenceRecord;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.testing.Neo4jExtension;
import dev.techgraph.model.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The graph the API tests ask questions of: the bundled sample corpus as the importer extracts it, plus
 * two small hand-written documents whose facts are stated exactly (written through the model's own
 * writer), so the tests do not depend on the extractor's exact output.
 */
public final class Fixture {

    static final EntityRecord NODE = entity(Kind.RUNTIME, "Node.js");
    static final EntityRecord JS = entity(Kind.LANGUAGE, "JavaScript");
    static final EntityRecord PYTHON = entity(Kind.LANGUAGE, "Python");
    static final EntityRecord DJANGO = entity(Kind.FRAMEWORK, "Django");
    static final EntityRecord FLASK = entity(Kind.FRAMEWORK, "Flask");
    static final EntityRecord TRANSCRYPT = entity(Kind.TOOL, "Transcrypt");
    static final EntityRecord BROWSER = entity(Kind.RUNTIME, "web browser");
    static final EntityRecord PHOENIX = entity(Kind.FRAMEWORK, "Phoenix");
    static final EntityRecord ELIXIR = entity(Kind.LANGUAGE, "Elixir");
    static final EntityRecord REALTIME = entity(Kind.USE_CASE, "real-time applications");
    static final EntityRecord CHAT = entity(Kind.USE_CASE, "live chat applications");
    static final EntityRecord BACKEND = entity(Kind.USE_CASE, "back end development");
    static final EntityRecord CLEAN = entity(Kind.TRAIT, "clean syntax");

    /** What the shared database holds now: "fixture", or whatever another test loaded instead. */
    private static volatile String state = "";

    private Fixture() {
    }

    /** Wipes the shared test database and loads the fixture, once per test JVM. */
    static synchronized void load() {
        if (state.equals("fixture")) {
            return;
        }
        Neo4jExtension.wipe();
        var driver = Neo4jExtension.driver();
        GraphWriter writer = new GraphWriter(driver, null);
        new Importer(new Pipeline(new RuleExtractor(Vocabulary.bundled())), writer).importSampleCorpus();
        writer.write(first());
        writer.write(second());
        state = "fixture";
    }

    /** Tells the fixture that a test replaced the database's content. */
    static synchronized void replacedBy(String what) {
        state = what;
    }

    private static DocumentGraph first() {
        List<String> sentences = List.of(
                "Node.js is well suited to real-time applications.",
                "Live chat applications are a kind of real-time applications.",
                "Node.js powers live chat applications.",
                "JavaScript runs on Node.js.",
                "Django is not suited to real-time applications.",
                "Python does not run natively in a web browser.",
                "JavaScript runs in the web browser.",
                "Django is a framework written in Python.",
                "Flask is written in Python.",
                "Transcrypt compiles Python to JavaScript.",
                "Python is known for its clean syntax.",
                "Python and JavaScript are often compared.",
                "Django and Flask are used for back end development.",
                "Phoenix is suited to live chat applications.",
                "Phoenix is written in Elixir.");
        List<EntityRecord> entities = List.of(NODE, JS, PYTHON, DJANGO, FLASK, TRANSCRYPT, BROWSER, PHOENIX,
                ELIXIR, REALTIME, CHAT, BACKEND, CLEAN);
        List<RelationRecord> relations = List.of(
                fact(NODE, RelationType.SUITED_FOR, REALTIME, true, 0),
                fact(CHAT, RelationType.PART_OF, REALTIME, true, 1),
                fact(NODE, RelationType.SUITED_FOR, CHAT, true, 2),
                fact(JS, RelationType.RUNS_ON, NODE, true, 3),
                fact(DJANGO, RelationType.SUITED_FOR, REALTIME, false, 4),
                fact(PYTHON, RelationType.RUNS_ON, BROWSER, false, 5),
                fact(JS, RelationType.RUNS_ON, BROWSER, true, 6),
                fact(DJANGO, RelationType.WRITTEN_IN, PYTHON, true, 7),
                fact(FLASK, RelationType.WRITTEN_IN, PYTHON, true, 8),
                fact(TRANSCRYPT, RelationType.COMPILES_TO, JS, true, 9),
                fact(TRANSCRYPT, RelationType.WRITTEN_IN, PYTHON, true, 9),
                fact(PYTHON, RelationType.HAS_TRAIT, CLEAN, true, 10),
                fact(PYTHON, RelationType.COMPARED_WITH, JS, true, 11),
                fact(DJANGO, RelationType.SUITED_FOR, BACKEND, true, 12),
                fact(FLASK, RelationType.SUITED_FOR, BACKEND, true, 12),
                fact(PHOENIX, RelationType.SUITED_FOR, CHAT, true, 13),
                fact(PHOENIX, RelationType.WRITTEN_IN, ELIXIR, true, 14));
        return document("fixture/realtime-notes.txt", "Realtime notes", sentences, entities, relations);
    }

    private static DocumentGraph second() {
        List<String> sentences = List.of("Node.js handles real-time applications with ease.");
        return document("fixture/second-opinion.txt", "A second opinion", sentences, List.of(NODE, REALTIME),
                List.of(fact(NODE, RelationType.SUITED_FOR, REALTIME, true, 0)));
    }

    /** A document whose mentions are found by name in each sentence, with the given facts. */
    public static DocumentGraph document(String source, String title, List<String> texts,
                                          List<EntityRecord> entities, List<RelationRecord> relations) {
        List<SentenceRecord> sentences = new ArrayList<>();
        List<MentionRecord> mentions = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            sentences.add(new SentenceRecord(i, offset, offset + text.length(), text));
            offset += text.length() + 1;
            String lower = text.toLowerCase(Locale.ROOT);
            for (EntityRecord e : entities) {
                int at = lower.indexOf(e.name().toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    mentions.add(new MentionRecord(i, e.ref(), text.substring(at, at + e.name().length()), at,
                            at + e.name().length()));
                }
            }
        }
        return new DocumentGraph(DocumentInfo.of(source, title, String.join(" ", texts)), sentences, entities,
                mentions, relations);
    }

    private static EntityRecord entity(Kind kind, String name) {
        return new EntityRecord(kind, dev.techgraph.model.Keys.of(name), name, List.of(name));
    }

    private static RelationRecord fact(EntityRecord a, RelationType type, EntityRecord b, boolean positive,
                                       int sentence) {
        return new RelationRecord(new EntityRef(a.kind(), a.key()), type, new EntityRef(b.kind(), b.key()),
                positive ? Polarity.POSITIVE : Polarity.NEGATIVE, null, List.of(sentence), List.of("fixture"));
    }
}
