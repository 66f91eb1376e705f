package dev.techgraph.importer.extract;

import dev.techgraph.importer.extract.assembly.GraphAssembler;
import dev.techgraph.importer.extract.assembly.Refs;
import dev.techgraph.importer.extract.mentions.Lexicon;
import dev.techgraph.importer.extract.mentions.MentionFinder;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.rules.AuthoredInRule;
import dev.techgraph.importer.extract.rules.CodeNameRule;
import dev.techgraph.importer.extract.rules.ComparedWithRule;
import dev.techgraph.importer.extract.rules.CompilesToRule;
import dev.techgraph.importer.extract.rules.ConceptRule;
import dev.techgraph.importer.extract.rules.Facts;
import dev.techgraph.importer.extract.rules.HintRule;
import dev.techgraph.importer.extract.rules.NameExtensionRule;
import dev.techgraph.importer.extract.rules.PartOfRule;
import dev.techgraph.importer.extract.rules.PhraseRelationRule;
import dev.techgraph.importer.extract.rules.PolarityPass;
import dev.techgraph.importer.extract.rules.Rule;
import dev.techgraph.importer.extract.rules.RunsOnRule;
import dev.techgraph.importer.extract.rules.SideRule;
import dev.techgraph.importer.extract.rules.UsedWithRule;
import dev.techgraph.importer.extract.rules.WrittenInRule;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.structure.Structure;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.text.TextDocument;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.vocabulary.Vocabulary;

import java.util.List;

/**
 * The rule-based extractor: finds entities ({@link MentionFinder}), reads document structure into
 * sentences ({@link Structure}, whose rule id goes in front of the ids of facts from such readings), then walks the sentences in order,
 * keeping track of what the text talks about ({@link Discourse}) and applying each relation {@link Rule};
 * {@link GraphAssembler} merges the facts into the document graph. Everything that can be is built once in
 * the constructor; {@link #extract} keeps its state on the stack, so one instance serves many threads.
 */
public final class RuleExtractor implements Extractor {

    private final Vocabulary vocabulary;
    private final MentionFinder finder;
    private final List<Rule> rules;
    private final GraphAssembler assembler = new GraphAssembler();
    private final Structure structure = new Structure();
    private final Lexicon lexicon;
    private final NameExtensionRule nameExtensions = new NameExtensionRule();

    public RuleExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Lexicon lexicon = new Lexicon(vocabulary);
        this.finder = new MentionFinder(lexicon);
        this.rules = rules(lexicon);
        this.lexicon = lexicon;
    }

    /** Every relation rule, in the order they run. */
    static List<Rule> rules(Lexicon lexicon) {
        return List.of(new ConceptRule(), new PartOfRule(), new WrittenInRule(), new CompilesToRule(),
                new RunsOnRule(), new UsedWithRule(), new AuthoredInRule(), new CodeNameRule(lexicon), new ComparedWithRule(),
                new PhraseRelationRule(), new SideRule(), new HintRule(lexicon));
    }

    @Override
    public DocumentGraph extract(TextDocument document) {
        List<ParsedSentence> sentences = document.sentences().stream().map(ParsedSentence::new).toList();
        var tableNames = finder.find(sentences, document.plain().blocks(), java.util.Map.of());
        List<ParsedSentence> read = structure.read(document, sentences);
        if (read != sentences) {
            finder.find(read, document.plain().blocks(), tableNames);
            structure.wholeCellItems(read, document.plain().blocks());
            sentences = read;
        }
        Discourse discourse = new Discourse();
        Refs refs = new Refs();
        Facts facts = new Facts(refs);
        int previousFrom = 0;
        for (ParsedSentence s : sentences) {
            discourse.enter(s);
            SentenceView view = new SentenceView(s);
            discourse.noteComparison(view);
            Analysis analysis = new Analysis(view, discourse);
            int before = facts.all().size();
            String denial = PolarityPass.deniesPrevious(view);
            if (denial != null) {
                PolarityPass.denyPrevious(facts, previousFrom, before, denial);
            }
            for (Rule rule : rules) {
                rule.apply(analysis, discourse, facts);
            }
            if (s.rewritten()) {
                PolarityPass.underLabel(s, facts, before, lexicon);
                facts.prefixRules(before, s.rule());
            }
            discourse.setSubject(analysis.discourseSubject());
            previousFrom = before;

        }
        nameExtensions.apply(sentences, facts);
        return assembler.assemble(document, sentences, facts.all(), refs);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }
}
