package io.github.jimagekit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.jimagekit.ImageKitCustomizer;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.testing.GalleryFiles;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A Boot application with the starter and Actuator on a real embedded server: its
 * {@code /actuator/health} and {@code /actuator/imagekit}, read over HTTP after a page made real
 * images and after one with a corrupt photo.
 */
@SpringBootTest(classes = ActuatorApplicationTest.App.class,
        webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
            "server.address=127.0.0.1",
            "imagekit.cache.backend=memory",
            "imagekit.template.on-error=fallback",
            "imagekit.template.fallback-url=/missing.png",
            "management.endpoints.web.exposure.include=health,imagekit",
            "management.endpoint.health.show-details=always"})
final class ActuatorApplicationTest {

    private static final String BROKEN = "spec \"imagekit:thumbnail\": source"
            + " \"photos/broken.png\" is not an image in a supported format";

    @TempDir
    static Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /**
     * The application: the gallery page and a spec on a source group of its own (nested in the
     * test class, so that no other test's component scan finds it).
     */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {

        @Bean
        ImageKitCustomizer squaresOnAGroup() {
            return builder -> builder.library(r -> r.generator("app:square",
                    SpecDefinition.builder().processors(new ResizeToFill(33, 33)).build())
                    .sourceGroup("app:square", SourceGroup.glob("photos/p*.png")));
        }

        @Bean
        Gallery gallery() {
            return new Gallery();
        }
    }

    /** The page of {@code templates/gallery.html}, with the photos the query names. */
    @Controller
    static class Gallery {

        @GetMapping("/gallery")
        String gallery(@RequestParam("photo") List<String> photo, Model model) {
            model.addAttribute("photos", photo.stream().map(p -> "photos/" + p).toList());
            return "gallery";
        }
    }

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("imagekit.storage.root", () -> root.toString());
    }

    @BeforeAll
    static void photos() throws IOException {
        GalleryFiles.photos(root, 2);
        Files.writeString(root.resolve("photos/broken.png"), "this is not a picture");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private DocumentContext json(String path, int status) throws Exception {
        HttpResponse<byte[]> r = get(path);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(r.statusCode()).as(body).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).get().asString()
                .contains("json");
        return JsonPath.parse(body);
    }

    /** Fetches the page and every image it shows, returning the images' sources. */
    private List<String> page(String query) throws Exception {
        HttpResponse<byte[]> page = get("/gallery?" + query);
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> sources = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8))
                .select("img").eachAttr("src");
        for (Element img : Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8))
                .select("img[src^=/media/]")) {
            HttpResponse<byte[]> image = get(img.attr("src"));
            assertThat(image.statusCode()).as(img.attr("src")).isEqualTo(200);
            BufferedImage decoded = TestImages.decode(image.body());
            assertThat(decoded.getWidth() + "x" + decoded.getHeight()).as(img.attr("src"))
                    .isEqualTo(img.attr("width") + "x" + img.attr("height"));
        }
        return sources;
    }

    @Test
    void healthAndEndpoint_afterRealImagesThenACorruptPhoto_sayWhatHappened() throws Exception {
        DocumentContext health = json("/actuator/health", 200);
        assertThat(health.read("$.status", String.class)).isEqualTo("UP");
        assertThat(health.read("$.components.imagekit", Map.class)).isEqualTo(Map.of(
                "status", "UP", "details", Map.of("storage", "writable", "stateCache", "open",
                        "failuresLastMinute", 0)));

        assertThat(page("photo=p00.png&photo=p01.png")).hasSize(3)
                .allSatisfy(src -> assertThat(src).startsWith("/media/CACHE/images/photos/"));

        DocumentContext report = json("/actuator/imagekit", 200);
        assertThat(report.read("$.cache.generations", Integer.class)).isEqualTo(3);
        assertThat(report.read("$.cache.failures", Integer.class)).isZero();
        assertThat(report.read("$.cache.recentFailures", List.class)).isEmpty();
        assertThat(report.read("$.failuresLastMinute", Integer.class)).isZero();
        // the page: a version stat per photo, a read per missing file and per source, three
        // saves; the servlet: a stat and an open per image served; the health probe: nothing
        assertThat(report.read("$.storageCalls.cacheFiles", Map.class)).isEqualTo(Map.of(
                "exists", 0, "stat", 2 + 3, "open", 3 + 3 + 3, "save", 3, "delete", 0,
                "list", 0));
        assertThat(report.read("$.storageCalls.shared", Boolean.class)).isTrue();
        // the last one is core's test-jar's, found through META-INF/services
        assertThat(report.read("$.generators", List.class))
                .containsExactly("app:square", "imagekit:thumbnail", "tests:discovered");
        assertThat(report.read("$.sourceGroups", List.class)).containsExactly(Map.of(
                "generator", "app:square", "group", "SourceGroup.glob(photos/p*.png)",
                "arguments", Map.of()));
        assertThat(report.read("$.components.stateCache", String.class))
                .startsWith("StateCache.inMemory(");

        Instant before = Instant.now();
        assertThat(page("photo=p00.png&photo=broken.png")).hasSize(3)
                .containsOnlyOnce("/missing.png");

        health = json("/actuator/health", 200);
        assertThat(health.read("$.components.imagekit", Map.class)).as("a broken photo is a"
                + " figure, not an outage").isEqualTo(Map.of("status", "UP", "details", Map.of(
                        "storage", "writable", "stateCache", "open", "failuresLastMinute", 1)));
        report = json("/actuator/imagekit", 200);
        assertThat(report.read("$.cache.failures", Integer.class)).isEqualTo(1);
        assertThat(report.read("$.failuresLastMinute", Integer.class)).isEqualTo(1);
        Map<String, String> failure = report.read("$.cache.recentFailures[0]");
        assertThat(failure.get("name")).startsWith("CACHE/images/photos/broken/")
                .endsWith(".png");
        assertThat(failure.get("message")).isEqualTo(BROKEN);
        assertThat(Instant.parse(failure.get("at"))).isBetween(before,
                Instant.now().plus(Duration.ofSeconds(1)));
    }
}
