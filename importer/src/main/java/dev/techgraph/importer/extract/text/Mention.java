package dev.techgraph.importer.extract.text;

import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.vocabulary.Term;

/**
 * An entity named by tokens [from, to) of a sentence.
 *
 * @param term     the vocabulary term, or a term made for a name found by pattern
 * @param surface  the text as written
 * @param opposite the surface states the opposite of the concept ("slower" for high performance)
 * @param start    character offset in the sentence
 * @param end      character end offset in the sentence
 */
public record Mention(int from, int to, Term term, String surface, boolean opposite, int start, int end) {

    public Kind kind() {
        return term.kind();
    }

    EntityRef ref() {
        return term.ref();
    }

    public boolean isTech() {
        return term.kind().isTechnology();
    }

    public boolean isConcept() {
        return !term.kind().isTechnology();
    }
}
