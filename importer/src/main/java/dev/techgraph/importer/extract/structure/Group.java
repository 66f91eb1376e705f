package dev.techgraph.importer.extract.structure;

import dev.techgraph.model.vocabulary.Term;

import java.util.List;

/**
 * Entities that act together in a sentence: a list ("Django and Flask"), a comparison ("Go vs Rust"), a
 * pairing ("JavaScript with Node.js") or the entities a short reference stands for ("these frameworks").
 *
 * @param members   the entities, in order
 * @param from      first token
 * @param to        token after the last
 * @param links     the connector between each member and the next ("and", "or", "vs", "with", ",")
 * @param reference the group is a resolved short reference, not names in the text
 */
public record Group(List<Term> members, int from, int to, List<String> links, boolean reference) {

    public Group {
        members = List.copyOf(members);
        links = List.copyOf(links);
    }

    public boolean has(String link) {
        return links.contains(link);
    }

    public boolean single() {
        return members.size() == 1;
    }
}
