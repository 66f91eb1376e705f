package dev.techgraph.importer.extract.assembly;

import dev.techgraph.model.doc.EntityRef;
import dev.techgraph.model.vocabulary.Term;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Entity references of terms, computed once per term: {@link Term#ref()} normalises the name on every
 * call, which the extractor's inner loops cannot afford. One instance per document (not thread-safe).
 */
public final class Refs {

    private final Map<Term, EntityRef> refs = new IdentityHashMap<>();

    public EntityRef of(Term term) {
        EntityRef ref = refs.get(term);
        if (ref == null) {
            ref = term.ref();
            refs.put(term, ref);
        }
        return ref;
    }
}
