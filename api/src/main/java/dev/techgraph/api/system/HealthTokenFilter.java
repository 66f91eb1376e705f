package dev.techgraph.api.system;

import io.micronaut.context.BeanProvider;
import dev.techgraph.store.config.TechGraphConfig;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.security.Principal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * {@code /health} shows its details (database version, counts, the console watchdog) only to a request that
 * carries {@code Authorization: Bearer <TECHGRAPH_TOKEN>}. The endpoint itself is configured to show details
 * to authenticated callers only, and without a security module no caller is; this filter answers a request
 * with the valid token itself, from the endpoint's result for an authenticated caller. Anyone else, and
 * everyone when no token is configured, gets the endpoint's plain answer: up or down.
 */
@ServerFilter({"/health", "/health/**"})
final class HealthTokenFilter {

    private static final Principal OPERATOR = () -> "operator";

    private final BearerToken token;
    private final BeanProvider<HealthEndpoint> endpoint;

    HealthTokenFilter(TechGraphConfig config, BeanProvider<HealthEndpoint> endpoint) {
        this.token = new BearerToken(config.token());
        this.endpoint = endpoint;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<HealthResult> details(HttpRequest<?> request) {
        if (!request.getPath().equals("/health") || !token.presentIn(request)) {
            return null;
        }
        HealthResult result = first(endpoint.get().getHealth(OPERATOR));
        return HttpResponse.<HealthResult>status(HealthStatus.DOWN.equals(result.getStatus())
                ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK).body(result);
    }

    private static HealthResult first(org.reactivestreams.Publisher<HealthResult> publisher) {
        CompletableFuture<HealthResult> future = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(HealthResult result) {
                future.complete(result);
            }

            @Override
            public void onError(Throwable t) {
                future.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                future.completeExceptionally(new IllegalStateException("no health result"));
            }
        });
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("health check failed", e.getCause());
        }
    }
}
