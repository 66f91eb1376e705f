package dev.techgraph.api.cypher;

import dev.techgraph.api.error.ApiException;
import io.micronaut.http.HttpStatus;
import java.util.List;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Neo4j errors of a user's query as API errors, by status code (never by message text). */
final class CypherErrors {

    private CypherErrors() {
    }

    static RuntimeException translate(Neo4jException e) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return e; // the shared handler answers 503
        }
        String code = e.code() == null ? "" : e.code();
        if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
                || code.equals("Neo.TransientError.Transaction.Terminated")
                || code.equals("Neo.ClientError.Transaction.Terminated")) {
            return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "query_timeout",
                    "the query ran longer than the time limit and was stopped", List.of(
                    "add LIMIT, start from an indexed property (e.g. {key: ...}), or avoid unbounded paths"));
        }
        if (code.equals("Neo.TransientError.General.MemoryPoolOutOfMemoryError")
                || code.startsWith("Neo.TransientError.General.TransactionMemoryLimit")) {
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
            return ReadOnlyCypher.forbidden("only read queries on this graph are allowed here ("
                    + code.replace("Neo.ClientError.", "") + ")");
        }
        if (code.startsWith("Neo.ClientError.")) {
            return new ApiException(HttpStatus.BAD_REQUEST, "invalid_query", firstLine(e.getMessage()),
                    List.of("Neo4j status " + code));
        }
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "query_failed",
                "the database could not run the query (" + code + ")", List.of());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid query";
        }
        String trimmed = message.strip();
        return trimmed.length() > 2000 ? trimmed.substring(0, 2000) + "..." : trimmed;
    }
}
