package dev.techgraph.importer.extract;

import dev.techgraph.importer.pipeline.Pipeline;
import dev.techgraph.importer.source.Format;
import dev.techgraph.model.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled vocabulary's usual names of use cases and traits (operations, storage, schedulers, package
 * managers, API styles, language features) reach facts through the ordinary rules. Sentences are invented.
 */
class BundledConceptsTest {

    private static final Pipeline PIPELINE = new Pipeline(new RuleExtractor(Vocabulary.bundled()));

    private static List<String> facts(String text) {
        return Extraction.facts(PIPELINE.extract("test.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT));
    }

    @Test
    void storageTraitsAndTheirAbsence() {
        assertThat(facts("Kafka offers replication and strong consistency guarantees for every partition."))
                .contains("Apache Kafka HAS_TRAIT replication positive");
        assertThat(facts("Memcached keeps everything in RAM, with no replication at all."))
                .contains("Memcached HAS_TRAIT replication negative")
                .doesNotContain("Memcached HAS_TRAIT replication positive");
    }

    @Test
    void proxyAndObservabilityUseCasesAreTheirOwnEntries() {
        assertThat(facts("HAProxy is mostly used for load balancing and TLS termination."))
                .contains("HAProxy SUITED_FOR load balancing positive", "HAProxy SUITED_FOR TLS termination positive");
        assertThat(facts("Prometheus is the usual choice for alerting, and it scrapes metrics itself."))
                .contains("Prometheus SUITED_FOR alerting positive")
                .doesNotContain("Prometheus SUITED_FOR monitoring positive");
    }

    @Test
    void hostingAndLifecycleConcepts() {
        assertThat(facts("Gitea is a sensible pick when you self-host, and fine for side projects."))
                .contains("Gitea HAS_TRAIT self-hosting positive", "Gitea SUITED_FOR hobby projects positive");
        assertThat(facts("We run Keycloak on-premises, and it copes well with production workloads."))
                .contains("Keycloak HAS_TRAIT self-hosting positive", "Keycloak SUITED_FOR production systems positive");
        assertThat(facts("Redis is actively maintained again, while Memcached gets no autoscaling."))
                .contains("Redis HAS_TRAIT actively maintained positive", "Memcached HAS_TRAIT autoscaling negative");
        assertThat(facts("Vuex is unmaintained now and slowly fading."))
                .contains("Vuex HAS_TRAIT actively maintained negative")
                .doesNotContain("Vuex HAS_TRAIT actively maintained positive");
    }

    @Test
    void anAgentNounNamesWhatTheToolIsFor() {
        assertThat(facts("Prettier is an opinionated formatter with few options."))
                .contains("Prettier SUITED_FOR code formatting positive");
        assertThat(facts("Most teams adopt ESLint as their linter on day one."))
                .contains("ESLint SUITED_FOR linting positive");
        assertThat(facts("Pinia is a small state library for Vue."))
                .contains("Pinia SUITED_FOR state management positive");
    }

    @Test
    void packagingTraits() {
        assertThat(facts("npm writes a lock file, so installs are reproducible on every machine."))
                .contains("npm HAS_TRAIT lock files positive");
        assertThat(facts("Plain pip has no lock file of its own."))
                .contains("pip HAS_TRAIT lock files negative");
    }

    @Test
    void aSingularArtefactNounIsNoUseCase() {
        assertThat(facts("Flask handles routing and leaves the rest to extensions."))
                .noneMatch(f -> f.contains("REST APIs"));
        assertThat(facts("The Kafka API changed twice last year, and the Grafana UI got a new theme."))
                .noneMatch(f -> f.contains("API development") || f.contains("front end development"));
        assertThat(facts("FastAPI is a strong choice for REST APIs and other web APIs."))
                .contains("FastAPI SUITED_FOR REST APIs positive");
        assertThat(facts("Svelte is a good fit for building user interfaces."))
                .contains("Svelte SUITED_FOR front end development positive");
    }

    @Test
    void hiringAndOperatingSaidAsPhrases() {
        assertThat(facts("Kotlin is pleasant to write, and hiring is easy because many developers know it."))
                .contains("Kotlin HAS_TRAIT large talent pool positive");
        assertThat(facts("Perl code is dense, and hiring is hard these days."))
                .contains("Perl HAS_TRAIT large talent pool negative")
                .doesNotContain("Perl HAS_TRAIT large talent pool positive");
        assertThat(facts("Traefik reconfigures itself whenever a container starts."))
                .contains("Traefik HAS_TRAIT dynamic configuration positive");
    }

    @Test
    void renderingModesMigrationsAndParadigmsAreUseCases() {
        assertThat(facts("Next.js is a strong choice for server-side rendering and static site generation."))
                .contains("Next.js SUITED_FOR server-side rendering positive",
                        "Next.js SUITED_FOR static site generation positive");
        assertThat(facts("Flyway is the usual tool for schema migrations on the JVM."))
                .contains("Flyway SUITED_FOR database migrations positive");
        assertThat(facts("Haskell is great for functional programming."))
                .contains("Haskell SUITED_FOR functional programming positive")
                .doesNotContain("Haskell HAS_TRAIT functional programming positive");
    }

    @Test
    void aDegreeWordAgainstTheConceptsScaleAndANonPrefixNegate() {
        assertThat(facts("Memcached shows low throughput once values grow large."))
                .contains("Memcached HAS_TRAIT high throughput negative")
                .doesNotContain("Memcached HAS_TRAIT high throughput positive");
        assertThat(facts("Its throughput is lower than expected, so Memcached sits behind a queue."))
                .doesNotContain("Memcached HAS_TRAIT high throughput positive");
        assertThat(facts("Redis keeps high throughput even under load."))
                .contains("Redis HAS_TRAIT high throughput positive");
        assertThat(facts("Electron apps ship non-native widgets on every platform."))
                .contains("Electron HAS_TRAIT native look and feel negative")
                .doesNotContain("Electron HAS_TRAIT native look and feel positive");
        assertThat(facts("Node.js is known for non-blocking I/O and an event-driven architecture."))
                .contains("Node.js HAS_TRAIT non-blocking I/O positive")
                .doesNotContain("Node.js HAS_TRAIT event-driven architecture negative");
    }

    @Test
    void analysisWorkIsDataAnalysis() {
        assertThat(facts("Julia is a solid choice for exploratory analysis of simulation output."))
                .contains("Julia SUITED_FOR data analysis positive");
        assertThat(facts("Most of our analysis work happens in Jupyter, which is great for it."))
                .noneMatch(f -> f.contains("data analysis negative"));
    }

    @Test
    void youngAndExperimentalAreTheOppositeOfMaturity() {
        assertThat(facts("Deno is still young, and some npm packages need workarounds."))
                .contains("Deno HAS_TRAIT maturity negative")
                .doesNotContain("Deno HAS_TRAIT maturity positive");
        assertThat(facts("Bun is younger than Node.js, so expect rough edges."))
                .contains("Bun HAS_TRAIT maturity negative")
                .doesNotContain("Node.js HAS_TRAIT maturity negative");
        assertThat(facts("Node.js is mature and widely deployed."))
                .contains("Node.js HAS_TRAIT maturity positive");
    }
}
