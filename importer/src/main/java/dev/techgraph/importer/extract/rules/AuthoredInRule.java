package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a tool's users write in a language (used_with.authored_in): "its configuration is written in Zorb",
 * "Falcon builds are declared in Zorb", "it is configured in Zorb", and, after a sentence about Falcon,
 * "pipelines are defined in a Zorb DSL" give Falcon USED_WITH Zorb. The language is the tool's interface, not
 * its source: {@link WrittenInRule} leaves a clause whose subject is such an artifact to this rule.
 * The verbs and artifact nouns are data ({@code authored-in.tsv}).
 */
public final class AuthoredInRule implements Rule {

    private static final String CUES = "dev/techgraph/importer/extract/authored-in.tsv";
    private static final Set<String> VERBS = new HashSet<>();
    private static final Set<String> SCRIPTING = new HashSet<>();
    private static final Set<String> ARTIFACTS = new HashSet<>();
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "get", "gets");
    private static final Set<String> SKIP = Set.of("a", "an", "the", "plain", "ordinary", "its", "their");

    static {
        for (DataFile.Line row : DataFile.lines(CUES)) {
            String[] cols = row.text().split("\t");
            Set<String> into = cols.length != 2 ? null : switch (cols[0]) {
                case "@verbs" -> VERBS;
                case "@scripting" -> SCRIPTING;
                case "@artifacts" -> ARTIFACTS;
                default -> null;
            };
            if (into == null) {
                throw new IllegalStateException(CUES + " line " + row.number()
                        + ": expected '@verbs|@scripting|@artifacts<TAB>word|word', was: " + row.text());
            }
            for (String w : cols[1].split("\\|")) {
                if (w.isBlank() || !into.add(w.strip())) {
                    throw new IllegalStateException(CUES + " line " + row.number() + ": '" + w
                            + "' is empty or listed twice");
                }
            }
        }
        if (!VERBS.containsAll(SCRIPTING)) {
            throw new IllegalStateException(CUES + ": every @scripting verb must be one of the @verbs");
        }
    }

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            for (int k = clause.from() + 1; k + 1 < clause.to(); k++) {
                String verb = v.tokens.get(k).lower();
                if (!VERBS.contains(verb) || !v.wordAt(k + 1, "in")) {
                    continue;
                }
                int aux = auxiliaryBefore(v, clause, k);
                if (aux < 0) {
                    continue;
                }
                int i = k + 2;
                while (i < clause.to() && SKIP.contains(v.tokens.get(i).lower())) {
                    i++;
                }
                Group language = v.techGroupAt(i);
                if (language == null || !anyLanguage(language)) {
                    continue;
                }
                Group owner = ownerIn(a, clause, aux);
                boolean artifact = artifactIn(v, clause.from(), aux);
                if (owner == null && artifact && discourse.subject() != null && discourse.subject().single()) {
                    owner = discourse.subject(); // "Pipelines are defined in ..." after a sentence about the tool
                }
                if (owner == null || !artifact && !(SCRIPTING.contains(verb) && owner.reference())
                        || owner.members().equals(language.members())) {
                    continue;
                }
                out.add(owner.members(), RelationType.USED_WITH, language.members(),
                        PolarityPass.of(v, clause, language.from(), language.to()), clause, "used_with.authored_in",
                        v.parsed.index());
            }
        }
    }

    /**
     * Whether the words before the auxiliary of the clause whose verb is at {@code k} name what users author:
     * then the clause is this rule's, not {@link WrittenInRule}'s.
     */
    static boolean authoredArtifact(Analysis a, int c, int k) {
        SentenceView v = a.view;
        int aux = auxiliaryBefore(v, a.clause(c), k);
        return aux >= 0 && artifactIn(v, a.clause(c).from(), aux);
    }

    /** "is", "are (now)", "can be": the auxiliary of the passive, at most two adverbs before the verb; -1 if none. */
    private static int auxiliaryBefore(SentenceView v, Clause clause, int k) {
        for (int j = k - 1; j >= clause.from() && j >= k - 3; j--) {
            if (AUXILIARIES.contains(v.tokens.get(j).lower())) {
                return j;
            }
        }
        return -1;
    }

    private static boolean artifactIn(SentenceView v, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = v.tokens.get(j).lower();
            if (ARTIFACTS.contains(w) || j + 1 < to && ARTIFACTS.contains(w + " " + v.tokens.get(j + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The one technology (or resolved reference) the subject words name: "its", "Falcon's", "Falcon builds". */
    private static Group ownerIn(Analysis a, Clause clause, int aux) {
        Group owner = null;
        for (Group g : a.groupsIn(clause)) {
            if (g.to() > aux) {
                break;
            }
            if (owner != null || !g.single()) {
                return null;
            }
            owner = g;
        }
        return owner;
    }

    private static boolean anyLanguage(Group g) {
        for (Term t : g.members()) {
            if (t.kind() != Kind.LANGUAGE) {
                return false;
            }
        }
        return true;
    }
}
