package dev.techgraph.api;

import dev.techgraph.api.technology.TechnologySearch;
import dev.techgraph.api.technology.UseCaseMatcher;
import dev.techgraph.model.Kind;
import dev.techgraph.model.Polarity;
import dev.techgraph.store.testing.Neo4jExtension;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * Benchmark (not a test; run by bench/api/run.sh): the realtime question through the API
 * ({@code GET /api/technologies?kind=Framework&suitedFor=realtime}) and the same Cypher through the driver,
 * in one run, with N concurrent clients; prints throughput, p50, p99 and the API/driver ratio.
 */
public final class ApiBenchmark {

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Fixture.load();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", Neo4jExtension.boltUri(), "techgraph.sample-corpus", "false",
                "micronaut.server.port", "-1"))) {
            URI uri = URI.create(server.getURL() + "/api/technologies?kind=Framework&suitedFor=realtime");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
            Callable<Integer> api = () -> {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !r.body().contains("Node.js")) {
                    throw new IllegalStateException("unexpected answer " + r.statusCode() + " " + r.body());
                }
                return r.body().length();
            };
            Driver driver = Neo4jExtension.driver();
            var criteria = new TechnologySearch.Criteria(Kind.FRAMEWORK,
                    server.getApplicationContext().getBean(UseCaseMatcher.class).keys("realtime"), null,
                    Polarity.POSITIVE, 50, 0);
            Map<String, Object> params = TechnologySearch.params(criteria);
            QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
            Callable<Integer> direct = () -> driver.executableQuery(TechnologySearch.SUITED_FOR)
                    .withParameters(params).withConfig(read).execute().records().size();

            if (System.getenv("PROFILE") != null) {
                try (var session = driver.session()) {
                    var summary = session.run("PROFILE " + TechnologySearch.SUITED_FOR, params).consume();
                    print(summary.profile(), "");
                }
            }
            System.out.printf("warming up (%d clients)...%n", clients);
            run(api, clients, 5);
            run(direct, clients, 5);
            Result d = run(direct, clients, seconds);
            Result a = run(api, clients, seconds);
            System.out.printf("driver : %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests)%n",
                    d.throughput(), d.p50(), d.p99(), d.count());
            System.out.printf("API    : %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests)%n",
                    a.throughput(), a.p50(), a.p99(), a.count());
            System.out.printf("API/driver throughput ratio: %.2f  (%d clients, %d s each, %d cores)%n",
                    a.throughput() / d.throughput(), clients, seconds, Runtime.getRuntime().availableProcessors());
        }
        System.exit(0);
    }

    private static void print(org.neo4j.driver.summary.ProfiledPlan plan, String indent) {
        System.out.printf("%s%s rows=%d dbHits=%d %s%n", indent, plan.operatorType(), plan.records(), plan.dbHits(),
                plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
        plan.children().forEach(c -> print(c, indent + "  "));
    }

    record Result(long count, double throughput, double p50, double p99) {
    }

    private static Result run(Callable<Integer> call, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    call.call();
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged.length, merged.length / elapsed, merged[merged.length / 2] / 1e6,
                merged[(int) (merged.length * 0.99)] / 1e6);
    }
}
