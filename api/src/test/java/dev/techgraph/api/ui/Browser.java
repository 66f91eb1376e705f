package dev.techgraph.api.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, driven through the system's chromedriver (never Selenium
 * Manager, which would go to the network), with a fresh profile that is deleted on close.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target", "ui-screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Why no browser test can run here, or empty when Chromium and chromedriver are installed. */
    static Optional<String> unavailable() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of("no Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver, or set CHROME_BIN)");
        }
        if (!Files.isExecutable(DRIVER)) {
            return Optional.of("no chromedriver at " + DRIVER + " (apt-get install chromium-driver, or set CHROMEDRIVER)");
        }
        return Optional.empty();
    }

    /** Starts Chromium at 1280×800; base is the service's URL. */
    static Browser start(String base) {
        try {
            Path profile = Files.createTempDirectory("techgraph-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,800", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // the window size includes the browser's frame: grow it so the page itself gets 1280×800
            Long frame = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
            driver.manage().window().setSize(new Dimension(1280, 800 + frame.intValue()));
            return new Browser(driver, profile, base.replaceAll("/$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the page itself (the viewport) this size, e.g. 1400×900 or 1024×768. */
    void size(int width, int height) {
        Long frameH = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
        Long frameW = (Long) driver.executeScript("return window.outerWidth - window.innerWidth");
        driver.manage().window().setSize(new Dimension(width + frameW.intValue(), height + frameH.intValue()));
    }

    /** Runs an asynchronous script: its last argument is the callback that returns the value. */
    Object jsAsync(String script, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Opens a page of the service (path plus optional #state) and waits until the page says it is ready. */
    void open(String pathAndHash) {
        driver.get("about:blank");
        driver.get(base + pathAndHash);
        try {
            waitUntil(d -> "true".equals(find(By.tagName("body")).getDomAttribute("data-ready")));
        } catch (TimeoutException e) {
            screenshot("not-ready");
            throw new AssertionError("the page at " + pathAndHash + " did not get ready; its status line says: "
                    + find(By.id("status")).getText(), e);
        }
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Waits up to 20 s (a loaded two-core machine) for the condition to hold or give a non-null value. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        // the page re-renders panels as answers arrive: an element read a moment ago may be gone, so look again
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** The text of every element matching the CSS selector, read in one go (the page may re-render meanwhile). */
    @SuppressWarnings("unchecked")
    List<String> texts(String css) {
        return (List<String>) js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a screenshot under target/ui-screenshots and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path target = SHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
