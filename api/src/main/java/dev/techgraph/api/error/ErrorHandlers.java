package dev.techgraph.api.error;

import dev.techgraph.store.StoreException;
import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps exceptions to the one error body shape. */
final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    static HttpResponse<ApiError> respond(ApiError error) {
        return HttpResponse.<ApiError>status(HttpStatus.valueOf(error.status())).body(error);
    }

    @Produces
    @Singleton
    static final class Api implements ExceptionHandler<ApiException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ApiException e) {
            return respond(e.body());
        }
    }

    @Produces
    @Singleton
    static final class Unavailable implements ExceptionHandler<ServiceUnavailableException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ServiceUnavailableException e) {
            LOG.warn("Neo4j unavailable for {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return respond(new ApiError(503, "database_unavailable",
                    "The graph database cannot be reached right now; try again in a moment.", List.of()));
        }
    }

    static ApiError unreachable() {
        return new ApiError(503, "database_unavailable",
                "The graph database cannot be reached right now; try again in a moment.", List.of());
    }

    /** The store could not be opened or reached (at start-up, the connection itself): 503, not 500. */
    @Produces
    @Singleton
    static final class Store implements ExceptionHandler<StoreException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, StoreException e) {
            LOG.warn("graph store unavailable for {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return respond(unreachable());
        }
    }

    /**
     * A bean that needs the database could not be made, because the database was not there when the
     * service started: 503 (the next request tries again); any other wiring failure is a 500.
     */
    @Produces
    @Singleton
    static final class Wiring implements ExceptionHandler<BeanContextException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, BeanContextException e) {
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof StoreException || t instanceof ServiceUnavailableException
                        || t instanceof SessionExpiredException) {
                    LOG.warn("graph store unavailable for {} {}: {}", request.getMethod(), request.getPath(),
                            t.getMessage());
                    return respond(unreachable());
                }
            }
            LOG.error("cannot serve {} {}", request.getMethod(), request.getPath(), e);
            return respond(new ApiError(500, "internal_error",
                    "something went wrong on the server; the log has the details", List.of()));
        }
    }

    @Produces
    @Singleton
    static final class Expired implements ExceptionHandler<SessionExpiredException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, SessionExpiredException e) {
            return respond(new ApiError(503, "database_unavailable",
                    "The graph database connection was lost; try again in a moment.", List.of()));
        }
    }
    /**
     * One of the service's own queries failed in the database. A query stopped at the store's transaction time
     * limit or memory cap is the store being overloaded, not a broken request: 503 with what to do. Anything
     * else is a server fault: 500, details in the log only.
     */
    @Produces
    @Singleton
    static final class Database implements ExceptionHandler<Neo4jException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, Neo4jException e) {
            String code = e.code() == null ? "" : e.code();
            if (Neo4jCodes.stoppedByTime(code) || Neo4jCodes.stoppedByMemory(code)) {
                LOG.warn("answer stopped by the database for {} {}: {} {}", request.getMethod(), request.getPath(),
                        code, e.getMessage());
                return respond(new ApiError(503, "answer_too_costly",
                        "The graph took too long or needed too much memory to answer this; try again, or ask a"
                                + " narrower question.", List.of()));
            }
            LOG.error("database error for {} {}", request.getMethod(), request.getPath(), e);
            return respond(new ApiError(500, "internal_error",
                    "something went wrong on the server; the log has the details", List.of()));
        }
    }
}
