package dev.techgraph.importer.extract;

import dev.techgraph.model.Polarity;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.Set;

/**
 * The polarity a negative label ("Cons", "Weaknesses", "Avoid if", "Where it struggles") gives the items read
 * under it. An item there is a weakness or an unsuited use of the label's subject even when it reads as a plain
 * noun phrase ("Startup time", "Debugging channel logic is harder"): the label is the judgement, so the item's
 * use case comes out negative, and so does a quality whose good end the vocabulary names (one with a named
 * opposite, or a name that opens with a judging word: "fast startup", "extensive documentation"). A trait that
 * is a weakness in itself ("steep learning curve", "vendor lock-in") or a plain feature ("managed service") keeps
 * its polarity: "Cons: steep learning curve" states that the subject has it.
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
        for (int k = from; k < facts.all().size(); k++) {
            Fact f = facts.all().get(k);
            if (f.source() == subject && f.polarity() == Polarity.POSITIVE && denied(f)) {
                facts.set(k, new Fact(f.source(), f.type(), f.target(), Polarity.NEGATIVE, QUALIFIER, f.rule(),
                        f.sentence()));
            }
        }
    }

    private boolean denied(Fact f) {
        return f.type() == RelationType.SUITED_FOR
                || f.type() == RelationType.HAS_TRAIT && goodEnd(f.target());
    }

    /** A quality named by its good end: it has a named opposite, or its name opens with a judging word. */
    private boolean goodEnd(Term concept) {
        return lexicon.hasOpposite(concept) && !PolarityCues.UNDESIRABLE.contains(concept.name())
                || PolarityPass.evaluativeName(concept);
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
