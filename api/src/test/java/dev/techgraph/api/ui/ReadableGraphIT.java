package dev.techgraph.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.techgraph.importer.pipeline.Importer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page read as a new user would, on the sample corpus, at 1400×900 and 1024×768: a legible first view,
 * a readable neighbourhood, compare as a table, search that knows names, controls within bounds, the
 * keyboard, and frame times of a generated 1,000-node graph (printed, never asserted). Screenshots go to
 * {@code target/ui-screenshots/}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableGraphIT implements TestPropertyProvider {

    /** Smallest label a person reads without effort, in CSS pixels. */
    private static final double READABLE_PX = 10.0;

    /**
     * Labels shown (not hidden by priority) of the nodes in view, with their rendered boxes, and the rendered
     * font size; ids of labels that overlap another shown label.
     */
    private static final String LABELS = """
            const cy = window.cy;
            const shown = cy.nodes().not('.filtered').filter(n => !n.hasClass('nolabel'));
            const boxes = shown.map(n => ({ name: n.data('name'),
              b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
            const overlaps = [];
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i].b, b = boxes[j].b;
              if (a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2) overlaps.push(boxes[i].name + ' / ' + boxes[j].name);
            }
            const w = cy.width(), h = cy.height();
            const outside = boxes.filter(x => x.b.x1 < -1 || x.b.y1 < -1 || x.b.x2 > w + 1 || x.b.y2 > h + 1).map(x => x.name);
            const fonts = shown.map(n => parseFloat(n.style('font-size')) * cy.zoom());
            return { shown: shown.length, total: cy.nodes().not('.filtered').length,
                     hidden: cy.nodes('.nolabel').not('.filtered').map(n => n.data('name')),
                     overlaps, outside, minFont: Math.min(...fonts), graphWidth: w, graphHeight: h };
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    Importer importer;

    private Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return PageService.properties();
    }

    @BeforeAll
    void start() {
        Optional<String> missing = Browser.unavailable();
        assumeTrue(missing.isEmpty(), () -> "browser tests skipped: " + missing.orElse(""));
        PageService.importSampleCorpusIfEmpty(importer);
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> labels() {
        return (Map<String, Object>) browser.js(LABELS);
    }

    private void waitForLayout(String mode) {
        browser.waitUntil(d -> mode.equals(browser.find(By.tagName("body")).getDomAttribute("data-layout")));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400, 900", "1024, 768"})
    void theFirstViewShowsTechnologiesGroupedByKindWithEveryLabelReadable(int width, int height) {
        browser.size(width, height);
        browser.open("/");
        waitForLayout("overview");

        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) browser.js(
                "return [...new Set(window.cy.nodes().not('.filtered').map(n => n.data('kind')))]");
        assertThat(kinds).contains("Language", "Framework").doesNotContain("UseCase", "Trait");
        assertThat(browser.texts("#graph-titles span")).anySatisfy(t -> assertThat(t).startsWith("Languages"));
        Map<String, Object> labels = labels();
        assertThat((List<String>) labels.get("overlaps")).as("overlapping labels").isEmpty();
        assertThat((List<String>) labels.get("hidden")).as("labels hidden at the default zoom").isEmpty();
        assertThat((List<String>) labels.get("outside")).as("labels outside the canvas").isEmpty();
        assertThat(((Number) labels.get("minFont")).doubleValue()).isGreaterThanOrEqualTo(READABLE_PX);
        assertThat(((Number) labels.get("graphWidth")).doubleValue()).as("graph area").isGreaterThan(600);
        assertThat((Boolean) browser.js("return window.cy.nodes('[name = \"Python\"]').data('size') > "
                + "window.cy.nodes('[name = \"Kotlin\"]').data('size')")).as("sized by mentions").isTrue();
        browser.screenshot("first-view-" + width);

        browser.find(By.id("more-kinds")).click();
        browser.waitUntil(d -> (Boolean) browser.js("return window.cy.nodes('[kind = \"UseCase\"]').length > 0"));
        assertThat((List<String>) labels().get("overlaps")).as("overlapping labels with use cases").isEmpty();
        assertThat((String) browser.js("return location.hash")).contains("hide=");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400, 900", "1024, 768"})
    void pythonsNeighbourhoodIsLaidOutByTypeAndPolarityWithEveryLabelReadable(int width, int height) {
        browser.size(width, height);
        browser.open("/#focus=Python");
        waitForLayout("columns");
        browser.waitUntil(d -> browser.texts("#panel-details h2").equals(List.of("Python")));

        Map<String, Object> labels = labels();
        assertThat(((Number) labels.get("total")).intValue()).isGreaterThan(20);
        assertThat((List<String>) labels.get("overlaps")).as("overlapping labels").isEmpty();
        assertThat((List<String>) labels.get("hidden")).as("labels hidden").isEmpty();
        assertThat((List<String>) labels.get("outside")).as("labels outside the canvas").isEmpty();
        assertThat(((Number) labels.get("minFont")).doubleValue()).isGreaterThanOrEqualTo(READABLE_PX);
        assertThat(((Number) labels.get("graphWidth")).doubleValue()).as("graph area").isGreaterThan(600);
        List<String> titles = browser.texts("#graph-titles span");
        assertThat(titles).anySatisfy(t -> assertThat(t).startsWith("suited for"))
                .anySatisfy(t -> assertThat(t).startsWith("NOT"));
        // the texts' denials sit in their own column, right of every positive one
        assertThat((Boolean) browser.js("""
                const cy = window.cy, f = cy.$('node.focus');
                const neg = f.connectedEdges('[polarity = "negative"]').connectedNodes().not(f)
                  .filter(n => n.edgesWith(f).filter(e => e.data('polarity') !== 'negative').empty());
                const pos = f.connectedEdges('[polarity = "positive"]').connectedNodes().not(f);
                return neg.nonempty() && neg.min(n => n.position('x')).value > pos.max(n => n.position('x')).value;
                """)).isTrue();
        assertThat((Long) browser.js("return window.cy.edges().filter(e => e.style('label') !== '').length"))
                .as("edge labels before hover").isZero();
        browser.js("window.cy.nodes('[name = \"Django\"]').emit('mouseover')");
        assertThat((Long) browser.js("return window.cy.edges().filter(e => e.style('label') !== '').length"))
                .as("edge labels on hover").isPositive();
        browser.js("window.cy.nodes('[name = \"Django\"]').emit('mouseout')");
        browser.screenshot("python-" + width);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400, 900", "1024, 768"})
    void compareIsAReadingTableWithEvidencePerFactAndThePairInTheGraph(int width, int height) {
        browser.size(width, height);
        browser.open("/#tab=compare&a=Python&b=JavaScript");
        browser.waitUntil(d -> browser.findAll(By.cssSelector("#compare-result table.compare-table tr.shared")).size() > 2);
        waitForLayout("compare");

        assertThat(browser.texts("#compare-result thead th")).hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("Python")).anySatisfy(t -> assertThat(t).contains("JavaScript"));
        List<String> rows = browser.texts("#compare-result tbody th[scope=rowgroup]");
        assertThat(rows).anySatisfy(t -> assertThat(t).startsWith("suited for"));
        // a shared fact lines up: the same name in both columns of one row
        assertThat((Boolean) browser.js("""
                const row = document.querySelector('#compare-result tr.shared');
                const cells = [...row.querySelectorAll('td button.link')].map(b => b.textContent);
                return cells.length === 2 && cells[0] === cells[1];""")).isTrue();
        WebElement count = browser.find(By.cssSelector("#compare-result tr.shared .evidence-toggle"));
        assertThat(count.getText()).matches("\\d+ sentences?");
        count.click();
        browser.waitUntil(d -> !browser.findAll(By.cssSelector("#compare-result tr.shared .sentences:not([hidden]) .evidence li")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> focused = (List<String>) browser.js("return window.cy.$('node.focus').map(n => n.data('name'))");
        assertThat(focused).containsExactlyInAnyOrder("Python", "JavaScript");
        assertThat((List<String>) labels().get("overlaps")).as("overlapping labels").isEmpty();
        browser.screenshot("compare-" + width);
    }

    @Test
    void searchKnowsTheNamesPeopleType() {
        browser.size(1400, 900);
        browser.open("/");
        for (String[] typed : List.of(new String[] {"nodejs", "Node.js"}, new String[] {"golang", "Go"},
                new String[] {"js", "JavaScript"}, new String[] {"real time", "real-time applications"})) {
            WebElement search = browser.find(By.id("search"));
            search.clear();
            search.sendKeys(typed[0]);
            browser.waitUntil(d -> {
                List<String> names = browser.texts("#search-results[data-query='" + typed[0] + "'] li[role=option] .option-name");
                return !names.isEmpty() && names.get(0).equals(typed[1]);
            });
        }
        WebElement search = browser.find(By.id("search"));
        search.clear();
        search.sendKeys("nodejs");
        browser.waitUntil(d -> !browser.texts("#search-results[data-query=nodejs] li[role=option]").isEmpty());
        search.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> browser.texts("#panel-details h2").equals(List.of("Node.js")));
        assertThat((String) browser.js("return window.cy.$('node.focus').data('name')")).isEqualTo("Node.js");
    }

    @Test
    void controlsStayWithinTheServersBoundsAndTheAddressRoundTrips() {
        browser.size(1400, 900);
        browser.open("/#focus=Python&depth=9");
        waitForLayout("force");
        assertThat(browser.find(By.id("depth")).getText()).isEqualTo("3");
        assertThat(browser.find(By.id("depth-more")).isEnabled()).isFalse();
        assertThat(browser.find(By.id("message")).getText()).isEmpty();

        for (String hash : List.of("#focus=Python&depth=2&polarity=negative&hide=Trait",
                "#focus=Node.js&entity=Runtime%2FNode.js", "#tab=compare&a=Python&b=Go", "#hide=")) {
            browser.open("/" + hash);
            browser.waitUntil(d -> !browser.find(By.id("status")).getText().startsWith("Loading"));
            assertThat((String) browser.js("return location.hash")).as(hash).isEqualTo(hash);
        }

        browser.open("/#ask=frameworks+suited+to+realtime");
        browser.waitUntil(d -> !browser.findAll(By.cssSelector("#ask-result .answer-name")).isEmpty());
        browser.find(By.id("tab-compare")).click();
        assertThat((String) browser.js("return location.hash")).doesNotContain("ask=");
    }

    @Test
    void everyNodeInViewIsReachableAndOpenableByKeyboard() {
        browser.size(1024, 768);
        browser.open("/#focus=Python");
        waitForLayout("columns");
        browser.js("document.getElementById('tab-list').focus()");
        browser.find(By.id("tab-list")).sendKeys(Keys.ENTER);
        List<WebElement> items = browser.waitUntil(d -> {
            List<WebElement> found = browser.findAll(By.cssSelector("#panel-list button.node-item"));
            return found.isEmpty() ? null : found;
        });
        long inView = (Long) browser.js("return window.cy.nodes().not('.filtered').length");
        assertThat(items).hasSize((int) inView);
        items.get(0).sendKeys(Keys.ARROW_DOWN);
        WebElement second = browser.waitUntil(d -> {
            String active = (String) browser.js("return document.activeElement.dataset.id || null");
            return items.get(1).getDomAttribute("data-id").equals(active) ? items.get(1) : null;
        });
        String name = (String) browser.js("return window.cy.getElementById(arguments[0]).data('name')",
                second.getDomAttribute("data-id"));
        second.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> browser.texts("#panel-details h2").equals(List.of(name)));
        assertThat((String) browser.js("return window.cy.$('node:selected').data('name')")).isEqualTo(name);
        browser.screenshot("keyboard-list");
    }

    /**
     * A benchmark, not a test of speed: a generated graph of 1,000 nodes and 3,000 edges is drawn, panned
     * and zoomed frame by frame; the frame times are printed (docs/ui-performance.md keeps them). It fails
     * only if the page cannot draw such a graph at all.
     */
    @Test
    void aThousandNodesPanAndZoomAndTheFrameTimesArePrinted() {
        browser.size(1400, 900);
        browser.open("/");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                const kinds = ['Language', 'Framework', 'Runtime', 'Library', 'Tool', 'UseCase', 'Trait'];
                const types = ['WRITTEN_IN', 'SUITED_FOR', 'HAS_TRAIT', 'USED_WITH', 'RUNS_ON'];
                let seed = 42;
                const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
                const nodes = [], edges = [];
                for (let i = 0; i < 1000; i++) nodes.push({ data: { id: 'n' + i, name: 'Zorb ' + i,
                  kind: kinds[i % kinds.length], mentions: Math.floor(random() * random() * 60) } });
                for (let i = 0; i < 3000; i++) {
                  const s = Math.floor(random() * 1000);
                  let t = Math.floor(random() * 1000);
                  if (t === s) t = (t + 1) % 1000;
                  edges.push({ data: { id: 'e' + i, source: 'n' + s, target: 'n' + t, type: types[i % types.length],
                    polarity: i % 11 === 0 ? 'negative' : 'positive', weight: 1 + (i % 4) } });
                }
                const view = window.techgraphView;
                const t0 = performance.now();
                view.show(nodes, edges);
                const drawMs = performance.now() - t0;
                const cy = window.cy;
                const frames = [];
                let last = null, i = 0;
                let first = null, panFrames = 0;
                const step = (now) => {
                  if (last !== null && first === null) first = now - last;
                  else if (last !== null) frames.push(now - last);
                  if (i === 121) panFrames = frames.length;
                  last = now;
                  // there and back again: pan right and down, back, then zoom in and out around the centre
                  if (i < 120) cy.panBy(i < 60 ? { x: 6, y: 4 } : { x: -6, y: -4 });
                  else cy.zoom({ level: cy.zoom() * (i < 180 ? 1.02 : 1 / 1.02), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
                  if (++i < 240) requestAnimationFrame(step);
                  else {
                    const sorted = [...frames].sort((a, b) => a - b);
                    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
                    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
                    done({ nodes: cy.nodes().length, edges: cy.edges().length, drawMs, layoutMs: view.lastLayoutMs,
                           first, frames: frames.length, p50: q(0.5), p95: q(0.95), max: sorted[sorted.length - 1],
                           over50: frames.filter(f => f > 50).length,
                           panP50: median(frames.slice(0, panFrames)), zoomP50: median(frames.slice(panFrames)),
                           mean: frames.reduce((s, f) => s + f, 0) / frames.length });
                  }
                };
                requestAnimationFrame(step);
                """);
        System.out.printf("UI frame times, generated graph (%s nodes, %s edges) at 1400x900, headless Chromium:"
                        + " show (layout and first labels) %.0f ms (layout %s ms), first frame %.0f ms; then %s frames"
                        + " of pan and zoom: mean %.1f ms, p50 %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms, %s frames over 50 ms (median while panning %.1f ms, while zooming %.1f ms)%n",
                result.get("nodes"), result.get("edges"), ((Number) result.get("drawMs")).doubleValue(),
                result.get("layoutMs"), ((Number) result.get("first")).doubleValue(), result.get("frames"), ((Number) result.get("mean")).doubleValue(),
                ((Number) result.get("p50")).doubleValue(), ((Number) result.get("p95")).doubleValue(),
                ((Number) result.get("max")).doubleValue(), result.get("over50"),
                ((Number) result.get("panP50")).doubleValue(), ((Number) result.get("zoomP50")).doubleValue());
        assertThat(((Number) result.get("nodes")).intValue()).isEqualTo(1000);
        assertThat(((Number) result.get("edges")).intValue()).isEqualTo(3000);
        assertThat(((Number) result.get("frames")).intValue()).isEqualTo(238);
        browser.screenshot("thousand-nodes");
    }
}
