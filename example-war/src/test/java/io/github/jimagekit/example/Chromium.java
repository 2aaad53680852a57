package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, driven headless through Selenium by the ChromeDriver of the same package
 * (nothing is downloaded), with requests slowed by 150 ms so that images arrive after the first
 * paint: any image without a size would move the layout. The checks a gallery page must pass
 * in a browser: every image loads, is exactly as large as its element says, and nothing
 * shifts; a screenshot of each page goes to the screenshot directory. Used by the WAR's
 * {@code BrowserIT} and by example-boot's (this module's test-jar).
 *
 * <p>Without Chromium, {@link #start} skips the test, except under CI ({@code CI} set), where it
 * fails: {@code .ci/run} installs it.
 */
public final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary",
            "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty(
            "webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static final int WIDTH = 1280;

    private final ChromeDriver driver;
    private final Path screenshots;

    private Chromium(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /**
     * Starts the browser, or skips the test (fails it under CI) when Chromium is missing.
     *
     * @param screenshots where {@link #screenshot} writes
     * @return the running browser
     * @throws IOException when the screenshot directory cannot be made
     */
    public static Chromium start(Path screenshots) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "no " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium"
                    + " chromium-driver (.ci/run does)";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=" + WIDTH + ",900");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", 150, "downloadThroughput", -1, "uploadThroughput", -1));
        return new Chromium(driver, screenshots);
    }

    /**
     * Returns the Selenium driver, for forms and elements.
     *
     * @return the driver
     */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page, checks its images and layout, and takes its screenshot.
     *
     * @param page     the page
     * @param name     the screenshot's name, without {@code .png}
     * @param fallback the fallback picture's {@code src}, whose size is not its element's
     * @return how many images the page has
     * @throws IOException when the screenshot cannot be written
     */
    public int check(URI page, String name, String fallback) throws IOException {
        open(page);
        int images = checkImages(fallback);
        assertThat(layoutShift()).as("cumulative layout shift of " + page).isZero();
        screenshot(name);
        return images;
    }

    /**
     * Opens a page and waits until it and all its images have loaded.
     *
     * @param page the page
     */
    public void open(URI page) {
        driver.get(page.toString());
        awaitImages();
    }

    /** Waits until the page and all its images have loaded. */
    public void awaitImages() {
        await(() -> Boolean.TRUE.equals(script("return document.readyState === 'complete'"
                + " && Array.from(document.images).every(i => i.complete)")));
    }

    /**
     * Checks every image: loaded, decoded, and (unless it is the fallback picture, whose
     * attributes are the geometry's) exactly as large as its width and height attributes.
     *
     * @param fallback the fallback picture's {@code src}
     * @return how many images the page has
     */
    @SuppressWarnings("unchecked")
    public int checkImages(String fallback) {
        List<Map<String, Object>> imgs = (List<Map<String, Object>>) script(
                "return Array.from(document.images).map(i => ({src: i.getAttribute('src'),"
                + " complete: i.complete, nw: i.naturalWidth, nh: i.naturalHeight,"
                + " w: i.getAttribute('width'), h: i.getAttribute('height')}))");
        for (Map<String, Object> i : imgs) {
            String src = (String) i.get("src");
            assertThat(i.get("complete")).as("complete: %s", src).isEqualTo(true);
            assertThat(((Number) i.get("nw")).intValue()).as("naturalWidth of %s", src)
                    .isPositive();
            if (!src.equals(fallback)) {
                assertThat(i.get("nw") + "x" + i.get("nh")).as("natural size of %s", src)
                        .isEqualTo(i.get("w") + "x" + i.get("h"));
            }
        }
        return imgs.size();
    }

    /**
     * Measures the page's cumulative layout shift since it started loading.
     *
     * @return the sum of the shifts without recent input
     */
    public double layoutShift() {
        Object sum = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " let sum = 0;"
                + " const o = new PerformanceObserver(list => list.getEntries()"
                + "     .forEach(e => { if (!e.hadRecentInput) sum += e.value; }));"
                + " o.observe({type: 'layout-shift', buffered: true});"
                + " setTimeout(() => { o.disconnect(); done(sum); }, 300);");
        return ((Number) sum).doubleValue();
    }

    /**
     * Takes a screenshot of the whole page, 1280 pixels wide.
     *
     * @param name the file name, without {@code .png}
     * @throws IOException when it cannot be written
     */
    public void screenshot(String name) throws IOException {
        // the window is taller than its viewport by the (invisible) browser frame
        long height = ((Number) script("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height, 6000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(WIDTH, 900));
    }

    /**
     * Runs a script in the page.
     *
     * @param js the script, which may {@code return} a value
     * @return what it returned
     */
    public Object script(String js) {
        return driver.executeScript(js);
    }

    /**
     * Waits, at most 30 seconds, until a condition holds.
     *
     * @param condition the condition
     */
    public void await(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
