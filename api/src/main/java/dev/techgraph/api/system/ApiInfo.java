package dev.techgraph.api.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description of the service, generated at compile time into {@code /swagger/*.yml}. */
@OpenAPIDefinition(info = @Info(title = "TechGraph", version = "0.1",
        description = "A knowledge graph of programming technologies built from articles; every fact "
                + "cites the sentences that state it. Errors share one body: {status, error, message, hints}."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "TECHGRAPH_TOKEN: needed for writes (POST/DELETE /api/documents) and /health details "
                + "when the service is started with a token")
final class ApiInfo {

    private ApiInfo() {
    }
}
