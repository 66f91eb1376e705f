package dev.techgraph.importer.extract.rules;

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

import java.util.List;
import java.util.Set;

/**
 * "On the Rust side, Axum is the usual choice", "In the React Native world, Expo ...": a comparison
 * article places a technology in the camp of another. With a language camp the technology is WRITTEN_IN it
 * (side.written_in, frameworks and libraries only); otherwise the two are USED_WITH each other
 * (side.used_with). Only when the main clause is free of negation: a camp says nothing about "not".
 */
public final class SideRule implements Rule {

    private static final Set<String> CAMPS = Set.of("side", "camp", "world", "ecosystem", "front");

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        if (a.clauseCount() < 2 || a.clause(0).role() != Clause.Role.LEAD) {
            return;
        }
        SentenceView v = a.view;
        Clause lead = a.clause(0);
        int k = lead.from();
        if (!(v.wordAt(k, "on") || v.wordAt(k, "in")) || !v.wordAt(k + 1, "the")) {
            return;
        }
        Group camp = v.techGroupAt(k + 2);
        if (camp == null || !camp.single() || !v.wordAt(camp.to(), "side") && !camp(v, camp.to())
                || camp.to() + 2 != lead.to()) {
            return;
        }
        Clause main = a.clause(1);
        Group subject = a.subject(1);
        if (subject == null || subject.reference() || subject.from() < main.from()) {
            return;
        }
        for (int i = main.from(); i < main.to(); i++) {
            if (Negation.isTrigger(v, i)) {
                return;
            }
        }
        Term side = camp.members().get(0);
        for (Term t : subject.members()) {
            if (t.kind() == Kind.LANGUAGE) {
                continue;
            }
            if (side.kind() == Kind.LANGUAGE) {
                if (t.kind() == Kind.FRAMEWORK || t.kind() == Kind.LIBRARY) {
                    out.add(List.of(t), RelationType.WRITTEN_IN, List.of(side), PolarityPass.stated(), main,
                            "side.written_in", v.parsed.index());
                }
            } else {
                out.add(List.of(t), RelationType.USED_WITH, List.of(side), PolarityPass.stated(), main,
                        "side.used_with", v.parsed.index());
            }
        }
    }

    private static boolean camp(SentenceView v, int at) {
        Token t = v.token(at);
        return t != null && CAMPS.contains(t.lower());
    }
}
