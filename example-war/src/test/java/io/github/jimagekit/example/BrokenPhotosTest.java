package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photos folder with a corrupt JPEG and an SVG (a format the imaging engine does not read)
 * next to good photos: every page still renders, those two show the fallback picture, each
 * error is logged once, and the status page lists them.
 */
final class BrokenPhotosTest {

    private static final String FALLBACK = GalleryInitializer.FALLBACK;
    /** jimagekit's loggers: the renderer's and the cache layer's warnings both count. */
    private static final Logger JIMAGEKIT = Logger.getLogger("io.github.jimagekit");
    private static final List<LogRecord> LOGGED = Collections.synchronizedList(new ArrayList<>());
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord r) {
            LOGGED.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    static Path work;

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
        JIMAGEKIT.addHandler(CAPTURE);
        JIMAGEKIT.setLevel(Level.WARNING);
        // failures are retried after this window: short, so the test sees retries
        gallery = GalleryServer.start(work, GallerySettings.PHOTOS_DIR, photos.toString(),
                "imagekit.cache.failure-timeout", "50ms");
    }

    @AfterAll
    static void stop() throws Exception {
        JIMAGEKIT.removeHandler(CAPTURE);
        JIMAGEKIT.setLevel(null);
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
    void eachError_isLoggedOnce_evenWhenRetried() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            gallery.get("/");
            gallery.get("/thymeleaf");
            gallery.get("/photo?name=broken.jpg");
            Thread.sleep(100);
        }

        assertThat(gallery.kit().cacheFiles().statistics().snapshot().failures())
                .as("generations retried after the failure window").isGreaterThan(5);
        List<String> messages = LOGGED.stream().filter(r -> r.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage).toList();
        assertThat(messages).filteredOn(m -> m.contains("\"broken.jpg\"")).isNotEmpty()
                .doesNotHaveDuplicates();
        assertThat(messages).filteredOn(m -> m.contains("\"drawing.svg\"")).isNotEmpty()
                .doesNotHaveDuplicates();
        assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain(work.toString()));
    }

    @Test
    void statusPage_listsTheFailures() {
        gallery.get("/");

        Document doc = Jsoup.parse(gallery.get("/status").body());

        assertThat(Long.parseLong(doc.getElementById("failures").text())).isGreaterThanOrEqualTo(2);
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
