package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.mentions.NameDiscovery;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.model.RelationType;

import java.util.List;

/**
 * PART_OF between concepts, only where the text states it: "real-time applications like live chat or
 * gaming servers", "systems programming: database engines, proxies and embedded devices".
 */
public final class PartOfRule implements Rule {

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        List<Group> groups = v.conceptGroups;
        for (int g = 0; g + 1 < groups.size(); g++) {
            Group broad = groups.get(g);
            Group next = groups.get(g + 1);
            int after = broad.to();
            int start = NameDiscovery.listStart(v.tokens, after);
            if (start < 0 && (v.wordAt(after, ":") || v.wordAt(after, "especially"))) {
                start = after + 1;
            }
            if (start < 0 || next.from() != start || !a.view.clauseOf(broad.from()).asserts()) {
                continue;
            }
            var whole = broad.members().get(broad.members().size() - 1);
            for (var part : next.members()) {
                if (part.kind() == whole.kind()) {
                    out.add(part, RelationType.PART_OF, whole, PolarityPass.stated(), "part_of.listed",
                            v.parsed.index());
                }
            }
        }
    }
}
