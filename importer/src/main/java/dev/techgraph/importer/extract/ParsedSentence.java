package dev.techgraph.importer.extract;

import dev.techgraph.importer.source.PlainText;
import dev.techgraph.importer.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/** A sentence with its tokens and, once found, the entities it names (ordered, not overlapping). */
final class ParsedSentence {

    final Sentence sentence;
    final List<Token> tokens;
    final List<Mention> mentions = new ArrayList<>();

    ParsedSentence(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = Tokenizer.tokenize(sentence.text());
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
