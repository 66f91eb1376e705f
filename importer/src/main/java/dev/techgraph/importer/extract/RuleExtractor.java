package dev.techgraph.importer.extract;

import dev.techgraph.importer.text.Sentence;
import dev.techgraph.importer.text.TextDocument;
import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.DocumentInfo;
import dev.techgraph.model.doc.EntityRecord;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.doc.MentionRecord;
import dev.techgraph.model.doc.RelationRecord;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule-based extractor (thin first version): vocabulary terms found in each sentence, and a
 * "suited for" rule between technologies and use cases with simple negation.
 */
public final class RuleExtractor implements Extractor {

    private static final Pattern SUITED = Pattern.compile(
            "\\b(suited|suitable|ideal|built|great|used|good|perfect|designed|fit)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(not|never|n't|no|neither|nor)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocabulary;
    private final List<Map.Entry<Pattern, Term>> matchers = new ArrayList<>();

    public RuleExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Term term : vocabulary.terms()) {
            for (String form : term.surfaceForms()) {
                int flags = term.ambiguous() ? 0 : Pattern.CASE_INSENSITIVE;
                matchers.add(Map.entry(Pattern.compile("(?<![\\w.])" + Pattern.quote(form) + "(?![\\w])", flags), term));
            }
        }
    }

    @Override
    public DocumentGraph extract(TextDocument document) {
        var plain = document.plain();
        DocumentInfo info = DocumentInfo.of(plain.source(), plain.title(), plain.text());
        Map<EntityRef, EntityRecord> entities = new LinkedHashMap<>();
        List<MentionRecord> mentions = new ArrayList<>();
        List<RelationRecord> relations = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Term> found = new ArrayList<>();
            for (var matcher : matchers) {
                Matcher m = matcher.getKey().matcher(sentence.text());
                if (m.find()) {
                    Term term = matcher.getValue();
                    if (!found.contains(term)) {
                        found.add(term);
                        entities.putIfAbsent(term.ref(), new EntityRecord(term.kind(), term.key(), term.name(),
                                List.of(m.group())));
                        mentions.add(new MentionRecord(sentence.index(), term.ref(), m.group(), m.start(), m.end()));
                    }
                }
            }
            if (SUITED.matcher(sentence.text()).find()) {
                Polarity polarity = NEGATION.matcher(sentence.text().toLowerCase(Locale.ROOT)).find()
                        ? Polarity.NEGATIVE : Polarity.POSITIVE;
                for (Term tech : found) {
                    if (!tech.kind().isTechnology()) {
                        continue;
                    }
                    for (Term useCase : found) {
                        if (useCase.kind() == Kind.USE_CASE) {
                            relations.add(new RelationRecord(tech.ref(), RelationType.SUITED_FOR, useCase.ref(),
                                    polarity, null, List.of(sentence.index()), List.of("suited.cooccurrence")));
                        }
                    }
                }
            }
        }
        return new DocumentGraph(info, document.sentences().stream().map(Sentence::toRecord).toList(),
                new ArrayList<>(entities.values()), mentions, relations);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    static String key(String name) {
        return Keys.of(name);
    }
}
