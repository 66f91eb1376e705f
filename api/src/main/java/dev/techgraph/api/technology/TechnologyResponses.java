package dev.techgraph.api.technology;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Response bodies of the technology endpoints. */
final class TechnologyResponses {

    private TechnologyResponses() {
    }

    @Serdeable
    record Evidence(String document, String sentence) {
    }

    @Serdeable
    record Item(String name, String kind, double score, List<Evidence> evidence) {
    }

    @Serdeable
    record Items(List<Item> items) {
    }
}
