package dev.techgraph.api.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;

/**
 * Decides from the parsed query, before anything reaches the database, whether {@code /api/cypher} may run
 * it. The query is read by Neo4j's own Cypher 5 grammar (the ANTLR parser that ships in the embedded jars),
 * so comments, string literals and backticked names are what the database will see, never text patterns.
 *
 * <p>Refused, each with its own message:
 * <ul>
 *   <li>more tokens than {@link #MAX_TOKENS}, brackets or {@code CASE} nested deeper than {@link #MAX_DEPTH},
 *       more than {@link #MAX_OPERANDS} operands joined by operators in one expression (Neo4j's planner
 *       and parser spend time or stack on each), a string literal longer than {@link #MAX_LITERAL};</li>
 *   <li>the regular-expression operator {@code =~} (a backtracking pattern runs past any timeout);</li>
 *   <li>{@code reduce(...)}, and {@code range(...)} anywhere but as the list an {@code UNWIND} streams, unless
 *       its bounds are literals spanning at most {@link #MAX_LITERAL_RANGE} numbers: Neo4j evaluates them in
 *       one go without checking the timeout;</li>
 *   <li>expressions that can multiply the size of a value by more than {@link #MAX_GROWTH} in total:
 *       {@code a + b} of two non-constant values (a string or list can double at each step, e.g.
 *       {@code WITH s + s AS s} repeated) and {@code replace()} with a long replacement;</li>
 *   <li>functions other than Neo4j's built-in value functions ({@link #FUNCTIONS}); procedures other than
 *       {@link #PROCEDURES}; {@code USE}, {@code EXPLAIN}/{@code PROFILE} and {@code LOAD CSV}.</li>
 * </ul>
 * Writes are left to the plan check and the READ transaction; this class is about cost.
 */
final class QueryGuard {

    static final int MAX_TOKENS = 3_000;
    static final int MAX_DEPTH = 20;
    static final int MAX_OPERANDS = 64;
    static final int MAX_LITERAL = 2_000;
    static final int MAX_GROWTH = 64;
    static final long MAX_LITERAL_RANGE = 100_000;

    /** Neo4j 5's built-in functions, lower case, minus those that read files or other graphs. */
    static final Set<String> FUNCTIONS = Set.of("abs", "acos", "all", "any", "asin", "atan", "atan2", "avg",
            "btrim", "ceil", "char_length", "character_length", "coalesce", "collect", "cos", "cot", "count",
            "date", "date.realtime", "date.statement", "date.transaction", "date.truncate", "datetime",
            "datetime.fromepoch", "datetime.fromepochmillis", "datetime.realtime", "datetime.statement",
            "datetime.transaction", "datetime.truncate", "degrees", "duration", "duration.between",
            "duration.indays", "duration.inmonths", "duration.inseconds", "e", "elementid", "endnode", "exists",
            "exp", "floor", "haversin", "head", "id", "isempty", "isnan", "keys", "labels", "last", "left",
            "length", "localdatetime", "localdatetime.realtime", "localdatetime.statement",
            "localdatetime.transaction", "localdatetime.truncate", "localtime", "localtime.realtime",
            "localtime.statement", "localtime.transaction", "localtime.truncate", "log", "log10", "lower",
            "ltrim", "max", "min", "nodes", "none", "normalize", "nullif", "percentilecont", "percentiledisc",
            "pi", "point", "point.distance", "point.withinbbox", "properties", "radians", "rand", "randomuuid",
            "range", "relationships", "replace", "reverse", "right", "round", "rtrim", "sign", "sin", "single",
            "size", "split", "sqrt", "startnode", "stdev", "stdevp", "substring", "sum", "tail", "tan", "time",
            "time.realtime", "time.statement", "time.transaction", "time.truncate", "timestamp", "toboolean",
            "tobooleanlist", "tobooleanornull", "tofloat", "tofloatlist", "tofloatornull", "tointeger",
            "tointegerlist", "tointegerornull", "tolower", "tostring", "tostringlist", "tostringornull",
            "toupper", "trim", "type", "upper", "valuetype", "vector.similarity.cosine",
            "vector.similarity.euclidean");

