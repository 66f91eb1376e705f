package dev.techgraph.importer.text;

import dev.techgraph.importer.source.PlainText;
import java.util.List;
import java.util.Objects;

/** A document split into sentences. */
public record TextDocument(PlainText plain, List<Sentence> sentences) {

    public TextDocument {
        Objects.requireNonNull(plain, "plain");
        sentences = List.copyOf(sentences);
    }
}
