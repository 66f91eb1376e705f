package dev.techgraph.api.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The OpenAPI description of the service, generated at compile time into {@code /swagger/*.yml}. */
@OpenAPIDefinition(info = @Info(title = "TechGraph", version = "0.1",
        description = "A knowledge graph of programming technologies built from articles; every fact "
                + "cites the sentences that state it. Errors share one body: {status, error, message, hints}."))
final class ApiInfo {

    private ApiInfo() {
    }
}
