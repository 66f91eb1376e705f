package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.mentions.Lexicon;
import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Background knowledge confirmed by the sentence, never instead of it: a technology whose vocabulary
 * entry says {@code lang=L} is WRITTEN_IN L (a runtime: L RUNS_ON it) when the sentence names both
 * (hint.cooccurrence), or when it lists the technology after a kind word ("frameworks like X") in a
 * paragraph that talks about L alone (hint.topic; also for a framework or library the vocabulary does not
 * know, which the paragraph's one language is then taken to host); a tool whose language the sentence names
 * after "for" ("Maven, for Java") serves it rather than being written in it: USED_WITH (hint.tool_for); a tool
 * with {@code compiles=M} COMPILES_TO M when the
 * sentence names M. Only in sentences free of negation: when unsure, nothing.
 */
public final class HintRule implements Rule {

    private final Lexicon lexicon;

    public HintRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (int k = 0; k < v.tokens.size(); k++) {
            if (Negation.isTrigger(v, k)) {
                return;
            }
        }
        for (Clause c : v.clauses) {
            if (!c.asserts()) {
                return;
            }
        }
        Set<Term> named = new LinkedHashSet<>();
        Set<Term> languages = new LinkedHashSet<>();
        for (Group g : a.groups) {
            for (Term t : g.members()) {
                named.add(t);
                if (t.kind() == Kind.LANGUAGE && !g.reference()) {
                    languages.add(t);
                }
            }
        }
        int sentence = v.parsed.index();
        for (Group g : a.groups) {
            boolean listed = a.hearstListed(g);
            if (!g.reference() && !listed && Analysis.objectPosition(v, g) || replaced(v, g)) {
                continue;
            }
            for (Term t : g.members()) {
                Optional<Term> lang = lexicon.language(t.language());
                if (lang.isPresent() && languages.contains(lang.get()) && t.kind() == Kind.TOOL
                        && afterFor(a, lang.get())) {
                    // "Maven, for Java", "an IDE tuned for Go": a tool named for a language serves it
                    out.add(t, RelationType.USED_WITH, lang.get(), PolarityPass.stated(), "hint.tool_for", sentence);
                } else if (lang.isPresent() && languages.contains(lang.get())) {
                    emit(t, lang.get(), "hint.cooccurrence", sentence, out);
                } else if (lang.isPresent() && listed && languages.isEmpty()
                        && discourse.topicLanguage().filter(lang.get()::equals).isPresent()) {
                    emit(t, lang.get(), "hint.topic", sentence, out);
                } else if (lang.isEmpty() && listed && languages.isEmpty() && unknownLibrary(t)
                        && discourse.topicLanguage().isPresent()) {
                    emit(t, discourse.topicLanguage().get(), "hint.topic", sentence, out);
                }
                Optional<Term> target = lexicon.language(t.compiles());
                if (target.isPresent() && named.contains(target.get()) && t.kind() == Kind.TOOL) {
                    out.add(t, RelationType.COMPILES_TO, target.get(), PolarityPass.stated(), "hint.compiles",
                            sentence);
                }
            }
        }
    }

    private static final Set<String> REPLACES = Set.of("replace", "replaces", "replaced", "replacing", "supersedes",
            "superseded");

    /**
     * "X replaces A, B and C": the technologies replaced are named as rivals; a language named beside them is the
     * setting of the replacement, not what they are written in.
     */
    private static boolean replaced(SentenceView v, Group g) {
        Token before = v.token(v.wordAt(g.from() - 1, "the") ? g.from() - 2 : g.from() - 1);
        return before != null && REPLACES.contains(before.lower());
    }

    /** Whether the sentence names {@code language} right after "for" ("for Java", "for the JVM"). */
    private static boolean afterFor(Analysis a, Term language) {
        SentenceView v = a.view;
        for (Group g : v.techGroups) {
            if (g.members().contains(language)) {
                int before = v.wordAt(g.from() - 1, "the") ? g.from() - 2 : g.from() - 1;
                if (v.wordAt(before, "for")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A framework or library the vocabulary does not know: found by pattern, so nothing says otherwise. */
    private boolean unknownLibrary(Term t) {
        return (t.kind() == Kind.FRAMEWORK || t.kind() == Kind.LIBRARY)
                && lexicon.vocabulary().find(t.kind(), t.key()).isEmpty();
    }

    private static void emit(Term tech, Term language, String rule, int sentence, Facts out) {
        if (tech.kind() == Kind.RUNTIME) {
            out.add(language, RelationType.RUNS_ON, tech, PolarityPass.stated(), rule, sentence);
        } else {
            out.add(tech, RelationType.WRITTEN_IN, language, PolarityPass.stated(), rule, sentence);
        }
    }
}
