package dev.techgraph.api.cypher;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.error.Neo4jCodes;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Neo4j errors of a user's query as API errors, by status code (never by message text). */
final class CypherErrors {

    /** Neo4j's position of an error: {@code (line 2, column 8 (offset: 25))}. */
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

    private CypherErrors() {
    }

    /**
     * @param prefix what the service put before the user's query (a line of its own, or nothing), taken out
     *               of Neo4j's message so the error reads as the query was written
     */
    static RuntimeException translate(Neo4jException e, String prefix) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return e; // the shared handler answers 503
        }
        String code = e.code() == null ? "" : e.code();
        if (Neo4jCodes.stoppedByTime(code)) {
            return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "query_timeout",
                    "the query ran longer than the time limit and was stopped", List.of(
                    "add LIMIT, start from an indexed property (e.g. {key: ...}), or avoid unbounded paths"));
        }
        if (Neo4jCodes.stoppedByMemory(code)) {
            return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "query_too_large",
                    "the query needed more memory than a query may use", List.of(
                    "aggregate or LIMIT earlier, or return fewer and smaller values"));
        }
        if (code.equals("Neo.ClientError.Statement.AccessMode")
                || code.startsWith("Neo.ClientError.Security.")
                || code.equals("Neo.ClientError.Statement.NotSystemDatabaseError")
                || code.equals("Neo.ClientError.Database.DatabaseNotFound")
                || code.equals("Neo.ClientError.Statement.UnsupportedAdministrationCommand")
                || code.startsWith("Neo.ClientError.Procedure.")) {
            return new ApiException(HttpStatus.FORBIDDEN, "forbidden",
                    "only read queries on this graph are allowed here", List.of("Neo4j status " + code));
        }
        if (code.startsWith("Neo.ClientError.")) {
            return new ApiException(HttpStatus.BAD_REQUEST, "invalid_query", asWritten(firstLine(e.getMessage()),
                    prefix), List.of("Neo4j status " + code));
        }
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "query_failed",
                "the database could not run the query", List.of("Neo4j status " + code));
    }

    /**
     * Neo4j's message about {@code prefix + query} as if it were about the query alone: line numbers and
     * offsets shifted back (the prefix is whole lines, so columns are the user's already).
     */
    static String asWritten(String message, String prefix) {
        if (prefix.isEmpty()) {
            return message;
        }
        int lines = (int) prefix.chars().filter(c -> c == '\n').count();
        Matcher m = POSITION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long line = Long.parseLong(m.group(1)) - lines;
            long offset = Long.parseLong(m.group(3)) - prefix.length();
            m.appendReplacement(out, Matcher.quoteReplacement("(line " + Math.max(1, line) + ", column " + m.group(2)
                    + " (offset: " + Math.max(0, offset) + "))"));
        }
        m.appendTail(out);
        return out.toString().replace("\"" + prefix.strip() + "\"\n", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid query";
        }
        String trimmed = message.strip();
        return trimmed.length() > 2000 ? trimmed.substring(0, 2000) + "..." : trimmed;
    }
}
