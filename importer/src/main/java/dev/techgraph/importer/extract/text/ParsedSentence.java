package dev.techgraph.importer.extract.text;

import dev.techgraph.importer.source.PlainText;
import dev.techgraph.importer.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and, once found, the entities it names (ordered, not overlapping). Tokens and
 * mentions are of its reading: the sentence's text, or what {@link Structure} made of it ("Best for: X"
 * under a heading about Zorblang reads "Zorblang is well suited for X"); the sentence stays the evidence.
 */
public final class ParsedSentence {

    public final Sentence sentence;
    public final List<Token> tokens;
    public final List<Mention> mentions = new ArrayList<>();
    private final String reading;
    private final String rule;

    public ParsedSentence(Sentence sentence) {
        this(sentence, sentence.text(), null);
    }

    public ParsedSentence(Sentence sentence, String reading, String rule) {
        this.sentence = sentence;
        this.reading = reading;
        this.rule = rule;
        this.tokens = Tokenizer.tokenize(reading);
    }

    /** The text tokens and mentions refer to. */
    public String text() {
        return reading;
    }

    /** The structure rule that made the reading, or null when it is the sentence as written. */
    public String rule() {
        return rule;
    }

    /** Whether the reading differs from the sentence as written. */
    public boolean rewritten() {
        return rule != null;
    }

    /** Whether a mention starts at token {@code i}. */
    public boolean mentionAt(int i) {
        return mentions.stream().anyMatch(m -> m.from() == i);
    }

    public int index() {
        return sentence.index();
    }

    public int block() {
        return sentence.block();
    }

    public boolean heading() {
        return sentence.blockType() == PlainText.BlockType.HEADING;
    }

    /** Index of the first word token, or -1. */
    public int firstWord() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }
}
