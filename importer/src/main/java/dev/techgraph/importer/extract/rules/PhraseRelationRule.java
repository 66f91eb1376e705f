package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.polarity.Negation;
import dev.techgraph.importer.extract.references.Analysis;
import dev.techgraph.importer.extract.references.Discourse;
import dev.techgraph.importer.extract.structure.Clause;
import dev.techgraph.importer.extract.structure.Group;
import dev.techgraph.importer.extract.structure.SentenceView;
import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.KindWords;
import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Tokenizer;
import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Relations stated by a phrase between two technologies, from {@code relation-cues.tsv}: "Bun ships
 * with SQLite" (between: the phrase's owner and the group after it), "Unlike Java, Kotlin ..."
 * (fronted: the group after the phrase and the clause's subject after the comma). Each line's id is the
 * rule id its facts keep; polarity comes from {@link Negation} (a comparison is one even when denied).
 */
public final class PhraseRelationRule implements Rule {

    private static final String CUES = "dev/techgraph/importer/extract/relation-cues.tsv";
    private static final Set<String> SKIP = Set.of("a", "an", "the", "its", "their", "our", "your", "plain", "classic",
            "older", "both", "no"); // "needs no Gantry": the object is still Gantry, the Negation pass reads "no"

    /** Persons right before a cue verb are its subject ("uv is no replacement when you need Kestrel"). */
    private static final Set<String> PERSONS = Set.of("i", "we", "you");

    /** A cue ending in one of these may repeat it for a further object ("on X ... and on Y"). */
    private static final Set<String> REPEATED = Set.of("on", "with", "to", "into", "against", "behind", "from");

    private record Cue(String id, RelationType type, boolean fronted, boolean after, String[] words) {
    }

    private final List<Cue> cues = load();

    @Override
    public void apply(Analysis a, Discourse discourse, Facts out) {
        SentenceView v = a.view;
        for (int c = 0; c < a.clauseCount(); c++) {
            Clause clause = a.clause(c);
            for (int k = clause.from(); k < clause.to(); k++) {
                int[] end = new int[1];
                Cue cue = longestAt(v, k, clause.to(), end);
                if (cue == null) {
                    cue = kindFor(v, k, clause.to(), end);
                }
                if (cue == null) {
                    continue;
                }
                if (cue.after()) {
                    resemblance(a, c, k, cue, out);
                    continue;
                }
                if (k > clause.from() && PERSONS.contains(v.tokens.get(k - 1).lower())) {
                    continue; // "when you need Kestrel": a person needs it, not the technology named before
                }
                int i = end[0];
                while (i < clause.to() && SKIP.contains(v.tokens.get(i).lower())) {
                    i++;
                }
                Group object = v.techGroupAt(i);
                boolean byExample = object == null && !cue.fronted();
                if (byExample) {
                    object = v.examplesAt(i, clause.to()); // "works with CI tools such as X and Y": X and Y
                }
                String last = cue.words()[cue.words().length - 1];
                if (object == null && !cue.fronted() && REPEATED.contains(last)) {
                    // "deploys to a bare server, to Gantry or to Pylon": the places after the repeated preposition
                    object = v.repeatedObjectAfter(i, last);
                    byExample = false;
                }
                if (object == null) {
                    continue;
                }
                if (cue.fronted() && k != v.parsed.firstWord()) {
                    continue;
                }
                if (cue.fronted() && object.members().size() >= 2 && object.links().get(0).equals(",")) {
                    // "Unlike Sparrow, Falcon ..." read as one list: the object is its first member
                    List<Term> rest = object.members().subList(1, object.members().size());
                    out.add(rest, cue.type(), List.of(object.members().get(0)), PolarityPass.compared(), clause,
                            cue.id(), v.parsed.index());
                    k = object.to() - 1;
                    continue;
                }
                Group owner = cue.fronted() ? fronted(a, v, c, object) : a.ownerOf(c, k);
                if (cue.id().equals(RELATIONAL_NOUN)) {
                    if (objectOfNotUseVerb(v, k)) {
                        continue; // "borrows its API from Kestrel": what is borrowed compares, it is not used
                    }
                    Group apposed = apposedTo(v, k);
                    owner = apposed != null ? apposed : owner;
                }
                if (owner == null || owner.members().equals(object.members())
                        || !cue.fronted() && owner.from() >= k
                        || byExample && owner.to() == k && owner.from() > clause.from() && owner != a.subject(c)) {
                    // "targets X and Y through widget sets such as Z": a list right before the cue is the verb's
                    // object, not what uses the examples
                    continue;
                }
                if ((cue.id().equals(RELATIONAL_NOUN) || cue.type() == RelationType.COMPARED_WITH) && owner.to() == k
                        && owner.members().stream().allMatch(t -> t.kind() == Kind.LANGUAGE || t.kind() == Kind.RUNTIME)) {
                    // "Transpo, a Zorblang port of Brindle": the language says what the noun is written in; the
                    // noun phrase is said of the name before its comma, if any
                    owner = apposedTo(v, k);
                    if (owner == null || owner.members().equals(object.members())) {
                        continue;
                    }
                }
                if (cue.type() == RelationType.COMPARED_WITH && owner.reference() && owner.members().size() >= 2) {
                    continue; // "they are no replacement for Y": which of several "they" names is guesswork
                }
                // a comparison denied ("not a replacement for Y") still weighs the two against each other
                Negation.Verdict verdict = PolarityPass.of(cue.type(), v, clause, object.from(), object.to());
                // a question or a hedge that names a replacement or an alternative weighs the two all the same
                Clause stated = cue.type() == RelationType.COMPARED_WITH ? null : clause;
                out.add(owner.members(), cue.type(), object.members(), verdict, stated, cue.id(), v.parsed.index());
                for (Group item = v.nextListItem(object); item != null; item = v.nextListItem(item)) {
                    // "deploys to Gantry servers, Vortex or Quasar": the list goes on past an item's head noun
                    out.add(owner.members(), cue.type(), item.members(),
                            PolarityPass.of(cue.type(), v, clause, item.from(), item.to()), stated, cue.id(),
                            v.parsed.index());
                    object = item;
                }
                Group replaced = insteadOf(v, object);
                if (replaced != null && cue.type() == RelationType.USED_WITH) {
                    // "built on Gantry instead of Pylon": not on Pylon
                    out.add(owner.members(), cue.type(), replaced.members(), PolarityPass.replaced("instead of"),
                            clause, cue.id(), v.parsed.index());
                }
                for (Group more = REPEATED.contains(last) ? v.repeatedObject(object, last) : null; more != null;
                     more = v.repeatedObject(more, last)) {
                    // "relies on Gantry for queues and on Pylon for storage": the cue's preposition says it again
                    out.add(owner.members(), cue.type(), more.members(),
                            PolarityPass.of(cue.type(), v, v.clauseOf(more.from()), more.from(), more.to()),
                            v.clauseOf(more.from()), cue.id(), v.parsed.index());
                    object = more;
                }
                k = object.to() - 1;
            }
        }
    }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "becomes");
    /** How many describing words may stand between the article and the name ("a small, strict Zorblang dialect"). */
    private static final int DESCRIBING_WORDS = 3;

    /**
     * "Falcon, a Zorblang dialect, ...", "Kestrel is essentially a Sparrow clone": a noun of resemblance right after
     * a name (an "after" cue) relates that name to what the noun phrase describes, which is named before its
     * article: by an apposition's comma or as the subject of a copula. "Falcon ships a Zorblang dialect" relates
     * nothing: the dialect is a third thing.
     */
    private static void resemblance(Analysis a, int c, int k, Cue cue, Facts out) {
        SentenceView v = a.view;
        Group object = null;
        for (Group g : v.techGroups) {
            if (g.to() == k) {
                object = g;
            }
        }
        if (object == null || !object.single() || object.reference()) {
            return;
        }
        int at = object.from() - 1;
        for (int words = 0; words < DESCRIBING_WORDS && at > 0 && !v.tokens.get(at).isArticle()
                && v.tokens.get(at).isWord() && v.mentionAt(at) == null; words++) {
            at--;
        }
        if (at <= 0 || !v.tokens.get(at).isArticle()) {
            return;
        }
        Group owner = null;
        if (v.wordAt(at - 1, ",")) {
            for (Group g : v.techGroups) {
                if (g.to() == at - 1 && g.single()) {
                    owner = g; // "Falcon, a Zorblang dialect"
                }
            }
        } else if (at >= 1 && COPULAS.contains(v.tokens.get(at - 1).lower())
                || at >= 2 && COPULAS.contains(v.tokens.get(at - 2).lower()) && v.tokens.get(at - 1).isWord()) {
            owner = a.ownerOf(c, at); // "Kestrel is (essentially) a Sparrow clone"
        }
        if (owner == null || owner.from() >= object.from() || owner.members().equals(object.members())) {
            return;
        }
        Clause clause = a.clause(c);
        out.add(owner.members(), cue.type(), object.members(), PolarityPass.compared(), clause, cue.id(),
                v.parsed.index());
    }

    /**
     * "Kestrel is the operator for Zorb", "an IDE for Zorblang", "provider packages for Zorb": any noun of a kind of
     * software ({@code kind-words.tsv}, not one of languages, which says what a language is) followed by "for" is a
     * cue of the class {@code used_with.kind_for}: what the clause is about was made for the technology after it.
     * The nouns the cue file lists with "for" ("library for", "plugin for") keep their own lines and rule ids.
     * The same nouns and the relational nouns of {@code @relational-nouns} ("front end", "bindings", "layer")
     * before a preposition of {@code @relational-prepositions} ("the engine behind Zorb", "a thin front end for
     * Zorb", "a wrapper around Zorb") are the class {@code used_with.relational_noun}: the noun phrase says what its
     * owner is to the technology after it.
     */
    private static Cue kindFor(SentenceView v, int k, int to, int[] end) {
        if (k + 1 >= to) {
            return null;
        }
        String noun = v.tokens.get(k).lower();
        var kind = KindWords.naming(noun).or(() -> KindWords.namingPlural(noun));
        boolean kindNoun = kind.isPresent() && kind.get() != Kind.LANGUAGE;
        if (kindNoun && v.wordAt(k + 1, "for")) {
            end[0] = k + 2;
            return new Cue(KIND_FOR, RelationType.USED_WITH, false, false, new String[] {noun, "for"});
        }
        String preposition = v.tokens.get(k + 1).lower();
        boolean place = PLACE_PREPOSITIONS.contains(preposition);
        if (!RELATIONAL_PREPOSITIONS.contains(preposition) && !place || !kindNoun && !relationalNounEndsAt(v, k)) {
            return null;
        }
        if (place) {
            // "the extension in Kestrel", "the library from the Gantry team"; "a library in Zorblang" says what it is
            // written in (WrittenInRule), so a language after "in" or "from" is no partner
            int i = k + 2;
            while (i < to && SKIP.contains(v.tokens.get(i).lower())) {
                i++;
            }
            Group object = v.techGroupAt(i);
            if (object == null || object.members().stream().anyMatch(t -> t.kind() == Kind.LANGUAGE)) {
                return null;
            }
        }
        end[0] = k + 2;
        return new Cue(RELATIONAL_NOUN, RelationType.USED_WITH, false, false, new String[] {noun, preposition});
    }

    /** How many tokens a relational noun's own phrase may hold before it ("the same B-rep kernel behind"). */
    private static final int NOUN_PHRASE_TOKENS = 6;

    /** The start of the noun phrase whose head is token {@code k}: its article, or -1 when there is none near. */
    private static int articleBefore(SentenceView v, int k) {
        int at = k - 1;
        for (int n = 0; n < NOUN_PHRASE_TOKENS && at > 0 && !v.tokens.get(at).isArticle(); n++) {
            Token t = v.tokens.get(at);
            if (!t.isWord() && t.type() != Token.Type.JOINER) {
                return -1;
            }
            at--;
        }
        return at >= 0 && v.tokens.get(at).isArticle() ? at : -1;
    }

    /**
     * "Gantry, the same engine behind Kestrel": a relational noun phrase after a comma is said of the technology
     * right before the comma (or before that technology's kind noun: "the Gantry engine, the one behind Kestrel"),
     * not of the clause's subject; null when the phrase is no such apposition.
     */
    private static Group apposedTo(SentenceView v, int k) {
        int at = articleBefore(v, k);
        if (at < 2 || !v.wordAt(at - 1, ",")) {
            return null;
        }
        for (Group g : v.techGroups) {
            if (g.single() && (g.to() == at - 1 || g.to() == at - 2 && KindWords.naming(v.tokens.get(at - 2).lower())
                    .isPresent())) {
                return g;
            }
        }
        return null;
    }

    /** Whether the noun phrase whose head is token {@code k} is the object of a verb that weighs or copies. */
    private static boolean objectOfNotUseVerb(SentenceView v, int k) {
        int at = k - 1;
        for (int n = 0; n < NOUN_PHRASE_TOKENS && at >= 0; n++, at--) {
            Token t = v.tokens.get(at);
            if (t.isArticle() || DETERMINERS.contains(t.lower())) {
                return at > 0 && NOT_USE_VERBS.contains(v.tokens.get(at - 1).lower());
            }
            if (NOT_USE_VERBS.contains(t.lower())) {
                return true; // "borrows APIs from Kestrel"
            }
            if (!t.isWord() && t.type() != Token.Type.JOINER) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> DETERMINERS = Set.of("its", "their", "our", "your", "his", "her", "this", "that");
    private static final Set<String> NOT_USE_VERBS = DataFile.wordList(CUES, "@not-use-verbs");

    /** Whether one of {@code @relational-nouns} ends at token {@code k} ("front end", "front-end", "bindings"). */
    private static boolean relationalNounEndsAt(SentenceView v, int k) {
        for (String[] words : RELATIONAL_NOUNS) {
            int at = k;
            boolean match = true;
            for (int j = words.length - 1; j >= 0 && match; j--) {
                match = at >= 0 && v.tokens.get(at).lower().equals(words[j]);
                at--;
                while (j > 0 && at >= 0 && v.tokens.get(at).type() == Token.Type.JOINER) {
                    at--; // "front-end" is "front end"
                }
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static final String RELATIONAL_NOUN = "used_with.relational_noun";
    private static final Set<String> RELATIONAL_PREPOSITIONS = DataFile.wordList(CUES, "@relational-prepositions");
    private static final Set<String> PLACE_PREPOSITIONS = DataFile.wordList(CUES, "@relational-place-prepositions");
    private static final List<String[]> RELATIONAL_NOUNS = DataFile.wordList(CUES, "@relational-nouns").stream()
            .map(n -> n.split(" ")).toList();

    private static final String KIND_FOR = "used_with.kind_for";

    /** The technology right after "instead of" or "rather than" that follows an object, or null. */
    private static Group insteadOf(SentenceView v, Group object) {
        int at = object.to();
        boolean instead = v.wordAt(at, "instead") && v.wordAt(at + 1, "of")
                || v.wordAt(at, "rather") && v.wordAt(at + 1, "than");
        return instead ? v.techGroupAt(at + 2) : null;
    }

    /** "Unlike Java, Kotlin ...": the cue opens the sentence and the subject follows the object's comma. */
    private static Group fronted(Analysis a, SentenceView v, int c, Group object) {
        if (v.wordAt(object.to(), ",") && v.techGroupAt(object.to() + 1) != null) {
            return v.techGroupAt(object.to() + 1);
        }
        return a.clause(c).role() == Clause.Role.LEAD && c + 1 < a.clauseCount() ? a.subject(c + 1) : null;
    }

    /**
     * Adverbs a cue may hold between its words without changing what it states: "works very well with", "is built
     * directly on", "integrates really nicely with". Never before the cue's first word.
     */
    private static final Set<String> INTENSIFIERS = Set.of("very", "really", "quite", "pretty", "so", "fairly",
            "reasonably", "particularly", "especially", "extremely", "directly", "natively", "tightly", "seamlessly",
            "also", "still", "even", "just", "straight", "heavily", "nicely", "smoothly", "cleanly");

    /** The longest cue starting at token {@code k} (before {@code to}); {@code end[0]} gets the token after it. */
    private Cue longestAt(SentenceView v, int k, int to, int[] end) {
        Cue best = null;
        int bestLength = 0;
        for (Cue cue : cues) {
            String[] w = cue.words();
            if (k + w.length > to || best != null && bestLength >= w.length) {
                continue;
            }
            int at = k;
            boolean match = true;
            for (int j = 0; j < w.length && match; j++) {
                while (j > 0 && at < to && !v.tokens.get(at).lower().equals(w[j])
                        && INTENSIFIERS.contains(v.tokens.get(at).lower())) {
                    at++;
                }
                match = at < to && v.tokens.get(at).lower().equals(w[j]);
                at++;
            }
            if (match) {
                best = cue;
                bestLength = w.length;
                end[0] = at;
            }
        }
        return best;
    }

    private static List<Cue> load() {
        List<Cue> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataFile.Line row : DataFile.lines(CUES)) {
            int n = row.number();
            String line = row.text();
            if (line.startsWith("@")) {
                continue; // a word list another rule reads (DataFile.wordList)
            }
            String[] cols = line.split("\t");
            if (cols.length != 4 || !Set.of("between", "fronted", "after").contains(cols[2])) {
                throw new IllegalStateException(CUES + " line " + n
                        + ": expected 'id<TAB>TYPE<TAB>between|fronted|after<TAB>phrase|phrase', was: " + line);
            }
            RelationType type = RelationType.valueOf(cols[1]);
            for (String phrase : cols[3].split("\\|")) {
                String p = phrase.strip().toLowerCase(Locale.ROOT);
                if (p.isEmpty() || !seen.add(cols[2] + ":" + p)) {
                    throw new IllegalStateException(CUES + " line " + n + ": phrase '" + phrase
                            + "' is empty or listed twice");
                }
                out.add(new Cue(cols[0], type, cols[2].equals("fronted"), cols[2].equals("after"), Tokenizer.tokenize(p).stream()
                        .map(Token::lower).toArray(String[]::new)));
            }
        }
        return List.copyOf(out);
    }
}
