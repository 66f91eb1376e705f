package dev.techgraph.importer.extract;

import dev.techgraph.importer.extract.assembly.Fact;
import dev.techgraph.importer.extract.assembly.Refs;
import dev.techgraph.importer.extract.mentions.Lexicon;
import dev.techgraph.importer.extract.mentions.MentionFinder;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.rules.Facts;
import dev.techgraph.importer.extract.rules.Rule;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.model.vocabulary.Term;
import dev.techgraph.model.vocabulary.Vocabulary;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Developer aid, not a test: prints how the extractor reads each sentence of a file (mentions, clauses,
 * subjects, facts). Run with the test classpath: {@code java ... ExtractTrace FILE [substring]}.
 */
public final class ExtractTrace {

    private ExtractTrace() {
    }

    public static void main(String[] args) throws Exception {
        var reader = Pipeline.standard().reader();
        var doc = new dev.techgraph.importer.text.SentenceSplitter().split(reader.read(Path.of(args[0])));
        String filter = args.length > 1 ? args[1] : "";
        Lexicon lexicon = new Lexicon(Vocabulary.bundled());
        List<ParsedSentence> sentences = doc.sentences().stream().map(ParsedSentence::new).toList();
        new MentionFinder(lexicon).find(sentences, doc.plain().blocks(), java.util.Map.of());
        Discourse discourse = new Discourse();
        List<Rule> rules = RuleExtractor.rules(lexicon);
        for (ParsedSentence s : sentences) {
            discourse.enter(s);
            SentenceView view = new SentenceView(s);
            discourse.noteComparison(view);
            Analysis a = new Analysis(view, discourse);
            Facts facts = new Facts(new Refs());
            for (Rule r : rules) {
                r.apply(a, discourse, facts);
            }
            if (s.sentence.text().contains(filter)) {
                System.out.println("#" + s.index() + " [b" + s.block() + "] " + s.sentence.text());
                System.out.println("   mentions: " + s.mentions.stream().map(m -> m.surface() + "/" + m.kind().label()
                        + (m.opposite() ? "(opp)" : "")).collect(Collectors.joining(", ")));
                for (int c = 0; c < a.clauseCount(); c++) {
                    Clause cl = a.clause(c);
                    String text = s.tokens.subList(cl.from(), cl.to()).stream().map(Token::text)
                            .collect(Collectors.joining(" "));
                    Group g = a.subject(c);
                    System.out.println("   clause " + cl.role() + (cl.asserts() ? "" : " NOASSERT")
                            + (cl.hedged() ? " HEDGED" : "") + " subj=" + (g == null ? "-" : names(g.members()))
                            + " | " + text);
                }
                for (Fact f : facts.all()) {
                    System.out.println("   -> " + f.source().name() + " " + f.type() + " " + f.target().name() + " "
                            + f.polarity() + (f.qualifier() == null ? "" : " [" + f.qualifier() + "]") + " " + f.rule());
                }
            }
            discourse.setSubject(a.mainSubject());
            discourse.observe(a.groups);
        }
    }

    private static String names(List<Term> terms) {
        return terms.stream().map(Term::name).collect(Collectors.joining("+"));
    }
}
