package dev.techgraph.api.neo4jbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techgraph.store.BoltCredential;
import dev.techgraph.store.GraphConnection;
import dev.techgraph.store.StoreSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser as the service serves it, in headless Chromium: it opens on a connect form filled in with
 * the embedded Bolt address and user, logs in with the password from the data folder, and the page asks no
 * host but this machine for anything (Chromium's DevTools network events, which only the page causes).
 */
class Neo4jBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Set<String> LOCAL = Set.of("127.0.0.1", "localhost");

    @TempDir
    Path dataDir;

    @Test
    void opensPreconfiguredLogsInWithTheGeneratedPasswordAndCallsNoOutsideHost() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium and chromedriver needed");
        int browserPort = freePort();
        try (GraphConnection store = GraphConnection.open(
                new StoreSettings(null, null, null, null, dataDir, 0, true, browserPort, true))) {
            String boltPort = store.embeddedBoltUri().replaceAll(".*:", "");
            String password = BoltCredential.existing(dataDir).orElseThrow().password();
            ChromeDriver chrome = chromium();
            try {
                chrome.get(store.browserUrl());
                WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60), Duration.ofMillis(200));
                wait.ignoring(StaleElementReferenceException.class);
                wait.until(d -> !d.findElements(By.cssSelector("[data-testid=password]")).isEmpty());

                assertThat(value(chrome, "bolt-scheme-select")).isEqualTo("bolt://");
                assertThat(value(chrome, "boltaddress")).isEqualTo("127.0.0.1:" + boltPort);
                assertThat(value(chrome, "username")).isEqualTo("neo4j");

                chrome.findElement(By.cssSelector("[data-testid=password]")).sendKeys(password);
                chrome.findElement(By.cssSelector("[data-testid=connect]")).click();
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("You are connected as user"));

                List<String> outside = outsideRequests(chrome);
                assertThat(outside).as("requests the page made to other hosts").isEmpty();
            } finally {
                chrome.quit();
            }
        }
    }

    private static String value(WebDriver chrome, String testId) {
        return chrome.findElement(By.cssSelector("[data-testid=" + testId + "]")).getDomProperty("value");
    }

    /**
     * URLs of network requests the page sent to any host but this machine; a request the page's
     * Content-Security-Policy stopped before it left (DevTools reports it, then its failure as "csp") is not one.
     */
    private static List<String> outsideRequests(ChromeDriver chrome) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> requested = new LinkedHashMap<>();
        Set<String> blocked = new HashSet<>();
        for (LogEntry entry : chrome.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" ->
                        requested.put(params.path("requestId").asText(), params.path("request").path("url").asText());
                case "Network.loadingFailed" -> {
                    if ("csp".equals(params.path("blockedReason").asText())) {
                        blocked.add(params.path("requestId").asText());
                    }
                }
                default -> { }
            }
        }
        List<String> outside = new ArrayList<>();
        requested.forEach((id, url) -> {
            URI uri = URI.create(url.replace(" ", "%20").replace("|", "%7C"));
            if (!blocked.contains(id) && uri.getScheme() != null && uri.getScheme().matches("https?|wss?")
                    && !LOCAL.contains(uri.getHost())) {
                outside.add(url);
            }
        });
        return outside;
    }

    private static ChromeDriver chromium() throws IOException {
        Path profile = Files.createTempDirectory("techgraph-neo4j-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(profile)));
        return new ChromeDriver(service, options);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
