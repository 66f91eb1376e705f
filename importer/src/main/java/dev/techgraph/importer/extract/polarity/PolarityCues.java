package dev.techgraph.importer.extract.polarity;

import dev.techgraph.importer.extract.text.DataFile;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of the polarity stage ({@code polarity-cues.tsv}): negation triggers and their scope, the
 * comparatives and predicate adjectives that judge badly, the words that judge a neutral surface. Loaded once and
 * validated: an unknown list name, a word listed twice in a list or a list missing is an error naming the line.
 */
public final class PolarityCues {

    private static final String FILE = "dev/techgraph/importer/extract/polarity-cues.tsv";
    private static final List<String> NAMES = List.of("@triggers", "@phrasal", "@scope-end", "@less-adjectives",
            "@negative-predicates", "@positive-words", "@negative-words", "@unfit-words", "@weakness-nouns", "@weak-adjectives",
            "@paid-tiers", "@editions", "@undesirable", "@feature-praise", "@feature-faults", "@working-manner",
            "@condition-words", "@problem-nouns", "@difficulty-words", "@past-words", "@claim-denials", "@rival-verbs",
            "@example-openers", "@modal-copulas", "@modal-fillers",
            "@function-verbs", "@no-pseudo", "@rival-comparatives", "@lacking", "@lack-needing", "@lack-idioms",
            "@lack-almost", "@lack-relatives", "@lack-stance-nouns", "@having-verbs",
            "@plan-leads", "@plan-verbs", "@plan-adjectives", "@plan-predicates", "@arrival-verbs", "@arrival-bases", "@lacked-fillers", "@copula-auxiliaries",
            "@trailing-verbs");
    private static final Map<String, Set<String>> LISTS = load();

