package dev.techgraph.importer.extract;

import dev.techgraph.importer.source.PlainText;
import dev.techgraph.importer.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and, once found, the entities it names (ordered, not overlapping). Tokens and
 * mentions are of its reading: the sentence's text, or what {@link Structure} made of it ("Best for: X"
 * under a heading about Zorblang reads "Zorblang is well suited for X"); the sentence stays the evidence.
 */
final class ParsedSentence {

    final Sentence sentence;
    final List<Token> tokens;
    final List<Mention> mentions = new ArrayList<>();
    private final String reading;
    private final String rule;

    ParsedSentence(Sentence sentence) {
        this(sentence, sentence.text(), null);
    }

    ParsedSentence(Sentence sentence, String reading, String rule) {
        this.sentence = sentence;
        this.reading = reading;
        this.rule = rule;
        this.tokens = Tokenizer.tokenize(reading);
    }

    /** The text tokens and mentions refer to. */
    String text() {
        return reading;
    }

    /** The structure rule that made the reading, or null when it is the sentence as written. */
    String rule() {
        return rule;
    }

    /** Whether the reading differs from the sentence as written. */
    boolean rewritten() {
        return rule != null;
    }

    /** Whether a mention starts at token {@code i}. */
    boolean mentionAt(int i) {
        return mentions.stream().anyMatch(m -> m.from() == i);
    }

    int index() {
        return sentence.index();
    }

    int block() {
        return sentence.block();
    }

    boolean heading() {
        return sentence.blockType() == PlainText.BlockType.HEADING;
    }

    /** Index of the first word token, or -1. */
    int firstWord() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }
}
