package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.LogCapture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photos folder with a corrupt JPEG and an SVG (a format the imaging engine does not read)
 * next to good photos: every page still renders, those two show the fallback picture, each
 * failed generation is one log line without a stack trace, and the status page lists them.
 */
final class BrokenPhotosTest {

    private static final String FALLBACK = GalleryInitializer.FALLBACK;

    @TempDir
    static Path work;

    /** jimagekit's loggers: the renderer's and the cache layer's warnings both count. */
    private static LogCapture log;
    private static GalleryServer gallery;

    @BeforeAll
    static void start() throws Exception {
        Path photos = Files.createDirectories(work.resolve("photos"));
        Path samples = Path.of("src/main/webapp/WEB-INF/samples");
        Files.copy(samples.resolve("alpine-lake.jpg"), photos.resolve("alpine-lake.jpg"));
        Files.copy(samples.resolve("paper-badge.png"), photos.resolve("paper-badge.png"));
        Files.writeString(photos.resolve("broken.jpg"), "this is not a picture");
        Files.writeString(photos.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"10\" height=\"10\"/>", StandardCharsets.UTF_8);
        Files.writeString(photos.resolve("notes.txt"), "not a photo: not listed");
        log = LogCapture.of("io.github.jimagekit", Level.WARNING);
        // failures are retried after this window: short, so the test sees retries
        gallery = GalleryServer.start(work, GallerySettings.PHOTOS_DIR, photos.toString(),
                "imagekit.cache.failure-timeout", "50ms");
    }

    @AfterAll
    static void stop() throws Exception {
        log.close();
        gallery.close();
    }

    @Test
    void galleries_showTheFallbackForWhatCannotBeShown() {
        for (String path : List.of("/", "/thymeleaf")) {
            HttpResponse<String> page = gallery.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            Document doc = Jsoup.parse(page.body());
            assertThat(doc.select(".card h2").eachText()).as(path)
                    .containsExactly("Alpine lake", "Broken", "Drawing", "Paper badge");
            assertThat(doc.select(".card img").eachAttr("src")).as(path)
                    .satisfiesExactly(
                            src -> assertThat(src).startsWith("/media/CACHE/images/alpine-lake/"),
                            src -> assertThat(src).isEqualTo(FALLBACK),
                            src -> assertThat(src).isEqualTo(FALLBACK),
                            src -> assertThat(src).startsWith("/media/CACHE/images/paper-badge/"));
            // the strip's fallbacks keep the geometry's size, so nothing moves
            assertThat(doc.select(".strip img[src=" + FALLBACK + "]")).as(path).hasSize(2)
                    .allSatisfy(i -> assertThat(i.attr("width") + "x" + i.attr("height"))
                            .isEqualTo("96x96"));
            Map<String, PageImages.Image> images = PageImages.check(page.body(),
                    gallery::getBytes, FALLBACK);
            assertThat(images.get(FALLBACK).fallback()).isTrue();
            assertThat(page.body()).doesNotContain("notes.txt", work.toString(), "Exception");
        }
    }

    @Test
    void eachFailedGeneration_isOneLineWithoutStackTrace_evenWhenRetried()
            throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            gallery.get("/");
            gallery.get("/thymeleaf");
            gallery.get("/photo?name=broken.jpg");
            Thread.sleep(100);
        }

        long failures = gallery.kit().cacheFiles().statistics().snapshot().failures();
        assertThat(failures).as("generations retried after the failure window")
                .isGreaterThan(5);
        List<LogRecord> warnings = log.at(Level.WARNING);
        assertThat(warnings).allSatisfy(r -> assertThat(r.getThrown()).isNull());
        List<String> messages = warnings.stream().map(LogRecord::getMessage).toList();
        // each generation failed in a window of its own: one line each, and none from the
        // pages that were given the remembered failure
        assertThat(messages).hasSize((int) failures)
                .allSatisfy(m -> assertThat(m).startsWith("cannot generate \"CACHE/images/")
                        .containsAnyOf("\"broken.jpg\"", "\"drawing.svg\"")
                        .doesNotContain(work.toString()));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"broken.jpg\""))
                .anySatisfy(m -> assertThat(m).contains("\"drawing.svg\""));
    }

    @Test
    void statusPage_listsTheFailures() {
        gallery.get("/");

        Document doc = Jsoup.parse(gallery.get("/status").body());

        assertThat(Long.parseLong(doc.getElementById("failures").text())).isGreaterThanOrEqualTo(2);
        assertThat(Long.parseLong(doc.getElementById("failures-last-minute").text()))
                .as("broken photos are a figure, not an outage").isGreaterThanOrEqualTo(2);
        assertThat(doc.getElementById("health").attr("data-up")).isEqualTo("true");
        assertThat(doc.select("#recent-failures td.message").eachText())
                .anySatisfy(m -> assertThat(m).contains("\"broken.jpg\""))
                .anySatisfy(m -> assertThat(m).contains("\"drawing.svg\""));
    }

    @Test
    void photoPage_ofABrokenFile_showsTheFallback() {
        HttpResponse<String> page = gallery.get("/photo?name=broken.jpg");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).selectFirst("figure img").attr("src"))
                .isEqualTo(FALLBACK);
    }
}
