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
}
