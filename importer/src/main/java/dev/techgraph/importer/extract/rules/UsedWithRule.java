package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ModifierHeads;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Verbs;
import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * USED_WITH: "X with Y" / "X combined with Y" (used_with.with), "X uses / supports / has / ships Y"
 * (used_with.verb; also "X is used alongside / together with Y", "pair X with Y", "X integrates with Y",
 * "X on top of Y"), "instead of Y" next to such a verb (negative). A list after a word of togetherness ("relies on
 * A, B and C", "the trio") relates nothing by itself: its items are as often alternatives as companions.
 */
public final class UsedWithRule implements Rule {

    private static final Set<String> VERBS = Set.of("uses", "use", "using", "supports", "support", "has", "have",
            "bundles", "ships", "integrates", "pairs", "interoperable", "interoperates", "embeds", "wraps",
            "leverages", "import", "imports", "used", "paired", "pair", "integrate", "integrated", "combined");
    private static final Set<String> SKIP = Set.of("a", "an", "the", "with", "on", "its", "both", "first-class",
            "also", "most", "many", "alongside", "together", "top", "of");

    /** Whether the word right after the group names software made for its technologies ("Tessel bindings"). */
    private static boolean artifactAfter(SentenceView v, Group g) {
        Token next = v.token(g.to());
        return next != null && ModifierHeads.artifact(next.lower());
    }

    /**
     * "Zorbit ships with Tessel and Nimbel bindings", "the Tessel client for Zorbit", "its Nimbel SDK": the
     * technologies that name an artifact (bindings, SDK, client, driver, implementation) are used with whose the artifact is:
     * the technology after "for"/"of" the artifact, else the clause's subject (used_with.artifact).
     */
    private static void artifacts(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (Group g : v.techGroups) {
            if (!artifactAfter(v, g)) {
                continue;
            }
            List<Term> named = g.members();
            int lastWith = g.links().lastIndexOf("with");
            if (lastWith >= 0) {
                named = named.subList(lastWith + 1, named.size()); // "in Zorblang with Tessel bindings"
            }
            Clause clause = v.clauseOf(g.from());
            Group owner = null;
            if (v.wordAt(g.to() + 1, "for") || v.wordAt(g.to() + 1, "of")) {
                owner = v.techGroupAt(g.to() + 2);
            }
            if (owner == null) {
                // the subject before the artifact: "replace the Zorbit client with Tessel" names no owner
                int c = v.clauses.indexOf(clause);
                owner = c >= 0 && a.subject(c) != null && a.subject(c).to() <= g.from() ? a.subject(c) : null;
            }
            if (owner == null || owner.from() < g.to() && owner.to() > g.from()
                    || owner.members().stream().anyMatch(named::contains)) {
                continue;
            }
            out.add(owner.members(), RelationType.USED_WITH, named, PolarityPass.of(v, clause, g.from(), g.to()),
                    clause, "used_with.artifact", v.parsed.index());
        }
    }

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        int sentence = v.parsed.index();
        for (Group g : v.techGroups) {
            if (!g.has("with") || artifactAfter(v, g)) {
                continue; // "a broker in Zorblang with Tessel and Nimbel bindings": the bindings are the broker's
            }
            Clause clause = v.clauseOf(g.from());
            List<Term> owners = null;
            if (a.madeInChain(g)) {
                // "Zorbit is built in L on R with P", "a broker in L with P bindings": P is used with Zorbit
                Group owner = a.ownerOf(a.clauseIndex(clause), g.from());
                if (owner == null) {
                    continue;
                }
                owners = owner.members().stream().filter(t -> !g.members().contains(t)).toList();
            }
            List<Term> before = new ArrayList<>();
            boolean afterWith = false; // past the group's first "with": in a means chain, all that follows is a companion
            for (int m = 0; m < g.members().size(); m++) {
                afterWith |= m > 0 && g.links().get(m - 1).equals("with");
                if (afterWith && owners != null) {
                    out.add(owners, RelationType.USED_WITH, List.of(g.members().get(m)),
                            PolarityPass.of(v, clause, g.from(), g.to()), clause, "used_with.with", sentence);
                } else if (m > 0 && g.links().get(m - 1).equals("with")) {
                    out.add(before, RelationType.USED_WITH, List.of(g.members().get(m)),
                            PolarityPass.of(v, clause, g.from(), g.to()), clause, "used_with.with", sentence);
                }
                before.add(g.members().get(m));
            }
        }
        companions(v, out);
        artifacts(a, out);
        definedFor(a, out);
        parenthesised(v, out);
        for (Group g : v.techGroups) {
            // "Zorblang plus Kestrel": named as one combination, used together (used_with.plus)
            if (g.members().size() == 2 && g.links().get(0).equals("plus")) {
                Clause clause = v.clauseOf(g.from());
                out.add(List.of(g.members().get(0)), RelationType.USED_WITH, List.of(g.members().get(1)),
                        PolarityPass.of(v, clause, g.from(), g.to()), clause, "used_with.plus", v.parsed.index());
            }
        }
        paired(a, out);
        subjectVerb(a, out);
        placedOn(a, out);
        possessive(a, out);
        basedForm(a, out);
        colonList(a, out);
        possessedPart(a, discourse, out);
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            boolean usesVerb = false;
            for (int k = clause.from(); k < clause.to(); k++) {
                boolean onTop = v.wordAt(k, "on") && v.wordAt(k + 1, "top") && v.wordAt(k + 2, "of");
                if (!VERBS.contains(v.tokens.get(k).lower()) && !onTop) {
                    continue;
                }
                usesVerb = true;
                int i = k + 1;
                while (i < clause.to() && SKIP.contains(v.tokens.get(i).lower())) {
                    i++;
                }
                Group object = v.techGroupAt(i);
                Group owner = a.ownerOf(c, k);
                if (object != null && likeForm(v, object)) {
                    continue; // "it has a Zorblang-like syntax" compares; nothing is used
                }
                if (object != null && owner != null && owner.from() < k && !owner.members().equals(object.members())) {
                    out.add(owner.members(), RelationType.USED_WITH, object.members(),
                            PolarityPass.of(v, clause, object.from(), object.to()), clause, "used_with.verb", sentence);
                    for (Group item = v.nextListItem(object); item != null; item = v.nextListItem(item)) {
                        // "uses Gantry queues and Pylon": the object list goes on past an item's head noun
                        out.add(owner.members(), RelationType.USED_WITH, item.members(),
                                PolarityPass.of(v, clause, item.from(), item.to()), clause, "used_with.verb", sentence);
                    }
                }
            }
            if (usesVerb) {
                insteadOf(a, clause, out);
            }
        }
        if (a.clauseCount() > 1 && a.clause(0).role() == Clause.Role.LEAD) {
            insteadOf(a, a.clause(0), out);
        }
    }

    /**
     * "Next.js for React, Nuxt for Vue": a technology named right before "for" and another (neither a
     * language nor a runtime, which say what it is written in or runs on) are used together
     * (used_with.for).
     */
    private static void companions(SentenceView v, Facts out) {
        for (Mention mx : v.parsed.mentions) {
            Mention my = v.mentionAt(mx.to() + 1);
            if (!mx.isTech() || !v.wordAt(mx.to(), "for") || my == null || !my.isTech() || my.from() != mx.to() + 1) {
                continue;
            }
            Term x = mx.term();
            Term y = my.term();
            if (x.kind() == Kind.LANGUAGE || x.kind() == Kind.RUNTIME) {
                continue;
            }
            Clause clause = v.clauseOf(mx.from());
            if (y.kind() == Kind.LANGUAGE) {
                // "redis-py for Python, Jedis for Java": a library named for a language is written in it
                if (x.kind() == Kind.LIBRARY || x.kind() == Kind.FRAMEWORK) {
                    out.add(List.of(x), RelationType.WRITTEN_IN, List.of(y),
                            PolarityPass.of(v, clause, mx.from(), my.to()), clause, "written_in.for", v.parsed.index());
                }
                continue;
            }
            out.add(List.of(x), RelationType.USED_WITH, List.of(y), PolarityPass.of(v, clause, mx.from(), my.to()),
                    clause, y.kind() == Kind.RUNTIME ? "used_with.for_runtime" : "used_with.for", v.parsed.index());
        }
    }

    /**
     * "Kestrel - atomic state for Falcon": what a definition line says its technology is for, when that is a
     * technology, is used with it (used_with.defined_for); a language there is what it is written in.
     */
    private static void definedFor(Analysis a, Facts out) {
        SentenceView v = a.view;
        Group defined = a.defined();
        if (defined == null) {
            return;
        }
        for (int k = defined.to() + 1; k < v.tokens.size(); k++) {
            Group object = v.wordAt(k, "for") ? v.techGroupAt(k + 1) : null;
            if (object == null || object.members().equals(defined.members())) {
                continue;
            }
            Clause clause = v.clauseOf(k);
            Negation.Verdict verdict = PolarityPass.of(v, clause, object.from(), object.to());
            List<Term> languages = WrittenInRule.only(object, Kind.LANGUAGE);
            out.add(defined.members(), RelationType.WRITTEN_IN, languages, verdict, clause, "written_in.defined_for",
                    v.parsed.index());
            out.add(defined.members(), RelationType.USED_WITH,
                    object.members().stream().filter(t -> t.kind() != Kind.LANGUAGE).toList(), verdict, clause,
                    "used_with.defined_for", v.parsed.index());
            return;
        }
    }

    private static final Set<String> PAIRING = Set.of("pair", "pairs", "paired", "pairing", "combine", "combines",
            "combined", "combining");

    /**
     * "we pair it with Y", "most teams pair X with Y": whoever does the pairing, the object of "pair" (a name
     * or a resolved reference) is used with the technology after "with" (used_with.pair).
     */
    private static void paired(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            for (Group g : a.groupsIn(clause)) {
                if (g.from() == 0 || !PAIRING.contains(v.tokens.get(g.from() - 1).lower())
                        || !v.wordAt(g.to(), "with")) {
                    continue;
                }
                int i = g.to() + 1;
                while (i < clause.to() && SKIP.contains(v.tokens.get(i).lower())) {
                    i++;
                }
                Group object = v.techGroupAt(i);
                if (object != null && !object.members().equals(g.members())) {
                    out.add(g.members(), RelationType.USED_WITH, object.members(),
                            PolarityPass.of(v, clause, object.from(), object.to()), clause, "used_with.pair",
                            v.parsed.index());
                }
            }
        }
    }

    /** Words of a clause that make the technologies listed after its colon rivals, not companions. */
    private static final Set<String> RIVALRY = Set.of("rival", "rivals", "alternative", "alternatives", "competitor",
            "competitors", "competition", "option", "options", "choice", "choices", "candidate", "candidates",
            "contender", "contenders", "instead", "replace", "replaces", "replaced", "unlike", "compared", "vs",
            "versus", "than", "successor", "successors", "predecessor");
    private static final Set<String> SETTING = Set.of("for", "in", "on", "under", "from", "to", "via", "through");

    /**
     * "Its ecosystem covers almost everything: Kestrel for storage, Sparrow for auth", "Zorblang brings real
     * operational weight: Vortex, a queue and object storage": technologies listed after the colon of a clause about
     * one technology (its subject, opening it, and naming no other) are what it is used with (used_with.colon_list). The list holds no verb
     * (else it is a sentence of its own); a technology after "for" / "on" in an item is the item's setting; a clause
     * that speaks of rivals or options lists alternatives, not companions.
     */
    private static void colonList(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (int c = 1; c < a.clauseCount(); c++) {
            Clause list = a.clause(c);
            Clause before = a.clause(c - 1);
            Group subject = a.subject(c - 1);
            if (v.parsed.heading() || list.role() != Clause.Role.ELABORATION || !v.wordAt(list.from() - 1, ":")
                    || subject == null || !subject.single() || !before.asserts()
                    || subject.from() > before.from() + 2) {
                continue; // a title's colon opens a subtitle; a subject not at its clause's start may be a bystander
            }
            boolean alone = true;
            for (Group g : a.groupsIn(before)) {
                alone &= g.members().equals(subject.members());
            }
            int end = v.find(list.from(), list.to(), Set.of(";", "?"));
            end = end < 0 ? list.to() : end;
            if (!alone || v.find(before.from(), before.to(), RIVALRY) >= 0 || v.find(list.from(), end, RIVALRY) >= 0
                    || hasVerb(v, list.from(), end)) {
                continue;
            }
            for (Group g : v.techGroups) {
                if (g.from() < list.from() || g.from() >= end || g.members().equals(subject.members())
                        || v.token(g.from() - 1) != null && SETTING.contains(v.tokens.get(g.from() - 1).lower())) {
                    continue;
                }
                out.add(subject.members(), RelationType.USED_WITH, g.members(), PolarityPass.of(v, list, g.from(),
                        g.to()), list, "used_with.colon_list", v.parsed.index());
            }
        }
    }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains");
    /** How many plain words may name the part ("its shading language", "X's default package manager"). */
    private static final int PART_WORDS = 3;

    /**
     * "Its shading language is Vortex", "Zorblang's package manager is Kestrel": a technology named as a part of
     * another (the possessor, by name or a resolved "its") is used with it (used_with.possessed_part). A part that
     * is a rival ("its main competitor is Y") weighs, it is not used.
     */
    private static void possessedPart(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (Group owner : a.groups) {
            int k;
            if (owner.reference() && (v.wordAt(owner.from(), "its") || v.wordAt(owner.from(), "their"))) {
                k = owner.from() + 1;
            } else if (!owner.reference() && v.wordAt(owner.to(), "'s")) {
                k = owner.to() + 1;
            } else {
                continue;
            }
            int words = 0;
            while (words < PART_WORDS && k < v.tokens.size() && v.tokens.get(k).isWord()
                    && (v.mentionAt(k) == null || v.mentionAt(k).isConcept()) && !COPULAS.contains(v.tokens.get(k).lower()) && !Verbs.isVerbLike(v.tokens.get(k).lower())
                    && !RIVALRY.contains(v.tokens.get(k).lower()) && !APPOSITION_ENDS.contains(v.tokens.get(k).lower())) {
                k++;
                words++;
            }
            if (words > 0 && owner.reference() && APPOSITION_ENDS.contains(lowerAt(v, k))) {
                appositivePart(a, discourse, owner, out);
                continue;
            }
            if (words == 0 || !COPULAS.contains(lowerAt(v, k))) {
                continue;
            }
            Group part = v.techGroupAt(k + 1);
            if (part == null || part.members().equals(owner.members()) || v.wordAt(part.to(), "'s")) {
                continue;
            }
            Clause clause = v.clauseOf(k);
            out.add(owner.members(), RelationType.USED_WITH, part.members(), PolarityPass.of(v, clause, part.from(),
                    part.to()), clause, "used_with.possessed_part", v.parsed.index());
        }
    }

    /** Where an apposition's noun phrase ends: "Y, its companion library, is ...", "Y, its package archive." */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ")", ";", "for", "that", "which", "");

    /**
     * "Kestrel, its companion library for X, ...", "Quasar, its package archive, has ...": a technology set beside
     * "its" and a plain noun phrase is a part of what "its" stands for (used_with.possessed_part).
     */
    private static void appositivePart(Analysis a, Discourse discourse, Group its, Facts out) {
        SentenceView v = a.view;
        if (!v.wordAt(its.from() - 1, ",")) {
            return;
        }
        Group part = null;
        Group earlier = null;
        for (Group g : a.groups) {
            if (g.to() == its.from() - 1 && g.single() && !g.reference()) {
                part = g;
            } else if (g.to() < its.from() - 1 && g.single()) {
                earlier = g;
            }
        }
        if (part == null) {
            return;
        }
        // "its" next to the name it describes was read as that name; the possessor is named before it
        Group owner = !its.members().containsAll(part.members()) ? its
                : earlier != null ? earlier : discourse.subject();
        if (owner == null || !owner.single() || owner.members().containsAll(part.members())) {
            return;
        }
        Clause clause = v.clauseOf(part.from());
        out.add(owner.members(), RelationType.USED_WITH, part.members(), PolarityPass.of(v, clause, part.from(),
                part.to()), clause, "used_with.possessed_part", v.parsed.index());
    }

    private static String lowerAt(SentenceView v, int k) {
        Token t = v.token(k);
        return t == null ? "" : t.lower();
    }

    private static boolean hasVerb(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Verbs.isVerbLike(v.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Instead of V8 it uses JavaScriptCore": the subject is not used with V8. */
    private static void insteadOf(Analysis a, Clause clause, Facts out) {
        SentenceView v = a.view;
        Group subject = a.mainSubject();
        if (subject == null) {
            return;
        }
        for (Group g : v.techGroups) {
            if (g.from() >= clause.from() + 2 && g.from() < clause.to() && (v.wordAt(g.from() - 2, "instead")
                    && v.wordAt(g.from() - 1, "of") || v.wordAt(g.from() - 2, "rather")
                    && v.wordAt(g.from() - 1, "than"))) {
                for (Term s : subject.members()) {
                    for (Term t : g.members()) {
                        out.add(s, RelationType.USED_WITH, t, PolarityPass.replaced("instead of"), "used_with.instead_of",
                                v.parsed.index());
                    }
                }
            }
        }
    }

    /**
     * "Falcon (Sparrow plus Kestrel)", "Falcon (via Sparrow)": technologies in parentheses right after one are
     * its parts or its companions (used_with.parenthesis); a lone name there may be an alias, so two are needed
     * unless "via" introduces it.
     */
    private static void parenthesised(SentenceView v, Facts out) {
        for (Group g : v.techGroups) {
            if (!v.wordAt(g.to(), "(")) {
                continue;
            }
            boolean via = v.wordAt(g.to() + 1, "via");
            Group inner = v.techGroupAt(g.to() + (via ? 2 : 1));
            if (inner == null || !v.wordAt(inner.to(), ")") || !via && inner.members().size() < 2
                    || inner.members().stream().anyMatch(g.members()::contains)) {
                continue;
            }
            Clause clause = v.clauseOf(g.from());
            out.add(g.members(), RelationType.USED_WITH, inner.members(), PolarityPass.of(v, clause, inner.from(),
                    inner.to()), clause, "used_with.parenthesis", v.parsed.index());
        }
    }

    private static final String CUES = "dev/techgraph/importer/extract/relation-cues.tsv";
    /** Verbs after a technology that weigh, replace, deny or transform rather than use ({@code @not-use-verbs}). */
    private static final Set<String> NOT_USE_VERBS = DataFile.wordList(CUES, "@not-use-verbs");
    /** Prepositions that bring in what a verb works with, from or in ({@code @use-prepositions}). */
    private static final Set<String> USE_PREPOSITIONS = DataFile.wordList(CUES, "@use-prepositions");
    /** Adverbs between a subject and its verb ({@code @verb-adverbs}: "Kestrel also reads ..."). */
    private static final Set<String> VERB_ADVERBS = DataFile.wordList(CUES, "@verb-adverbs");
    /** Words that end the verb's own object before any preposition ({@code @verb-object-stops}). */
    private static final Set<String> OBJECT_STOPS = DataFile.wordList(CUES, "@verb-object-stops");
    /** How many plain words the verb's own object may take before the preposition ("reads routes from"). */
    private static final int OBJECT_WORDS = 4;

    /**
     * "Kestrel reads its routes from Gantry", "Kestrel configures Gantry", "it stores spans in Pylon": a technology
     * as a clause's subject, right before a verb in the present tense (a lower-case word ending in "s"), does what
     * the verb says with the technology that is its object or follows one preposition of means or place after a
     * short object (used_with.subject_verb). Verbs that weigh, replace or turn one technology into another
     * ({@code @not-use-verbs}: "beats", "replaces", "compiles") relate nothing here.
     */
    private static void subjectVerb(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Group subject = a.subject(c);
            Clause clause = a.clause(c);
            if (subject == null || !subject.single()) {
                continue;
            }
            int k = subject.to();
            while (k < clause.to() && VERB_ADVERBS.contains(lowerAt(v, k))) {
                k++;
            }
            if (k >= clause.to() || !presentVerb(v, k) || RUNS.contains(lowerAt(v, k))
                    && subject.members().stream().anyMatch(t -> t.kind() == Kind.LANGUAGE)) {
                continue; // where a language runs is RunsOnRule's
            }
            int i = k + 1;
            Group object = v.techGroupAt(ARTICLES.contains(lowerAt(v, i)) ? i + 1 : i); // "configures (the) Gantry"
            for (int words = 0; object == null && i < clause.to() && words <= OBJECT_WORDS; words++, i++) {
                String w = lowerAt(v, i);
                if (USE_PREPOSITIONS.contains(w)) {
                    object = v.techGroupAt(ARTICLES.contains(lowerAt(v, i + 1)) ? i + 2 : i + 1);
                    break; // "reads its routes from Gantry"; one preposition only
                }
                if (!v.tokens.get(i).isWord() || v.mentionAt(i) != null || OBJECT_STOPS.contains(w)) {
                    break;
                }
            }
            if (object == null || object.to() > clause.to() || object.members().equals(subject.members())
                    || likeForm(v, object)) {
                continue;
            }
            if (RUNS.contains(lowerAt(v, k)) && object.members().stream().anyMatch(t -> t.kind() == Kind.LANGUAGE)) {
                continue; // "the runtime runs TypeScript directly": the language runs on it (runs_on.object)
            }
            out.add(subject.members(), RelationType.USED_WITH, object.members(),
                    PolarityPass.of(v, clause, object.from(), object.to()), clause, "used_with.subject_verb",
                    v.parsed.index());
            for (Group item = v.nextListItem(object); item != null; item = v.nextListItem(item)) {
                out.add(subject.members(), RelationType.USED_WITH, item.members(),
                        PolarityPass.of(v, clause, item.from(), item.to()), clause, "used_with.subject_verb",
                        v.parsed.index());
            }
        }
    }

    /** Prepositions that set one named technology on another ({@code @placed-prepositions}: "X on Y", "X over Y"). */
    private static final Set<String> PLACED_PREPOSITIONS = DataFile.wordList(CUES, "@placed-prepositions");
    /** Words of choosing that make "X over Y" a preference, not a layer ({@code @preference-words}). */
    private static final Set<String> PREFERENCE_WORDS = DataFile.wordList(CUES, "@preference-words");

    /**
     * "Vortex on Kestrel", "Quasar over Pylon", "a Gantry app on the Sparrow cluster": a technology named right before
     * a preposition of place or carriage and one named right after it are used together (used_with.placed_on). A
     * language before "on" runs there (runs_on.adjacent); a language after it is what the thing is written in, not
     * a companion; "pick X over Y" prefers one to the other and relates nothing here.
     */
    private static void placedOn(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (Mention m : v.parsed.mentions) {
            if (!m.isTech() || m.term().kind() == Kind.LANGUAGE || !PLACED_PREPOSITIONS.contains(lowerAt(v, m.to()))) {
                continue;
            }
            int i = m.to() + 1;
            Group target = v.techGroupAt(ARTICLES.contains(lowerAt(v, i)) ? i + 1 : i);
            if (target == null || target.members().contains(m.term()) || likeForm(v, target)
                    || target.members().stream().anyMatch(t -> t.kind() == Kind.LANGUAGE)) {
                continue;
            }
            Clause clause = v.clauseOf(m.from());
            if (v.find(clause.from(), m.from(), PREFERENCE_WORDS) >= 0) {
                continue; // "we chose Vortex over Kestrel": a preference
            }
            // "X over Y, or Z if ...": what follows "or" is an alternative to the pair, not a second layer
            List<Term> placed = target.has("or") ? target.members().subList(0, 1) : target.members();
            out.add(List.of(m.term()), RelationType.USED_WITH, placed,
                    PolarityPass.of(v, clause, target.from(), target.to()), clause, "used_with.placed_on",
                    v.parsed.index());
        }
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "their");
    /** Verbs of running: a language's host is RUNS_ON ({@code @run-verbs}), anything else's a companion. */
    private static final Set<String> RUNS = DataFile.wordList(CUES, "@run-verbs");

    /** A verb in the present tense's third person: "reads", "configures", not "is", "does", "access" or a name. */
    private static boolean presentVerb(SentenceView v, int k) {
        Token t = v.tokens.get(k);
        String w = t.lower();
        return t.isWord() && v.mentionAt(k) == null && w.equals(t.text()) && w.length() >= 4 && w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !NOT_USE_VERBS.contains(w);
    }

    /**
     * "Kestrel's Gantry", "run it through Falcon's Pylon layer": a technology named right after another's possessive
     * "'s" is a part or a companion of it (used_with.possessive). A name made into an adjective ("Kestrel's
     * Zorblang-like syntax") compares instead.
     */
    private static void possessive(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (Group owner : v.techGroups) {
            if (!owner.single() || !v.wordAt(owner.to(), "'s")) {
                continue;
            }
            Group part = v.techGroupAt(owner.to() + 1);
            if (part == null || part.from() != owner.to() + 1 || likeForm(v, part)
                    || part.members().contains(owner.members().get(0))) {
                continue;
            }
            Clause clause = v.clauseOf(part.from());
            out.add(owner.members(), RelationType.USED_WITH, part.members().subList(0, 1),
                    PolarityPass.of(v, clause, part.from(), part.to()), clause, "used_with.possessive",
                    v.parsed.index());
        }
    }

    /** Adjectives made from a name that say the described thing builds on it or works with it. */
    private static final Set<String> BASED_FORMS = Set.of("based", "backed", "powered", "compatible", "driven");

    /**
     * "Osprey is a Vortex-based framework", "an interesting Gantry-compatible tool": what the clause is about is
     * used with the technology the adjective is made from (used_with.based_form). "-like" and "-style" compare
     * instead ({@link #likeForm}).
     */
    private static void basedForm(Analysis a, Facts out) {
        SentenceView v = a.view;
        for (Group g : v.techGroups) {
            Token joiner = v.token(g.to());
            Token next = v.token(g.to() + 1);
            if (joiner == null || joiner.type() != Token.Type.JOINER || next == null
                    || !BASED_FORMS.contains(next.lower())) {
                continue;
            }
            Clause clause = v.clauseOf(g.from());
            Group described = v.techGroupAt(g.to() + 2);
            if (described != null) {
                // "a Vortex-based Kestrel": the name the adjective describes is what builds on the other, not the
                // clause's subject
                if (!described.members().equals(g.members())) {
                    out.add(described.members(), RelationType.USED_WITH, g.members(), PolarityPass.of(v, clause,
                            g.from(), described.to()), clause, "used_with.based_form", v.parsed.index());
                }
                continue;
            }
            int c = v.clauses.indexOf(clause);
            Group owner = c < 0 ? null : a.ownerOf(c, g.from());
            if (owner != null && owner.from() < g.from() && !owner.members().equals(g.members())) {
                out.add(owner.members(), RelationType.USED_WITH, g.members(), PolarityPass.of(v, clause, g.from(),
                        g.to()), clause, "used_with.based_form", v.parsed.index());
            }
        }
    }

    /** A name made into an adjective: "Zorblang-like", "Zorblang-style". */
    static boolean likeForm(SentenceView v, Group g) {
        Token joiner = v.token(g.to());
        return joiner != null && joiner.type() == Token.Type.JOINER
                && (v.wordAt(g.to() + 1, "like") || v.wordAt(g.to() + 1, "style"));
    }
}
