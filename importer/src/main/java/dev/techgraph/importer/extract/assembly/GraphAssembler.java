package dev.techgraph.importer.extract.assembly;

import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.text.Sentence;
import dev.techgraph.importer.text.TextDocument;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.DocumentInfo;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns mentions and facts into a {@link DocumentGraph}: one entity per kind and key (technologies always,
 * use cases and traits only when a fact uses them), one relation per source, type and target (symmetric
 * types in key order) with its evidence and rules. A fact stated negatively anywhere in the document is
 * exported negative only: a negated statement is never also a positive one.
 */
public final class GraphAssembler {

    private record Key(EntityRef source, String type, EntityRef target) {
    }

    public DocumentGraph assemble(TextDocument document, List<ParsedSentence> sentences, List<Fact> facts, Refs refs) {
        Map<Key, List<Fact>> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            Term s = f.source();
            Term t = f.target();
            if (f.type().symmetric() && (refs.of(s).key() + s.kind()).compareTo(refs.of(t).key() + t.kind()) > 0) {
                s = f.target();
                t = f.source();
                f = new Fact(s, f.type(), t, f.polarity(), f.qualifier(), f.rule(), f.sentence());
            }
            byKey.computeIfAbsent(new Key(refs.of(s), f.type().name(), refs.of(t)), k -> new ArrayList<>()).add(f);
        }
        Map<EntityRef, Term> used = new LinkedHashMap<>();
        List<RelationRecord> relations = new ArrayList<>();
        for (List<Fact> group : byKey.values()) {
            boolean negative = group.stream().anyMatch(f -> f.polarity() == Polarity.NEGATIVE);
            Polarity polarity = negative ? Polarity.NEGATIVE : Polarity.POSITIVE;
            Set<Integer> evidence = new TreeSet<>();
            Set<String> rules = new LinkedHashSet<>();
            String qualifier = null;
            for (Fact f : group) {
                if (f.polarity() != polarity) {
                    continue;
                }
                evidence.add(f.sentence());
                rules.add(f.rule());
                if (qualifier == null) {
                    qualifier = f.qualifier();
                }
            }
            Fact first = group.get(0);
            used.putIfAbsent(refs.of(first.source()), first.source());
            used.putIfAbsent(refs.of(first.target()), first.target());
            relations.add(new RelationRecord(refs.of(first.source()), first.type(), refs.of(first.target()), polarity,
                    qualifier, new ArrayList<>(evidence), new ArrayList<>(rules)));
        }
        Map<EntityRef, Term> terms = new LinkedHashMap<>();
        Map<EntityRef, LinkedHashSet<String>> aliases = new LinkedHashMap<>();
        List<MentionRecord> mentions = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            for (Mention m : s.mentions) {
                EntityRef ref = refs.of(m.term());
                if (!m.isTech() && !used.containsKey(ref)) {
                    continue;
                }
                terms.putIfAbsent(ref, m.term());
                if (!m.opposite()) {
                    aliases.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(m.surface());
                }
                if (!s.rewritten()) {
                    mentions.add(new MentionRecord(s.index(), ref, m.surface(), m.start(), m.end()));
                    continue;
                }
                // a reading's offsets are not the sentence's: find the surface in the sentence as written
                int at = s.sentence.text().toLowerCase(java.util.Locale.ROOT)
                        .indexOf(m.surface().toLowerCase(java.util.Locale.ROOT));
                if (at >= 0) {
                    mentions.add(new MentionRecord(s.index(), ref, m.surface(), at, at + m.surface().length()));
                }
            }
        }
        used.forEach(terms::putIfAbsent);
        List<EntityRecord> entities = new ArrayList<>();
        terms.forEach((ref, term) -> entities.add(new EntityRecord(term.kind(), ref.key(), term.name(),
                new ArrayList<>(aliases.getOrDefault(ref, new LinkedHashSet<>(List.of(term.name())))))));
        var plain = document.plain();
        DocumentInfo info = DocumentInfo.of(plain.source(), plain.title(), plain.text());
        return new DocumentGraph(info, document.sentences().stream().map(Sentence::toRecord).toList(), entities,
                mentions, relations);
    }
}
