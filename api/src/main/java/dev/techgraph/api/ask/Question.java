package dev.techgraph.api.ask;

import dev.techgraph.model.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-English question parsed against a fixed list of templates (no language model): which form it
 * has and the names it mentions. Names are kept as typed; the caller resolves them against the graph.
 *
 * @param form     the template that matched
 * @param kind     the kind asked for ("which frameworks ..."), or null
 * @param first    the first name or use case in the question
 * @param second   the second name (compare, compile from X to Y, the use case of "is X good for Y"), or null
 * @param negative whether the question asks what is NOT the case
 */
public record Question(Form form, Kind kind, String first, String second, boolean negative) {

    /** The forms understood, each with an example a person can copy. */
    public enum Form {
        SUITED_FOR("which <kind> are suited to <use case>  (e.g. frameworks suited to realtime)"),
        IS_SUITED("is <X> good for <use case>  (the verdict, with both sides)"),
        SUITED("what is <X> suited for"),
        WRITTEN_IN("what is <X> written in"),
        WRITTEN_IN_IT("what is written in <X>  (or: which frameworks are written in <X>)"),
        COMPILES("what compiles <X> to <Y>"),
        COMPILES_TO("what does <X> compile to"),
        RUNS_ON("where does <X> run  /  where does <X> not run"),
        TRAITS("traits of <X>  /  what is <X> known for"),
        COMPARED("what is <X> compared with"),
        COMPARE("compare <X> and <Y>  /  <X> vs <Y>"),
        ALTERNATIVES("alternatives to <X>");

        private final String example;

        Form(String example) {
            this.example = example;
        }

        public String example() {
            return example;
        }

