package dev.techgraph.api.documents;

import dev.techgraph.api.error.StandardErrors;
import dev.techgraph.api.system.GraphChanged;
import io.micronaut.context.event.ApplicationEventPublisher;

import dev.techgraph.api.error.ApiException;
import dev.techgraph.api.system.Graph;
import dev.techgraph.api.system.Params;
import dev.techgraph.importer.ImportException;
import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.importer.source.Format;
import dev.techgraph.store.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.serde.annotation.Serdeable;
import dev.techgraph.api.error.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/documents}: the imported documents with their sentences; import one (text body or
 * multipart upload) and remove one. Writes need the bearer token when TECHGRAPH_TOKEN is set.
 */
@StandardErrors
@Controller("/api/documents")
class DocumentController {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentController.class);

    static final String LIST = """
            MATCH (d:Document)
            RETURN d.id AS id, d.title AS title, d.source AS source, d.sentences AS sentences,
                   toString(d.importedAt) AS importedAt
            ORDER BY d.source
            """;

    static final String ONE = """
            MATCH (d:Document {id: $id})
            RETURN d.id AS id, d.title AS title, d.source AS source,
                   [(d)-[:HAS_SENTENCE]->(s:Sentence) | {id: s.id, index: s.index, text: s.text}] AS sentences
            """;

    /** Both ways to import share one operation in the OpenAPI description (one POST per path). */
    private static final String IMPORT_SUMMARY = "Imports a document: the request body itself (text, Markdown, "
            + "HTML or PDF, named by ?source=) or a multipart upload (part \"file\", optional part \"source\"); "
            + "the same source again replaces it.";
    private static final String BAD_DOCUMENT = "no ?source= (body) or no file part (upload), a bad name or format, "
            + "or a document that cannot be read (empty, not a PDF, a line longer than 100,000 characters, over its "
            + "time budget)";

    private static final Pattern SOURCE = Pattern.compile("[\\p{L}\\p{N} ._/\\-+#()]{1,200}");

    @Serdeable
    record Summary(String id, String title, String source, long sentences, String importedAt) {
    }

    @Serdeable
    record Summaries(List<Summary> items) {
    }

    @Serdeable
    record SentenceView(String id, long index, String text) {
    }

    @Serdeable
    record Detail(String id, String title, String source, List<SentenceView> sentences) {
    }

    /** What an import or removal did. */
    @Serdeable
    record Outcome(String documentId, String source, String status, int sentences, int entitiesAdded,
                   int entitiesRemoved, int relationsAdded, int relationsRemoved) {
        static Outcome of(WriteOutcome o) {
            return new Outcome(o.documentId(), o.source(), o.status().name(), o.sentences(), o.entitiesAdded(),
                    o.entitiesRemoved(), o.relationsAdded(), o.relationsRemoved());
        }
    }

    private final Graph graph;
    private final Importer importer;
    private final ApplicationEventPublisher<GraphChanged> changes;

    DocumentController(Graph graph, Importer importer, ApplicationEventPublisher<GraphChanged> changes) {
        this.graph = graph;
        this.importer = importer;
        this.changes = changes;
    }

    /** Every imported document. */
    @Get
    Summaries list() {
        return new Summaries(graph.read(LIST, Map.of()).stream().map(r -> new Summary(r.get("id").asString(),
                r.get("title").asString(null), r.get("source").asString(), r.get("sentences").asLong(0),
                r.get("importedAt").asString(null))).toList());
    }

    /** One document with its sentences in order; 404 when unknown. */
    @Get("/{id}")
    Detail one(@PathVariable String id) {
        var rows = graph.read(ONE, Map.of("id", Params.text("id", id, 100)));
        if (rows.isEmpty()) {
            throw ApiException.notFound("no document with id '" + Params.shorten(id) + "'",
                    List.of("GET /api/documents lists the documents"));
        }
        var r = rows.get(0);
        List<SentenceView> sentences = r.get("sentences").asList(s -> new SentenceView(s.get("id").asString(),
                s.get("index").asLong(), s.get("text").asString())).stream()
                .sorted(java.util.Comparator.comparingLong(SentenceView::index)).toList();
        return new Detail(r.get("id").asString(), r.get("title").asString(null), r.get("source").asString(),
                sentences);
    }

    /**
     * Imports a document sent as the request body.
     *
     * @param source the document's name (its identity: the same source again replaces it)
     * @param format md, txt, html or pdf (default: from the source's extension, else the content type)
     */
    @Post
    @SecurityRequirement(name = "bearer")
    @Operation(summary = IMPORT_SUMMARY)
    @RequestBody(description = "the document itself: text as text, PDF as bytes", required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = "string",
                    format = "binary"))})
    @ApiResponse(responseCode = "200", description = "what the import did")
    @ApiResponse(responseCode = "400", description = BAD_DOCUMENT, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "the bearer token is missing or wrong", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "over 8 MB", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "415", description = "a content type that is not a document", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "the database cannot be reached or stayed busy; nothing "
            + "was written", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM,
            "application/pdf"})
    Outcome importBody(HttpRequest<?> request, @Nullable @QueryValue String source,
                       @Nullable @QueryValue String format,
                       // described by @RequestBody above: the type alone would make every body base64
                       @Parameter(hidden = true) @Body byte[] body) {
        String name = source(source);
        Format f = format(format, name, request.getContentType().map(MediaType::toString).orElse(null));
        return store(name, body, f);
    }

    /**
     * Imports an uploaded file (multipart part "file"; optional part "source" naming it).
     */
    @Post
    @Operation(summary = IMPORT_SUMMARY)
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "what the import did")
    @ApiResponse(responseCode = "400", description = BAD_DOCUMENT, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "the bearer token is missing or wrong", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "over 8 MB", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Outcome importUpload(@Part("file") CompletedFileUpload file, @Nullable @Part("source") String source) {
        String name = source(source == null || source.isBlank() ? file.getFilename() : source);
        Format f = format(null, name, file.getContentType().map(MediaType::toString).orElse(null));
        try {
            return store(name, file.getBytes(), f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a document and every fact only it supported; 404 when unknown. */
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "what the removal did")
    @ApiResponse(responseCode = "401", description = "the bearer token is missing or wrong", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "no such document", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Delete("/{id}")
    Outcome remove(@PathVariable String id) {
        String ref = Params.text("id", id, 300);
        WriteOutcome outcome = importer.remove(ref).orElseThrow(() -> ApiException.notFound(
                "no document with id or source '" + Params.shorten(id) + "'",
                List.of("GET /api/documents lists the documents")));
        changes.publishEvent(new GraphChanged(outcome.documentId()));
        return Outcome.of(outcome);
    }

    private Outcome store(String source, byte[] body, Format format) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("the document is empty", List.of());
        }
        try {
            WriteOutcome outcome = importer.importContent(source, body, format);
            changes.publishEvent(new GraphChanged(outcome.documentId()));
            return Outcome.of(outcome);
        } catch (ImportException e) {
            // the message names the document already
            throw ApiException.badRequest(e.getMessage(), List.of());
        } catch (Neo4jException e) {
            if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
                throw e; // 503 from the shared handler
            }
            String code = e.code() == null ? "" : e.code();
            if (code.startsWith("Neo.TransientError.General.TransactionMemoryLimit")
                    || code.startsWith("Neo.TransientError.General.MemoryPoolOutOfMemoryError")) {
                throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large", source
                        + ": the document is too large to write in one go; nothing was written", List.of(
                        "split it into smaller documents"));
            }
            LOG.warn("import of {} failed after retries: {}", source, code);
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "database_busy", source
                    + ": the graph stayed busy while writing; nothing was written, try again", List.of());
        }
    }

    private static String source(String source) {
        if (source == null || source.isBlank()) {
            throw ApiException.badRequest("name the document with ?source= (e.g. my-notes.md)", List.of());
        }
        String s = source.strip();
        if (!SOURCE.matcher(s).matches()) {
            throw ApiException.badRequest("the source name may use letters, digits, spaces and . _ / - + # ( ),"
                    + " at most 200 characters", List.of());
        }
        return s;
    }

    private static Format format(String format, String source, String contentType) {
        if (format != null && !format.isBlank()) {
            return Format.parse(format).orElseThrow(() -> ApiException.badRequest(
                    "unknown format '" + Params.shorten(format) + "'", List.of("format is md, txt, html or pdf")));
        }
        return Format.ofFileName(source).or(() -> Format.parse(contentType)).orElse(Format.TEXT);
    }
}