    static final Set<String> TRIGGERS = LISTS.get("@triggers");
    static final Set<String> PHRASAL = LISTS.get("@phrasal");
    static final Set<String> SCOPE_END = LISTS.get("@scope-end");
    static final Set<String> LESS_ADJECTIVES = LISTS.get("@less-adjectives");
    public static final Set<String> NEGATIVE_PREDICATES = LISTS.get("@negative-predicates");
    public static final Set<String> POSITIVE_WORDS = LISTS.get("@positive-words");
    public static final Set<String> NEGATIVE_WORDS = LISTS.get("@negative-words");
    static final Set<String> UNFIT_WORDS = LISTS.get("@unfit-words");
    /** Verbs of a rivalry after "nothing"/"nobody"/"none": "nothing beats X" is praise, no denial. */
    static final Set<String> RIVAL_VERBS = LISTS.get("@rival-verbs");
    /** "such (as)", "including": a comma before them continues what a negation governs. */
    static final Set<String> EXAMPLE_OPENERS = LISTS.get("@example-openers");
    /** "be", "get": a modal before them is a copula ("can be tricky"). */
    static final Set<String> MODAL_COPULAS = LISTS.get("@modal-copulas");
    /** "also", "still": adverbs between a modal and its copula. */
    static final Set<String> MODAL_FILLERS = LISTS.get("@modal-fillers");
    /** "work", "exist": denied right after a concept, they deny it ("hot reload does not work"). */
    static final Set<String> FUNCTION_VERBS = LISTS.get("@function-verbs");
    static final Set<String> WEAKNESS_NOUNS = LISTS.get("@weakness-nouns");
    /** "trails", "lags": verbs of falling behind, which make the quality before them a weakness. */
    static final Set<String> TRAILING_VERBS = LISTS.get("@trailing-verbs");
    /** "no doubt", "no shortage of": nouns after "no" that make it no denial. */
    public static final Set<String> NO_PSEUDO = LISTS.get("@no-pseudo");
    /** "no", "lacks", "without": a denial of having; what it governs right after it is a missing feature. */
    public static final Set<String> LACKING = LISTS.get("@lacking");
    /** "needs no", "no longer", "almost no", "that has no", "no idea": where a word of lacking names no missing feature. */
    public static final Set<String> LACK_NEEDING = LISTS.get("@lack-needing");
    public static final Set<String> LACK_IDIOMS = LISTS.get("@lack-idioms");
    public static final Set<String> LACK_ALMOST = LISTS.get("@lack-almost");
    public static final Set<String> LACK_RELATIVES = LISTS.get("@lack-relatives");
    public static final Set<String> LACK_STANCE_NOUNS = LISTS.get("@lack-stance-nouns");
    /** What may stand between a word of lacking and the feature it denies ("has no built-in", "lacks a real"). */
    public static final Set<String> LACKED_FILLERS = LISTS.get("@lacked-fillers");
    /** "have", "ships": verbs of having, words of lacking when denied ("does not have", "never shipped"). */
    public static final Set<String> HAVING_VERBS = LISTS.get("@having-verbs");
    /** "plans to add", "is expected to gain": a feature announced, not shipped. */
    static final Set<String> PLAN_LEADS = LISTS.get("@plan-leads");
    static final Set<String> PLAN_VERBS = LISTS.get("@plan-verbs");
    static final Set<String> PLAN_ADJECTIVES = LISTS.get("@plan-adjectives");
    static final Set<String> PLAN_PREDICATES = LISTS.get("@plan-predicates");
    static final Set<String> ARRIVAL_VERBS = LISTS.get("@arrival-verbs");
    /** The base forms among the verbs of arrival: "will ship" announces, only "shipped" says it arrived. */
    static final Set<String> ARRIVAL_BASES = LISTS.get("@arrival-bases");
    /** Auxiliaries that carry a bad predicate after a copula ("can be slow", "has been flat for years"). */
    static final Set<String> COPULA_AUXILIARIES = LISTS.get("@copula-auxiliaries");
    /** "there is no better tool", "no other engine": comparatives after an existential "no" that make it praise. */
    public static final Set<String> RIVAL_COMPARATIVES = LISTS.get("@rival-comparatives");
    static final Set<String> WEAK_ADJECTIVES = LISTS.get("@weak-adjectives");
    static final Set<String> PAID_TIERS = LISTS.get("@paid-tiers");
    public static final Set<String> EDITIONS = LISTS.get("@editions");
    /** Qualities with a named opposite that are weaknesses themselves: listed as a con, the subject has them. */
    public static final Set<String> UNDESIRABLE = LISTS.get("@undesirable");
    public static final Set<String> FEATURE_PRAISE = LISTS.get("@feature-praise");
    public static final Set<String> FEATURE_FAULTS = LISTS.get("@feature-faults");
    public static final Set<String> WORKING_MANNER = LISTS.get("@working-manner");
    /** Words that put a labelled item's quality under a condition ("depends on", "unless"). */
    public static final Set<String> CONDITION_WORDS = LISTS.get("@condition-words");
    /** Nouns of trouble after a concept ("security holes"): a problem with it. */
    public static final Set<String> PROBLEM_NOUNS = LISTS.get("@problem-nouns");
    /** Words of difficulty before "to" and a concept's verb ("complex to secure"). */
    public static final Set<String> DIFFICULTY_WORDS = LISTS.get("@difficulty-words");
    /** Words that put a concept in a past release ("an old open-source release"). */
    public static final Set<String> PAST_WORDS = LISTS.get("@past-words");
    /** Predicates calling the previous claim false ("That is wrong."). */
    public static final Set<String> CLAIM_DENIALS = LISTS.get("@claim-denials");

    private PolarityCues() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (DataFile.Line row : DataFile.lines(FILE)) {
            String[] cols = row.text().split("\t");
            if (cols.length != 2 || !NAMES.contains(cols[0]) || lists.containsKey(cols[0])) {
                throw new IllegalStateException(FILE + " line " + row.number()
                        + ": expected '@list<TAB>word|word' with a known list named once, was: " + row.text());
            }
            Set<String> words = new LinkedHashSet<>();
            for (String w : cols[1].split("\\|")) {
                if (w.isBlank() || !words.add(w.strip())) {
                    throw new IllegalStateException(FILE + " line " + row.number() + ": word '" + w
                            + "' is empty or listed twice");
                }
            }
            lists.put(cols[0], Set.copyOf(words));
        }
        for (String name : NAMES) {
            if (!lists.containsKey(name)) {
                throw new IllegalStateException(FILE + ": list " + name + " is missing");
            }
        }
        return lists;
    }
}
