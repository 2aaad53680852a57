package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gallery on Tomcat, in Debian's Chromium driven headless through Selenium (the
 * ChromeDriver of the same package: nothing is downloaded). Requests are slowed by 150 ms, so
 * that images arrive after the first paint: any image without a size would move the layout.
 * Every image must load, be exactly as large as its element says, and nothing may shift; a
 * screenshot of each page goes to {@code target/screenshots/}.
 *
 * <p>Without Chromium the test is skipped, except under CI ({@code CI} set), where it fails:
 * {@code .ci/run} installs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class BrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary",
            "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty(
            "webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int WIDTH = 1280;

    @TempDir
    static Path work;

    private static TomcatServer tomcat;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "no " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium"
                    + " chromium-driver (.ci/run does)";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Files.createDirectories(SCREENSHOTS);
        tomcat = TomcatServer.start(Path.of("target/tomcat-browser"),
                Map.of(GallerySettings.WORK_DIR, work.resolve("gallery").toString()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=" + WIDTH + ",900");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", 150, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (tomcat != null) {
            tomcat.close();
        }
    }

    @Test
    @Order(1)
    void pages_loadEveryImageAtItsStatedSize_withoutLayoutShift() throws IOException {
        check("gallery-jsp", "/", 19);
        check("gallery-thymeleaf", "/thymeleaf", 19);
        check("photo", "/photo?name=lighthouse.jpg", 3);
        open("/status");
        screenshot("status");
    }

    @Test
    @Order(2)
    void uploadAndDelete_throughTheForms() throws IOException {
        Path photo = work.resolve("Evening Sea.JPG");
        Files.copy(Path.of("src/main/webapp/WEB-INF/samples/sunset-sea.jpg"), photo);
        open("/thymeleaf");

        browser.findElement(By.cssSelector("form.upload input[type=file]"))
                .sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.upload button")).click();
        await(() -> browser.getCurrentUrl().contains("uploaded="));
        awaitImages();

        assertThat(browser.getCurrentUrl()).contains("/thymeleaf?uploaded=evening-sea.jpg");
        assertThat(browser.findElement(By.cssSelector("p.notice.ok")).getText())
                .startsWith("Added evening-sea.jpg: 4 images generated in ");
        assertThat(checkImages()).isEqualTo(21);
        screenshot("after-upload");

        WebElement card = browser.findElement(By.xpath(
                "//li[@class='card'][.//p[text()='evening-sea.jpg']]"));
        card.findElement(By.cssSelector("button")).click();
        await(() -> browser.getCurrentUrl().contains("deleted="));

        assertThat(browser.findElement(By.cssSelector("p.notice.ok")).getText())
                .isEqualTo("Deleted evening-sea.jpg and its 4 generated images.");
        assertThat(browser.findElements(By.xpath("//p[text()='evening-sea.jpg']"))).isEmpty();
    }

    @Test
    @Order(3)
    void corruptFile_showsTheFallback_andNothingMoves() throws IOException {
        Files.writeString(work.resolve("gallery/photos/zz-broken.jpg"), "not a picture");

        // the album lists the folder again within a few seconds
        await(() -> {
            open("/");
            return !browser.findElements(By.xpath("//p[text()='zz-broken.jpg']")).isEmpty();
        });
        check("gallery-with-a-broken-file", "/", 21);

        List<WebElement> fallbacks = browser.findElements(By.cssSelector(
                "img[src='" + GalleryInitializer.FALLBACK + "']"));
        assertThat(fallbacks).hasSize(2);
        WebElement card = browser.findElement(By.cssSelector(".card img"));
        WebElement brokenCard = browser.findElement(By.cssSelector(
                ".card img[src='" + GalleryInitializer.FALLBACK + "']"));
        assertThat(brokenCard.getSize()).as("the broken photo's card keeps the cards' shape")
                .isEqualTo(card.getSize());
    }

    /** Opens a page, checks its images and layout, and takes its screenshot. */
    private static void check(String name, String path, int images) throws IOException {
        open(path);
        assertThat(checkImages()).as(path).isEqualTo(images);
        assertThat(layoutShift()).as("cumulative layout shift of " + path).isZero();
        screenshot(name);
    }

    private static void open(String path) {
        browser.get(tomcat.uri(path).toString());
        awaitImages();
    }

    private static void awaitImages() {
        await(() -> Boolean.TRUE.equals(script("return document.readyState === 'complete'"
                + " && Array.from(document.images).every(i => i.complete)")));
    }

    /**
     * Checks every image: loaded, decoded, and (unless it is the fallback picture, whose
     * attributes are the geometry's) exactly as large as its width and height attributes.
     *
     * @return how many images the page has
     */
    @SuppressWarnings("unchecked")
    private static int checkImages() {
        List<Map<String, Object>> imgs = (List<Map<String, Object>>) script(
                "return Array.from(document.images).map(i => ({src: i.getAttribute('src'),"
                + " complete: i.complete, nw: i.naturalWidth, nh: i.naturalHeight,"
                + " w: i.getAttribute('width'), h: i.getAttribute('height')}))");
        for (Map<String, Object> i : imgs) {
            String src = (String) i.get("src");
            assertThat(i.get("complete")).as("complete: %s", src).isEqualTo(true);
            assertThat(((Number) i.get("nw")).intValue()).as("naturalWidth of %s", src)
                    .isPositive();
            if (!src.equals(GalleryInitializer.FALLBACK)) {
                assertThat(i.get("nw") + "x" + i.get("nh")).as("natural size of %s", src)
                        .isEqualTo(i.get("w") + "x" + i.get("h"));
            }
        }
        return imgs.size();
    }

    /** The page's cumulative layout shift since it started loading. */
    private static double layoutShift() {
        Object sum = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " let sum = 0;"
                + " const o = new PerformanceObserver(list => list.getEntries()"
                + "     .forEach(e => { if (!e.hadRecentInput) sum += e.value; }));"
                + " o.observe({type: 'layout-shift', buffered: true});"
                + " setTimeout(() => { o.disconnect(); done(sum); }, 300);");
        return ((Number) sum).doubleValue();
    }

    /** A screenshot of the whole page, 1280 pixels wide. */
    private static void screenshot(String name) throws IOException {
        // the window is taller than its viewport by the (invisible) browser frame
        long height = ((Number) script("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight")).longValue();
        browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height, 6000)));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(WIDTH, 900));
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }
}