    /** Read-only procedures a person may call to explore the schema and the server version. */
    static final Set<String> PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "dbms.components");

    /** Procedures that Neo4j reports as DBMS-level (query type SCHEMA_WRITE) although they only read. */
    static final Set<String> DBMS_READ_PROCEDURES = Set.of("dbms.components");

    /** Why a query was refused: a message for the person who wrote it. */
    static final class Refused extends RuntimeException {
        private final boolean access;

        /** A query too costly to run: the client should change it (400). */
        Refused(String message) {
            this(message, false);
        }

        /** @param access true when the query reaches for something the console does not give (403) */
        Refused(String message, boolean access) {
            super(message, null, false, false);
            this.access = access;
        }

        boolean access() {
            return access;
        }
    }

    /**
     * The outcome of a check.
     *
     * @param syntaxError the parser's message when the query is not valid Cypher (the database then reports
     *                    it in its own words), else null
     * @param procedures  the procedures the query calls, lower case
     */
    record Verdict(String syntaxError, List<String> procedures) {

        /** True when the query calls procedures and all of them are DBMS-level readers. */
        boolean onlyDbmsReadProcedures() {
            return !procedures.isEmpty() && DBMS_READ_PROCEDURES.containsAll(procedures);
        }
    }

    private QueryGuard() {
    }

    /** Checks a query; throws {@link Refused} with the reason, else says whether it parsed. */
    static Verdict check(String query) {
        var lexer = new Cypher5Lexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.fill();
        checkTokens(tokens.getTokens());

        var parser = new Cypher5Parser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        List<String> errors = new ArrayList<>();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String msg,
                                    RecognitionException e) {
                errors.add(msg + " (line " + line + ", column " + (column + 1) + ")");
            }
        });
        ParseTree tree;
        try {
            tree = parser.statements();
        } catch (StackOverflowError e) {
            throw new Refused("the query is nested too deeply to be read");
        }
        if (!errors.isEmpty()) {
            return new Verdict(errors.get(0), List.of());
        }
        if (tree instanceof Cypher5Parser.StatementsContext statements && statements.statement().size() > 1) {
            throw new Refused("send one statement at a time (this query has " + statements.statement().size()
                    + ", separated by ';')");
        }
        Walk walk = new Walk();
        walk.visit(tree);
        if (walk.growth > MAX_GROWTH) {
            throw new Refused("the query can multiply the size of a value by " + walk.growth + " (at most "
                    + MAX_GROWTH + " allowed): '+' of two non-constant strings or lists and replace() with a long "
                    + "replacement can double a value at each step; build large values in the client");
        }
        return new Verdict(null, List.copyOf(walk.procedures));
    }

    private static void checkTokens(List<Token> all) {
        List<Token> tokens = all.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL
                && t.getType() != Token.EOF).toList();
        if (tokens.size() > MAX_TOKENS) {
            throw new Refused("the query has " + tokens.size() + " tokens; at most " + MAX_TOKENS + " are allowed");
        }
        if (!tokens.isEmpty()) {
            String first = tokens.get(0).getText().toUpperCase(Locale.ROOT);
            if (first.equals("EXPLAIN") || first.equals("PROFILE")) {
                throw new Refused("EXPLAIN and PROFILE are not available here; send the query itself");
            }
            if (first.equals("CYPHER")) {
                throw new Refused("query options (CYPHER ...) are not available here; send the query itself");
            }
        }
        int depth = 0;
        int deepest = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case Cypher5Lexer.LPAREN, Cypher5Lexer.LBRACKET, Cypher5Lexer.LCURLY, Cypher5Lexer.CASE -> depth++;
                case Cypher5Lexer.RPAREN, Cypher5Lexer.RBRACKET, Cypher5Lexer.RCURLY, Cypher5Lexer.END ->
                        depth = Math.max(0, depth - 1);
                case Cypher5Lexer.STRING_LITERAL1, Cypher5Lexer.STRING_LITERAL2 -> {
                    if (t.getText().length() - 2 > MAX_LITERAL) {
                        throw new Refused("a string literal of " + (t.getText().length() - 2) + " characters "
                                + "(line " + t.getLine() + ") is longer than the " + MAX_LITERAL
                                + " allowed; pass long values as parameters");
                    }
                }
                case Cypher5Lexer.REGEQ -> throw new Refused("regular expressions (=~) are not allowed here: a "
                        + "backtracking pattern can run far past the time limit; use STARTS WITH, ENDS WITH, "
                        + "CONTAINS or toLower(...) comparisons");
                default -> {
                }
            }
            deepest = Math.max(deepest, depth);
        }
        if (deepest > MAX_DEPTH) {
            throw new Refused("the query nests brackets or CASE " + deepest + " levels deep; at most " + MAX_DEPTH
                    + " are allowed");
        }
    }

    /** Walks the parse tree once, refusing what is not allowed and adding up the growth factor. */
    private static final class Walk {

        long growth = 1;
        final List<String> procedures = new ArrayList<>();

        void visit(ParseTree node) {
            if (node instanceof TerminalNode) {
                return;
            }
            if (node instanceof Cypher5Parser.ReduceExpressionContext) {
                throw new Refused("reduce() is not allowed here: Neo4j evaluates it without checking the time "
                        + "limit; use UNWIND with aggregation (sum, collect) instead");
            }
            if (node instanceof Cypher5Parser.UseClauseContext) {
                throw new Refused("USE is not allowed here: queries run on the graph's own database", true);
            }
            if (node instanceof Cypher5Parser.LoadCSVClauseContext) {
                throw new Refused("LOAD CSV is not allowed here: the console only reads the graph", true);
            }
            if (node instanceof Cypher5Parser.FunctionInvocationContext f) {
                function(f);
            }
            if (node instanceof Cypher5Parser.CallClauseContext c) {
                String name = name(c.procedureName().getText());
                if (!PROCEDURES.contains(name)) {
                    throw new Refused("procedure " + c.procedureName().getText() + " is not allowed here; allowed: "
                            + String.join(", ", PROCEDURES.stream().sorted().toList()), true);
                }
                procedures.add(name);
            }
            if (node instanceof ParserRuleContext rule) {
                operators(rule);
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                visit(node.getChild(i));
            }
        }

        private void function(Cypher5Parser.FunctionInvocationContext f) {
            String written = f.functionName().getText();
            String name = name(written);
            if (!FUNCTIONS.contains(name)) {
                throw new Refused("function " + written + " is not allowed here; the console offers Neo4j's "
                        + "built-in value functions (size, toLower, collect, count, ...)", true);
            }
            List<Cypher5Parser.FunctionArgumentContext> args = f.functionArgument();
            if (name.equals("range") && !streamedByUnwind(f) && !smallLiteralRange(args)) {
                throw new Refused("range() is allowed only as the list of an UNWIND (UNWIND range(1, 10) AS i) "
                        + "or with literal bounds spanning at most " + MAX_LITERAL_RANGE + " numbers: elsewhere "
                        + "Neo4j builds the whole list without checking the time limit");
            }
            if (name.equals("replace") && args.size() == 3) {
                long replacement = constantLength(args.get(2));
                long search = Math.max(1, constantLength(args.get(1)));
                if (replacement < 0) {
                    throw new Refused("replace() needs a literal replacement here (a computed one can make the "
                            + "string grow without bound)");
                }
                grow(Math.max(1, (replacement + search - 1) / search));
            }
        }

        /** a + b, a || b: the product of the non-constant operands' count, per chain. */
        private void operators(ParserRuleContext rule) {
            int operands = 0;
            int variable = 0;
            boolean concatenates = false;
            for (int i = 0; i < rule.getChildCount(); i++) {
                ParseTree child = rule.getChild(i);
                if (child instanceof TerminalNode t) {
                    int type = t.getSymbol().getType();
                    if (type == Cypher5Lexer.PLUS || type == Cypher5Lexer.DOUBLEBAR) {
                        concatenates = true;
                    }
                } else if (child instanceof ParserRuleContext operand) {
                    operands++;
                    if (!constant(operand)) {
                        variable++;
                    }
                }
            }
            if (operands > MAX_OPERANDS) {
                throw new Refused("an expression joins " + operands + " values with operators; at most "
                        + MAX_OPERANDS + " are allowed");
            }
            if (concatenates && operands > 1 && variable > 1) {
                grow(variable);
            }
        }

        private void grow(long factor) {
            growth = Math.min(Long.MAX_VALUE / 1024, growth * factor);
        }
    }

    /** True when f is, whole, the expression an UNWIND clause streams. */
    private static boolean streamedByUnwind(Cypher5Parser.FunctionInvocationContext f) {
        ParseTree node = f;
        while (node.getParent() != null) {
            ParseTree parent = node.getParent();
            if (parent instanceof Cypher5Parser.UnwindClauseContext) {
                return true;
            }
            if (parent.getChildCount() != 1 || !(parent instanceof Cypher5Parser.ExpressionContext
                    || parent.getClass().getSimpleName().matches("Expression\\d+Context"))) {
                return false;
            }
            node = parent;
        }
        return false;
    }

    private static boolean smallLiteralRange(List<Cypher5Parser.FunctionArgumentContext> args) {
        if (args.size() < 2 || args.size() > 3) {
            return false;
        }
        try {
            long start = Long.parseLong(args.get(0).getText());
            long end = Long.parseLong(args.get(1).getText());
            long step = args.size() == 3 ? Long.parseLong(args.get(2).getText()) : 1;
            return step != 0 && Math.abs((end - start) / step) <= MAX_LITERAL_RANGE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A value that comes from no variable, parameter, function or subquery: bounded by the query text. */
    private static boolean constant(ParseTree node) {
        if (node instanceof Cypher5Parser.VariableContext || node instanceof Cypher5Parser.ParameterContext
                || node instanceof Cypher5Parser.FunctionInvocationContext
                || node instanceof Cypher5Parser.CollectExpressionContext
                || node instanceof Cypher5Parser.ListComprehensionContext
                || node instanceof Cypher5Parser.PatternComprehensionContext
                || node instanceof Cypher5Parser.CaseExpressionContext
                || node instanceof Cypher5Parser.ExtendedCaseExpressionContext) {
            return false;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (!constant(node.getChild(i))) {
                return false;
            }
        }
        return true;
    }

    /** The length of a string literal argument, or -1 when it is not one. */
    private static long constantLength(ParseTree node) {
        if (!constant(node)) {
            return -1;
        }
        String text = node.getText();
        return text.length() >= 2 && (text.startsWith("'") || text.startsWith("\"")) ? text.length() - 2
                : text.length();
    }

    /** A function or procedure name as Neo4j resolves it: backticks removed, case ignored. */
    static String name(String written) {
        return written.replace("`", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
