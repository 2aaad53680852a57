package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gallery's pages over the sample photos, on embedded Jetty. */
final class GalleryPagesTest {

    private static final String FALLBACK = GalleryInitializer.FALLBACK;

    @TempDir
    static Path work;

    private static GalleryServer gallery;

    @BeforeAll
    static void start() throws Exception {
        gallery = GalleryServer.start(work);
    }

    @AfterAll
    static void stop() throws Exception {
        gallery.close();
    }

    @Test
    void jspGallery_everyImage_isServedAtItsStatedSize() {
        HttpResponse<String> page = gallery.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow())
                .isEqualToIgnoringCase("text/html;charset=UTF-8");
        Document doc = Jsoup.parse(page.body());
        assertThat(doc.select("img")).hasSize(1 + 9 + 9);
        Map<String, PageImages.Image> images = PageImages.check(page.body(), gallery::getBytes,
                FALLBACK);
        assertThat(images).hasSize(19).allSatisfy((src, i) -> assertThat(i.fallback()).isFalse());
        assertThat(size(doc.selectFirst(".hero img"))).isEqualTo("1200x400");
        assertThat(doc.select(".strip img")).allSatisfy(i -> assertThat(size(i))
                .isEqualTo("96x96"));
        assertThat(doc.select(".card img")).allSatisfy(i -> assertThat(size(i))
                .isEqualTo("480x360"));
        assertThat(doc.select(".card h2").eachText()).startsWith("Alpine lake", "City night")
                .contains("Lighthouse", "Paper badge").hasSize(9);
    }

    @Test
    void thymeleafGallery_everyImage_isServedAtItsStatedSize() {
        HttpResponse<String> page = gallery.get("/thymeleaf");

        assertThat(page.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(page.body());
        assertThat(doc.select("img")).hasSize(19);
        assertThat(PageImages.check(page.body(), gallery::getBytes, FALLBACK)).hasSize(19);
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("ik:") || a.getKey().startsWith("th:")
                        || a.getKey().equals("xmlns:ik")));
    }

    @Test
    void bothGalleries_showTheSameImages() {
        Document jsp = Jsoup.parse(gallery.get("/").body());
        Document thymeleaf = Jsoup.parse(gallery.get("/thymeleaf").body());

        assertThat(describe(thymeleaf.select("img"))).isEqualTo(describe(jsp.select("img")));
    }

    @Test
    void photoPage_photoStoredOnItsSide_isShownUpright() {
        HttpResponse<String> page = gallery.get("/photo?name=lighthouse.jpg");

        assertThat(page.statusCode()).isEqualTo(200);
        Element img = Jsoup.parse(page.body()).selectFirst("figure img");
        // stored 1440x960 with EXIF orientation 6: upright it is 960x1440, fitted in 1200x900
        assertThat(size(img)).isEqualTo("600x900");
        BufferedImage shown = TestImages.decode(gallery.getBytes(img.attr("src")).body());
        assertThat(shown.getWidth()).isEqualTo(600);
        // the lantern is near the top of the upright picture, the dark rocks at the bottom
        assertThat(brightness(shown, 300, 860)).isLessThan(brightness(shown, 300, 20));
        assertThat(PageImages.check(page.body(), gallery::getBytes, FALLBACK)).hasSize(3);
    }

    @Test
    void transparentPng_keepsItsAlphaOnThePhotoPage_andLiesOnPaperInTheGrid() {
        Element detail = Jsoup.parse(gallery.get("/photo?name=paper-badge.png").body())
                .selectFirst("figure img");
        BufferedImage png = TestImages.decode(gallery.getBytes(detail.attr("src")).body());
        Element card = Jsoup.parse(gallery.get("/").body())
                .selectFirst(".card img[alt=Paper badge]");
        BufferedImage jpeg = TestImages.decode(gallery.getBytes(card.attr("src")).body());

        assertThat(detail.attr("src")).endsWith(".png");
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(png.getRGB(2, 2), true).getAlpha()).isZero();
        assertThat(card.attr("src")).endsWith(".jpg");
        assertThat(TestImages.isNear(jpeg, 2, 2, GalleryImages.PAPER, 6)).isTrue();
    }

    @Test
    void photoPage_unknownName_isNotFound_withoutAStackTrace() {
        HttpResponse<String> page = gallery.get("/photo?name=..%2F..%2Fetc%2Fpasswd");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("main p").first().text())
                .isEqualTo("There is no such photo.");
        assertThat(page.body()).doesNotContain("Exception", "at io.github", work.toString());
    }

    @Test
    void pages_keepNoSession() {
        for (String path : List.of("/", "/thymeleaf", "/photo?name=alpine-lake.jpg", "/status")) {
            HttpResponse<String> page = gallery.get(path);

            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(page.body()).as(path).doesNotContain("jsessionid");
        }
    }

    @Test
    void warmPages_makeNoStorageCallForTheirImages() {
        gallery.get("/");
        gallery.get("/thymeleaf");
        ImageKit kit = gallery.kit();
        kit.storageStatistics().reset();
        long generations = kit.cacheFiles().statistics().snapshot().generations();

        gallery.get("/");
        gallery.get("/thymeleaf");

        assertThat(kit.storageStatistics().total()).isZero();
        assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(generations);
    }

    @Test
    void statusPage_showsTheKitsCounters() {
        gallery.get("/");

        HttpResponse<String> page = gallery.get("/status");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document doc = Jsoup.parse(page.body());
        assertThat(Long.parseLong(doc.getElementById("generations").text())).isEqualTo(
                gallery.kit().cacheFiles().statistics().snapshot().generations()).isPositive();
        // (the test class path also holds core's test generators)
        assertThat(doc.select("#generators li").eachText())
                .contains("gallery:card", "gallery:detail", "imagekit:thumbnail");
        assertThat(doc.select("#storage tr[data-operation]").eachAttr("data-operation"))
                .containsExactly("exists", "stat", "open", "save", "delete", "list");
        assertThat(doc.getElementById("no-failures")).isNotNull();
        assertThat(doc.getElementById("no-threads")).isNotNull();
        assertThat(doc.getElementById("health").attr("data-up")).isEqualTo("true");
        assertThat(doc.getElementById("health-storage").text()).isEqualTo("writable");
        assertThat(doc.getElementById("health-state-cache").text()).isEqualTo("open");
        assertThat(doc.getElementById("failures-last-minute").text()).isEqualTo("0");
        assertThat(doc.select("#source-groups tbody tr td:first-child").eachText())
                .containsExactly("gallery:card", "gallery:detail", "imagekit:thumbnail",
                        "imagekit:thumbnail");
        assertThat(page.body()).doesNotContain(work.toString());
    }

    private static List<String> describe(List<Element> imgs) {
        return imgs.stream().map(i -> i.attr("src") + " " + size(i) + " " + i.attr("alt"))
                .toList();
    }

    private static String size(Element img) {
        return img.attr("width") + "x" + img.attr("height");
    }

    private static int brightness(BufferedImage img, int x, int y) {
        Color c = new Color(img.getRGB(x, y));
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