        /** Every form's example, for the hints of a question that was not understood. */
        public static List<String> examples() {
            return Arrays.stream(values()).map(Form::example).toList();
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND_WORD =
            "(languages?|frameworks?|librar(?:y|ies)|packages?|tools?|compilers?|transpilers?|runtimes?|"
                    + "technolog(?:y|ies)|tech)";
    private static final String SUITED_WORD =
            "(?:suited|suitable|good|used|ideal|great|best|built|designed|recommended|popular)";

    private static final Pattern COMPARE = Pattern.compile(
            "^compare\\s+(.+?)\\s+(?:and|with|to|vs\\.?|versus)\\s+(.+)$", FLAGS);
    private static final Pattern VERSUS = Pattern.compile("^(.+?)\\s+(?:vs\\.?|versus)\\s+(.+)$", FLAGS);
    private static final Pattern ALTERNATIVES = Pattern.compile(
            "^(?:(?:what|which)\\s+are\\s+(?:the\\s+|some\\s+)?)?alternatives?\\s+(?:to|for)\\s+(.+)$", FLAGS);
    private static final Pattern INSTEAD = Pattern.compile("^what\\s+can\\s+i\\s+use\\s+instead\\s+of\\s+(.+)$", FLAGS);
    private static final Pattern COMPILES = Pattern.compile(
            "^(?:what|which\\s+\\w+)\\s+(?:compiles|transpiles|translates|converts|turns)\\s+(.+?)\\s+(?:to|into)\\s+(.+)$",
            FLAGS);
    private static final Pattern COMPILES_TO = Pattern.compile(
            "^what\\s+does\\s+(.+?)\\s+(?:compile|transpile|translate)\\s+(?:to|into)$", FLAGS);
    private static final Pattern WRITTEN_IN_IT = Pattern.compile(
            "^(?:what|which)(?:\\s+" + KIND_WORD + ")?\\s+(?:is|are)\\s+written\\s+in\\s+(.+)$", FLAGS);
    private static final Pattern WRITTEN_IN = Pattern.compile(
            "^(?:(?:in\\s+)?what(?:\\s+language)?|which\\s+language)\\s+(?:is|are)\\s+(.+?)\\s+written(?:\\s+in)?$",
            FLAGS);
    private static final Pattern RUNS_ON = Pattern.compile(
            "^(?:where|what|on\\s+what)\\s+(does|do|can|doesn't|don't|can't|cannot)\\s+(.+?)\\s+(not\\s+)?run(?:\\s+on|\\s+in)?$",
            FLAGS);
    private static final Pattern TRAITS = Pattern.compile(
            "^(?:what\\s+are\\s+)?(?:the\\s+)?(positive\\s+|negative\\s+)?(?:traits|strengths|qualities|characteristics)"
                    + "\\s+of\\s+(.+)$", FLAGS);
    private static final Pattern KNOWN_FOR = Pattern.compile(
            "^what\\s+(?:is|are)\\s+(.+?)\\s+(not\\s+)?known\\s+for$", FLAGS);
    private static final Pattern COMPARED = Pattern.compile(
            "^what\\s+is\\s+(.+?)\\s+compared\\s+(?:with|to)$", FLAGS);
    private static final Pattern SUITED = Pattern.compile(
            "^what\\s+(?:is|are)\\s+(.+?)\\s+(not\\s+)?" + SUITED_WORD + "\\s+(?:for|at)$", FLAGS);
    private static final Pattern SUITED_FOR = Pattern.compile(
            "^(?:(?:which|what)\\s+)?(?:are\\s+)?(?:the\\s+)?(?:best\\s+|good\\s+|top\\s+)?" + KIND_WORD
                    + "\\s+(?:are\\s+|is\\s+)?(not\\s+)?(?:(?:well|best|most|better)\\s+)?" + SUITED_WORD
                    + "?\\s*(?:to|for|in)\\s+(.+)$", FLAGS);
    private static final Pattern IS_SUITED = Pattern.compile(
            "^(?:is|are)\\s+(.+?)\\s+(not\\s+)?(?:a\\s+)?(?:(?:very|really|well|the)\\s+)?(?:good|great|suited|suitable|ideal|"
                    + "recommended|best|fit|right)(?:\\s+(?:choice|option|fit|language|framework|tool))?\\s+(?:for|to|at)\\s+(.+)$",
            FLAGS);
    private static final Pattern CAN_BE_USED = Pattern.compile(
            "^(?:can|should)\\s+(?:i\\s+use\\s+)?(.+?)\\s+(?:be\\s+used\\s+)?for\\s+(.+)$", FLAGS);
    private static final Pattern ANYTHING_SUITED = Pattern.compile(
            "^what\\s+(?:is|are)\\s+(not\\s+)?" + SUITED_WORD + "\\s+(?:to|for)\\s+(.+)$", FLAGS);

    /** Parses a question; empty when it has none of the forms. */
    public static Optional<Question> parse(String text) {
        String q = normalise(text);
        Matcher m;
        if ((m = COMPARE.matcher(q)).matches() || (m = VERSUS.matcher(q)).matches()) {
            return Optional.of(new Question(Form.COMPARE, null, m.group(1), m.group(2), false));
        }
        if ((m = ALTERNATIVES.matcher(q)).matches() || (m = INSTEAD.matcher(q)).matches()) {
            return Optional.of(new Question(Form.ALTERNATIVES, null, m.group(1), null, false));
        }
        if ((m = COMPILES.matcher(q)).matches()) {
            return Optional.of(new Question(Form.COMPILES, Kind.TOOL, m.group(1), m.group(2), false));
        }
        if ((m = COMPILES_TO.matcher(q)).matches()) {
            return Optional.of(new Question(Form.COMPILES_TO, null, m.group(1), null, false));
        }
        if ((m = WRITTEN_IN_IT.matcher(q)).matches()) {
            return Optional.of(new Question(Form.WRITTEN_IN_IT, kind(m.group(1)), m.group(2), null, false));
        }
        if ((m = WRITTEN_IN.matcher(q)).matches()) {
            return Optional.of(new Question(Form.WRITTEN_IN, null, m.group(1), null, false));
        }
        if ((m = RUNS_ON.matcher(q)).matches()) {
            boolean negative = m.group(3) != null || m.group(1).toLowerCase(Locale.ROOT).matches(".*(n't|cannot)");
            return Optional.of(new Question(Form.RUNS_ON, null, m.group(2), null, negative));
        }
        if ((m = TRAITS.matcher(q)).matches()) {
            boolean negative = m.group(1) != null && m.group(1).strip().equalsIgnoreCase("negative");
            return Optional.of(new Question(Form.TRAITS, null, m.group(2), null, negative));
        }
        if ((m = KNOWN_FOR.matcher(q)).matches()) {
            return Optional.of(new Question(Form.TRAITS, null, m.group(1), null, m.group(2) != null));
        }
        if ((m = COMPARED.matcher(q)).matches()) {
            return Optional.of(new Question(Form.COMPARED, null, m.group(1), null, false));
        }
        if ((m = IS_SUITED.matcher(q)).matches()) {
            return Optional.of(new Question(Form.IS_SUITED, null, m.group(1), m.group(3), m.group(2) != null));
        }
        if ((m = CAN_BE_USED.matcher(q)).matches()) {
            return Optional.of(new Question(Form.IS_SUITED, null, m.group(1), m.group(2), false));
        }
        if ((m = SUITED.matcher(q)).matches()) {
            return Optional.of(new Question(Form.SUITED, null, m.group(1), null, m.group(2) != null));
        }
        if ((m = SUITED_FOR.matcher(q)).matches()) {
            return Optional.of(new Question(Form.SUITED_FOR, kind(m.group(1)), m.group(3), null, m.group(2) != null));
        }
        if ((m = ANYTHING_SUITED.matcher(q)).matches()) {
            return Optional.of(new Question(Form.SUITED_FOR, null, m.group(2), null, m.group(1) != null));
        }
        return Optional.empty();
    }

    /** One line, no parenthetical remarks, no closing punctuation, no articles before names. */
    static String normalise(String text) {
        String q = text.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        q = q.replaceAll("[?!.\\s]+$", "");
        q = q.replaceAll("(?i)\\b(the|a|an)\\s+(?=\\S+$)", "");
        return q.replaceAll("(?i)^(?:please\\s+)?(?:tell\\s+me\\s+)?", "").strip();
    }

    /** The kind a kind word names; null for "technologies". */
    static Kind kind(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("language")) {
            return Kind.LANGUAGE;
        }
        if (w.startsWith("framework")) {
            return Kind.FRAMEWORK;
        }
        if (w.startsWith("librar") || w.startsWith("package")) {
            return Kind.LIBRARY;
        }
        if (w.startsWith("tool") || w.startsWith("compiler") || w.startsWith("transpiler")) {
            return Kind.TOOL;
        }
        if (w.startsWith("runtime")) {
            return Kind.RUNTIME;
        }
        return null;
    }
}
