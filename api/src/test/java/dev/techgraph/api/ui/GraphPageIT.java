package dev.techgraph.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.techgraph.importer.pipeline.Importer;
import dev.techgraph.store.GraphWriter;
import dev.techgraph.store.testing.Neo4jExtension;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page at {@code /} in a real browser, against the service on the sample corpus plus {@link PageFixture}:
 * the graph, search and the entity panel, the Ask box, the Cypher console, the address as state, and markup in
 * a document that must show as characters and never run. One Chromium for the whole class.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphPageIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    Importer importer;

    private static final String UPLOAD = "ui-upload-test.txt";

    private Browser browser;
    private boolean fixtureWritten;

    @Override
    public Map<String, String> getProperties() {
        return PageService.properties();
    }

    @BeforeAll
    void start() {
        Optional<String> missing = Browser.unavailable();
        assumeTrue(missing.isEmpty(), () -> "browser tests skipped: " + missing.orElse(""));
        // a graph another test class loaded is left as it is (restored in stop())
        PageService.importSampleCorpusIfEmpty(importer);
        new GraphWriter(Neo4jExtension.driver(), null).write(PageFixture.document());
        fixtureWritten = true;
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (fixtureWritten) {
            importer.remove(PageFixture.SOURCE);
            importer.remove(UPLOAD);
        }
    }

    /**
     * Skips a test whose endpoint this build does not serve yet (a route Micronaut does not know answers 404
     * without the API's error body); the page itself says so to a user.
     */
    private void assumeServed(String pathAndQuery) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.getURI().resolve(pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean missing = response.statusCode() == 404 && !response.body().contains("\"error\"");
            assumeFalse(missing, () -> pathAndQuery + " is not served by this build yet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void showsTheGraphWithKindsInTheLegendAndNegativeFactsDashedRed() {
        browser.open("/");

        long nodes = (Long) browser.js("return window.cy.nodes().length");
        assertThat(nodes).isGreaterThan(10);
        assertThat(browser.findAll(By.cssSelector("#kind-filters input[type=checkbox]"))).hasSize(7);
        assertThat(browser.find(By.id("status")).getText()).contains("entities");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> negative = (List<Map<String, Object>>) browser.js("""
                return window.cy.edges('[polarity = "negative"]').addClass('show-label').map(e => ({
                  style: e.style('line-style'), label: e.style('label'), colour: e.style('line-color') }))""");
        assertThat(negative).isNotEmpty().allSatisfy(edge -> {
            assertThat(edge.get("style")).isEqualTo("dashed");
            assertThat((String) edge.get("label")).startsWith("NOT ");
        });
        browser.screenshot("graph");

        browser.js("window.cy.edges('[polarity = \"negative\"]')[0].emit('tap')");
        browser.waitUntil(d -> browser.find(By.cssSelector("#panel-details dl.facts")).getText().contains("NOT"));
        assertThat(browser.find(By.cssSelector("#panel-details h2")).getText()).contains("NOT");
    }

    @Test
    void searchingForNodeJsFocusesItAndItsPanelShowsEvidence() {
        assumeServed("/api/entities?q=node");
        browser.open("/");
        WebElement search = browser.find(By.id("search"));
        search.sendKeys("node");
        List<String> options = browser.waitUntil(d -> {
            List<String> texts = browser.texts("#search-results[data-query=node] li[role=option] .option-name");
            return texts.contains("Node.js") ? texts : null;
        });
        // the keyboard way: arrow down to Node.js, Enter picks it
        for (int i = 0; i < options.indexOf("Node.js"); i++) {
            search.sendKeys(Keys.ARROW_DOWN);
        }
        search.sendKeys(Keys.ENTER);

        browser.waitUntil(d -> browser.texts("#panel-details h2").equals(List.of("Node.js")));
        List<String> evidence = browser.waitUntil(d -> {
            List<String> items = browser.texts("#panel-details .evidence li");
            return items.isEmpty() ? null : items;
        });
        assertThat(evidence).anySatisfy(li -> assertThat(li).contains(PageFixture.CLEAN_SENTENCE));
        assertThat(browser.texts("#panel-details .evidence mark")).contains("Node.js");
        assertThat((String) browser.js("return location.hash")).contains("focus=Node.js");
        assertThat((Boolean) browser.js("return window.cy.$('node.focus').data('name') === 'Node.js'")).isTrue();
        browser.screenshot("panel");
    }

    @Test
    void askingForRealtimeFrameworksListsAndHighlightsNodeJsAndShowsTheCypher() {
        assumeServed("/api/ask?q=frameworks%20suited%20to%20realtime");
        browser.open("/");
        WebElement ask = browser.find(By.id("ask-input"));
        ask.sendKeys("frameworks suited to realtime", Keys.ENTER);

        browser.waitUntil(d -> browser.findAll(By.cssSelector("#ask-result .answer-name")).stream()
                .anyMatch(b -> b.getText().equals("Node.js")));
        @SuppressWarnings("unchecked")
        List<String> highlighted = (List<String>) browser.js("return window.cy.nodes('.answer').map(n => n.data('name'))");
        assertThat(highlighted).contains("Node.js");
        assertThat(browser.find(By.cssSelector("#ask-result pre.code")).getText()).contains("MATCH");
        assertThat((String) browser.js("return location.hash")).contains("ask=frameworks");
        browser.screenshot("ask");
    }

    @Test
    void cypherConsoleShowsRowsAsATableAndRefusesWrites() {
        assumeServed("/api/cypher");
        browser.open("/#tab=cypher");
        WebElement query = browser.find(By.id("cypher-query"));
        query.clear();
        query.sendKeys("MATCH (e:Entity) WHERE e.name IN ['Node.js', 'Python'] RETURN e.name AS name ORDER BY name");
        browser.find(By.id("cypher-run")).click();

        List<WebElement> cells = browser.waitUntil(d -> {
            List<WebElement> found = browser.findAll(By.cssSelector("#cypher-result table.results tbody td"));
            return found.size() == 2 ? found : null;
        });
        assertThat(cells).extracting(WebElement::getText).containsExactly("Node.js", "Python");
        assertThat(browser.find(By.cssSelector("#cypher-result table.results th")).getText()).isEqualTo("name");
        browser.screenshot("cypher");

        query.clear();
        query.sendKeys("CREATE (x:Entity {name: 'intruder'}) RETURN x");
        browser.find(By.id("cypher-run")).click();
        WebElement error = browser.waitUntil(d -> {
            List<WebElement> found = browser.findAll(By.cssSelector("#cypher-result .error"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.findAll(By.cssSelector("#cypher-result table"))).isEmpty();
    }

    @Test
    void markupInADocumentShowsAsCharactersAndNeverRuns() {
        assumeServed("/api/entities/Runtime/Node.js");
        browser.open("/#entity=Runtime/Node.js");
        WebElement hostile = browser.waitUntil(d -> browser.findAll(By.cssSelector("#panel-details .evidence li"))
                .stream().filter(li -> li.getText().contains("__pwned")).findFirst().orElse(null));

        assertThat(hostile.getText()).contains(PageFixture.SCRIPT).contains(PageFixture.IMAGE);
        assertThat(browser.findAll(By.cssSelector("#panel-details img, #panel-details script"))).isEmpty();
        assertThat(browser.js("return window.__pwned")).isNull();

        hostile.findElement(By.cssSelector("a.source")).click();
        browser.waitUntil(d -> browser.find(By.cssSelector("#panel-details h2")).getText().equals(PageFixture.TITLE));
        assertThat(browser.find(By.cssSelector("#panel-details ol.document li.current")).getText())
                .isEqualTo(PageFixture.HOSTILE_SENTENCE);
        assertThat(browser.findAll(By.cssSelector("#panel-details img, #panel-details script, #panel-details b")))
                .isEmpty();
        assertThat(browser.js("return window.__pwned")).isNull();
        browser.screenshot("hostile");
    }

    @Test
    void importingAFileFromThePickerAddsItAndRedrawsTheGraph(@TempDir Path dir) throws IOException {
        assumeServed("/api/documents");
        Path file = Files.writeString(dir.resolve(UPLOAD),
                "Elixir runs on the Erlang virtual machine and is well suited to live chat applications.\n");
        browser.open("/#tab=import");
        WebElement picker = browser.waitUntil(d -> {
            List<WebElement> found = browser.findAll(By.id("import-file"));
            return found.isEmpty() ? null : found.get(0);
        });
        picker.sendKeys(file.toString());

        WebElement outcome = browser.waitUntil(d -> {
            List<WebElement> found = browser.findAll(By.cssSelector("#import-body .import-result .ok"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(outcome.getText()).contains(UPLOAD).contains("NEW");
        browser.waitUntil(d -> (Boolean) browser.js("return window.cy.nodes().some(n => n.data('name') === 'Elixir')"));
    }

    @Test
    void aSharedAddressRestoresFocusAndFilters() {
        browser.open("/#focus=Python&hide=Trait&polarity=negative");
        browser.waitUntil(d -> browser.find(By.id("status")).getText().contains("Python"));

        assertThat(browser.find(By.cssSelector("#kind-filters input[data-kind=Trait]")).isSelected()).isFalse();
        assertThat(browser.find(By.cssSelector("input[name=polarity][value=negative]")).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js(
                "return window.cy.edges().not('.filtered').map(e => e.data('polarity'))");
        assertThat(shown).isNotEmpty().containsOnly("negative");
        assertThat((Boolean) browser.js("return window.cy.$('node.focus').data('name') === 'Python'")).isTrue();
    }
}
