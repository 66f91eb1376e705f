package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.assembly.Fact;
import dev.techgraph.importer.extract.assembly.Refs;
import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects facts and keeps only what the graph model allows (e.g. WRITTEN_IN ends at a Language,
 * RUNS_ON goes from a Language to a Runtime); unsure verdicts, hedged positives and self-loops are dropped.
 */
public final class Facts {

    private static final Set<Kind> TECH_BUT_LANGUAGE = EnumSet.of(Kind.FRAMEWORK, Kind.RUNTIME, Kind.LIBRARY,
            Kind.TOOL);
    private static final Set<Kind> TECH = EnumSet.of(Kind.LANGUAGE, Kind.FRAMEWORK, Kind.RUNTIME, Kind.LIBRARY,
            Kind.TOOL);
    private static final Set<Kind> CONCEPT = EnumSet.of(Kind.USE_CASE, Kind.TRAIT);
    private static final Map<RelationType, Set<Kind>[]> ALLOWED = allowed();

    @SuppressWarnings("unchecked")
    private static Map<RelationType, Set<Kind>[]> allowed() {
        return Map.of(
                RelationType.WRITTEN_IN, new Set[]{TECH_BUT_LANGUAGE, EnumSet.of(Kind.LANGUAGE)},
                // the graph model's contract is Tool -> Language (a framework's compiler counts as its tool); a
                // language or library named as the compiler is left out rather than stored against the contract
                RelationType.COMPILES_TO, new Set[]{EnumSet.of(Kind.TOOL, Kind.FRAMEWORK), EnumSet.of(Kind.LANGUAGE)},
                RelationType.RUNS_ON, new Set[]{EnumSet.of(Kind.LANGUAGE), EnumSet.of(Kind.RUNTIME)},
                RelationType.SUITED_FOR, new Set[]{TECH, EnumSet.of(Kind.USE_CASE)},
                RelationType.HAS_TRAIT, new Set[]{TECH, EnumSet.of(Kind.TRAIT)},
                RelationType.PART_OF, new Set[]{CONCEPT, CONCEPT},
                RelationType.USED_WITH, new Set[]{TECH, TECH},
                RelationType.COMPARED_WITH, new Set[]{TECH, TECH});
    }

    private final List<Fact> facts = new ArrayList<>();
    private final Refs refs;

    public Facts(Refs refs) {
        this.refs = refs;
    }

    /** Adds a fact for every source and target, under the verdict and the clause's hedge. */
    void add(List<Term> sources, RelationType type, List<Term> targets, Negation.Verdict verdict, Clause clause,
             String rule, int sentence) {
        if (!PolarityPass.kept(verdict, clause)) {
            return;
        }
        for (Term s : sources) {
            for (Term t : targets) {
                add(s, type, t, verdict.polarity(), verdict.qualifier(), rule, sentence);
            }
        }
    }

    /** Adds one fact under its verdict (from {@link PolarityPass}); an unsure verdict adds nothing. */
    void add(Term source, RelationType type, Term target, Negation.Verdict verdict, String rule, int sentence) {
        if (!verdict.unsure()) {
            add(source, type, target, verdict.polarity(), verdict.qualifier(), rule, sentence);
        }
    }

    private void add(Term source, RelationType type, Term target, Polarity polarity, String qualifier, String rule,
                     int sentence) {
        if (source == target || refs.of(source).equals(refs.of(target))) {
            return;
        }
        Set<Kind>[] ends = ALLOWED.get(type);
        if (!ends[0].contains(source.kind()) || !ends[1].contains(target.kind())) {
            return;
        }
        facts.add(new Fact(source, type, target, polarity, qualifier, rule, sentence));
    }

    /** Puts {@code rule} in front of the rule ids of the facts added since the {@code from}-th. */
    public void prefixRules(int from, String rule) {
        for (int k = from; k < facts.size(); k++) {
            Fact f = facts.get(k);
            facts.set(k, new Fact(f.source(), f.type(), f.target(), f.polarity(), f.qualifier(),
                    rule + "+" + f.rule(), f.sentence()));
        }
    }

    /** Replaces the {@code k}-th fact (a polarity a later stage decided). */
    void set(int k, Fact fact) {
        facts.set(k, fact);
    }

    /** Drops the {@code k}-th fact (a later stage found it unsupported). */
    void remove(int k) {
        facts.remove(k);
    }

    public List<Fact> all() {
        return facts;
    }
}
