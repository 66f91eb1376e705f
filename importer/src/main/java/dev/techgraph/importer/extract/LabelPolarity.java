package dev.techgraph.importer.extract;

import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.List;
import java.util.Set;

/**
 * The polarity a negative label ("Cons", "Weaknesses", "Avoid if", "Where it struggles") gives the items read
 * under it. An item there is a weakness or an unsuited use of the label's subject even when it reads as a plain
 * noun phrase ("Startup time", "Debugging channel logic is harder"): the label is the judgement, so the item's
 * use case comes out negative, and so does a quality whose good end the vocabulary names (one with a named
 * opposite, or a name that opens with a judging word: "fast startup", "extensive documentation"). A trait that
 * is a weakness in itself ("steep learning curve", "vendor lock-in") or a plain feature ("managed service") keeps
 * its polarity: "Cons: steep learning curve" states that the subject has it. An item that states its quality
 * under a condition ("only works with", "depends on", "unless") is no strength and no clear weakness: its
 * positive facts are left out.
 */
final class LabelPolarity {

    /** The structure rules whose items are weaknesses or unsuited uses of their subject. */
    private static final Set<String> NEGATIVE_LABELS = Set.of("struct.weakness", "struct.unsuited");
    private static final String QUALIFIER = "listed as a weakness";

    private final Lexicon lexicon;

    LabelPolarity(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Turns the facts added since the {@code from}-th about the reading's subject negative where the label says so. */
    void apply(ParsedSentence reading, Facts facts, int from) {
        if (!NEGATIVE_LABELS.contains(reading.rule())) {
            return;
        }
        Term subject = subject(reading);
        if (subject == null) {
            return;
        }
        boolean hedged = hedged(reading.sentence.text());
        for (int k = facts.all().size() - 1; k >= from; k--) {
            Fact f = facts.all().get(k);
            if (f.source() != subject || f.polarity() != Polarity.POSITIVE
                    || f.type() != RelationType.SUITED_FOR && f.type() != RelationType.HAS_TRAIT) {
                continue;
            }
            if (hedged) {
                facts.remove(k); // "Hot reload only works with X", "Speed depends on the driver": not a strength
            } else if (denied(f)) {
                facts.set(k, new Fact(f.source(), f.type(), f.target(), Polarity.NEGATIVE, QUALIFIER, f.rule(),
                        f.sentence()));
            }
        }
    }

    /** Words that make an item a condition on the quality rather than a statement of it. */
    private static final Set<String> HEDGES = Set.of("depends", "depend", "depending", "unless", "except",
            "varies", "vary");
    /** Punctuation after which "only" ends its clause ("a managed service only."): no restriction of what follows. */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ",", ":", "!", ")");

    /**
     * Whether the item as written states its quality under a condition: "depends on", "unless", "varies", or an
     * "only" that restricts what follows it ("only works with", "only covers the basics").
     */
    static boolean hedged(String item) {
        List<Token> tokens = Tokenizer.tokenize(item);
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if (HEDGES.contains(w)
                    || w.equals("only") && k + 1 < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean denied(Fact f) {
        return f.type() == RelationType.SUITED_FOR
                || f.type() == RelationType.HAS_TRAIT && goodEnd(f.target());
    }

    /** A quality named by its good end: it has a named opposite, or its name opens with a judging word. */
    private boolean goodEnd(Term concept) {
        return !PolarityCues.UNDESIRABLE.contains(concept.name())
                && (lexicon.hasOpposite(concept) || PolarityPass.evaluativeName(concept) || namedScale(concept));
    }

    /**
     * "extensive documentation" with the bare "documentation" among its forms: the concept is the good end of the
     * scale its head noun names, the noun alone being judged by the words around it.
     */
    private static boolean namedScale(Term concept) {
        String name = concept.name().toLowerCase(java.util.Locale.ROOT);
        int space = name.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String head = name.substring(space + 1);
        return concept.surfaceForms().stream().anyMatch(f -> f.equalsIgnoreCase(head));
    }

    /** The technology a label's reading opens with ("Zorblang has ..."), or null. */
    private static Term subject(ParsedSentence reading) {
        for (Mention m : reading.mentions) {
            if (m.from() == 0 && m.isTech()) {
                return m.term();
            }
        }
        return null;
    }
}
