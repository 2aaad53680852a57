package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The gallery on Tomcat, in headless Chromium ({@link Chromium}: Debian's, through Selenium,
 * requests slowed so that images arrive after the first paint). Every image must load, be
 * exactly as large as its element says, and nothing may shift; a screenshot of each page goes
 * to {@code target/screenshots/}.
 *
 * <p>Without Chromium the test is skipped, except under CI ({@code CI} set), where it fails:
 * {@code .ci/run} installs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class BrowserIT {

    private static final String FALLBACK = GalleryInitializer.FALLBACK;

    @TempDir
    static Path work;

    private static TomcatServer tomcat;
    private static Chromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.start(Path.of("target/screenshots"));
        browser = chromium.driver();
        tomcat = TomcatServer.start(Path.of("target/tomcat-browser"),
                Map.of(GallerySettings.WORK_DIR, work.resolve("gallery").toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
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
        chromium.screenshot("status");
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
        chromium.await(() -> browser.getCurrentUrl().contains("uploaded="));
        chromium.awaitImages();

        assertThat(browser.getCurrentUrl()).contains("/thymeleaf?uploaded=evening-sea.jpg");
        assertThat(browser.findElement(By.cssSelector("p.notice.ok")).getText())
                .startsWith("Added evening-sea.jpg: 4 images generated in ");
        assertThat(chromium.checkImages(FALLBACK)).isEqualTo(21);
        chromium.screenshot("after-upload");

        WebElement card = browser.findElement(By.xpath(
                "//li[@class='card'][.//p[text()='evening-sea.jpg']]"));
        card.findElement(By.cssSelector("button")).click();
        chromium.await(() -> browser.getCurrentUrl().contains("deleted="));

        assertThat(browser.findElement(By.cssSelector("p.notice.ok")).getText())
                .isEqualTo("Deleted evening-sea.jpg and its 4 generated images.");
        assertThat(browser.findElements(By.xpath("//p[text()='evening-sea.jpg']"))).isEmpty();
    }

    @Test
    @Order(3)
    void corruptFile_showsTheFallback_andNothingMoves() throws IOException {
        Files.writeString(work.resolve("gallery/photos/zz-broken.jpg"), "not a picture");

        // the album lists the folder again within a few seconds
        chromium.await(() -> {
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
        assertThat(chromium.check(tomcat.uri(path), name, FALLBACK)).as(path).isEqualTo(images);
    }

    private static void open(String path) {
        chromium.open(tomcat.uri(path));
    }
}
