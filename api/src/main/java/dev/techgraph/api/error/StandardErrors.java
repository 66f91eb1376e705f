package dev.techgraph.api.error;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error responses every endpoint under /api can give, for the OpenAPI description: put on a controller
 * class, it adds them to each of its operations (an operation's own description of a status wins). They
 * come from the shared handlers ({@link ErrorHandlers}, {@link ApiErrorProcessor}, {@link UriLengthFilter}),
 * not from the controllers, so one list here keeps the description true for every endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "400", description = "a parameter or body the endpoint cannot use; the message says "
        + "what to change", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "nothing by that name or id (the hints list close matches), or "
        + "no such path", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "413", description = "a request body over 8 MB (import larger documents with "
        + "./techgraph import)", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "414", description = "a URL over 8,192 characters",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "503", description = "the database cannot be reached (at start-up too); nothing was "
        + "changed, try again", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = ApiError.class)))
public @interface StandardErrors {
}
