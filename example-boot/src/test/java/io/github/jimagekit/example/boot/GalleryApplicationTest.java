package io.github.jimagekit.example.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.example.PageImages;
import io.github.jimagekit.example.Site;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gallery on Spring Boot over real HTTP, on a random loopback port, with the sample photos
 * copied into a new work directory under {@code target/} and no start-up pregeneration, so that
 * the first page is cold: every image of the JSP and Thymeleaf galleries and of a photo page is
 * fetched and decoded at the size its element states; a second render of a page costs no
 * storage call and generates nothing (Actuator's {@code imagekit.generations}); Actuator's
 * health is up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "server.address=127.0.0.1",
    // a new folder per run: the first page must find nothing generated
    "GALLERY_WORK_DIR=target/test-galleries/${random.uuid}",
    "imagekit.pregenerate="})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class GalleryApplicationTest implements Site {

    /** The fallback picture's URL, as {@code application.properties} sets it. */
    static final String FALLBACK = "/static/missing.png";

    @LocalServerPort
    int port;

    @Autowired
    ImageKit kit;

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Document page(String path) {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    /** A counter's value, as Actuator's metrics endpoint shows it. */
    private double metric(String name) {
        HttpResponse<String> r = get("/actuator/metrics/" + name);
        assertThat(r.statusCode()).as(name).isEqualTo(200);
        List<Number> count = JsonPath.read(r.body(),
                "$.measurements[?(@.statistic == 'COUNT')].value");
        assertThat(count).as(r.body()).hasSize(1);
        return count.get(0).doubleValue();
    }

    @Test
    @Order(1)
    void thymeleafGallery_coldThenWarm_secondRenderCostsNoStorageCall() {
        long before = kit.storageStatistics().total();
        Document cold = page("/thymeleaf");
        long afterCold = kit.storageStatistics().total();
        double generated = metric("imagekit.generations");
        Document warm = page("/thymeleaf");

        assertThat(afterCold - before).as("storage calls of the cold page")
                .isGreaterThanOrEqualTo(2L * (1 + 9 + 9));
        assertThat(generated).as("generations of the cold page").isEqualTo(1 + 9 + 9);
        assertThat(kit.storageStatistics().total()).as("storage calls of the warm page")
                .isEqualTo(afterCold);
        assertThat(metric("imagekit.generations")).as("generations after the warm page")
                .isEqualTo(generated);
        assertThat(warm.select("img").eachAttr("src"))
                .isEqualTo(cold.select("img").eachAttr("src"));
    }

    @Test
    @Order(2)
    void actuator_afterTheColdAndWarmPages_reportsTheGenerationsAndAHealthyKit() {
        HttpResponse<String> report = get("/actuator/imagekit");
        HttpResponse<String> health = get("/actuator/health");

        assertThat(report.statusCode()).isEqualTo(200);
        Number generations = JsonPath.read(report.body(), "$.cache.generations");
        Number failures = JsonPath.read(report.body(), "$.failuresLastMinute");
        List<String> generators = JsonPath.read(report.body(), "$.generators");
        assertThat(generations.longValue()).isEqualTo(kit.cacheFiles().statistics()
                .generations()).isGreaterThanOrEqualTo(1 + 9 + 9);
        assertThat(failures.longValue()).isZero();
        assertThat(generators).isEqualTo(kit.registry().generators().ids().stream().sorted()
                .toList()).contains("imagekit:thumbnail");
        assertThat(metric("imagekit.state.lookups")).as("state-cache lookups").isPositive();
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.components.imagekit.status"))
                .isEqualTo("UP");
        assertThat((String) JsonPath.read(health.body(),
                "$.components.imagekit.details.storage")).isEqualTo("writable");
    }

    @Test
    void galleries_everyImage_isServedAtItsStatedSize() {
        Map<String, PageImages.Image> jsp = PageImages.check(get("/").body(), this::getBytes,
                FALLBACK);
        Map<String, PageImages.Image> thymeleaf = PageImages.check(get("/thymeleaf").body(),
                this::getBytes, FALLBACK);

        assertThat(page("/").select("img")).hasSize(1 + 9 + 9);
        assertThat(page("/thymeleaf").select("img")).hasSize(1 + 9 + 9);
        assertThat(jsp).hasSize(1 + 9 + 9).containsOnlyKeys(thymeleaf.keySet());
        assertThat(jsp.values()).noneMatch(PageImages.Image::fallback);
        assertThat(jsp.keySet()).allMatch(src -> src.startsWith("/media/CACHE/images/"));
    }

    @Test
    void photoPage_everyImage_isServedAtItsStatedSize() {
        Map<String, PageImages.Image> images = PageImages.check(
                get("/photo?name=lighthouse.jpg").body(), this::getBytes, FALLBACK);

        assertThat(images).hasSize(3);
        assertThat(images.values()).anyMatch(i -> i.width() <= 1200 && i.height() == 900);
    }

    @Test
    void folders_galleryWorkDir_becomeTheKitsRoots() {
        Path media = Path.of(kit.config().raw(ConfigKey.STORAGE_ROOT));
        Path photos = Path.of(kit.config().raw(ConfigKey.SOURCE_ROOT));

        assertThat(media.getFileName()).hasToString("media");
        assertThat(photos).isEqualTo(media.resolveSibling("photos"));
        assertThat(media.getParent().getParent()).isEqualTo(
                Path.of("target/test-galleries").toAbsolutePath());
        assertThat(photos.resolve("lighthouse.jpg")).isRegularFile();
        assertThat(kit.config().raw(ConfigKey.CACHE_DISK_DIR))
                .isEqualTo(media.resolveSibling("state").toString());
    }

    @Test
    void actuatorHealth_isUp() {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void unknownPhoto_isNotFound() {
        assertThat(get("/photo?name=nope.jpg").statusCode()).isEqualTo(404);
    }
}
