package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gallery application with Actuator and the Prometheus registry on a real embedded server:
 * after a cold and a warm page, the kit's meters are in Boot's registry, under
 * {@code /actuator/metrics} and in the {@code /actuator/prometheus} scrape.
 */
@SpringBootTest(classes = GalleryApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "imagekit.cache.backend=memory",
            "management.endpoints.web.exposure.include=metrics,prometheus"})
final class ImageKitMetricsEndpointTest {

    @TempDir
    static Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry properties) {
        properties.add("imagekit.storage.root", () -> root.toString());
    }

    @BeforeAll
    static void photos() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve(GalleryApplication.PHOTOS.get(0)),
                TestImages.encode(TestImages.quadrants(400, 200), "jpeg"));
        Files.write(root.resolve(GalleryApplication.PHOTOS.get(1)),
                TestImages.encode(TestImages.quadrants(150, 300), "png"));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private double storageCalls() {
        return registry.find("imagekit.storage.calls").functionCounters().stream()
                .mapToDouble(FunctionCounter::count).sum();
    }

    @Test
    void coldThenWarmPage_metersInTheRegistryTheMetricsEndpointAndThePrometheusScrape()
            throws Exception {
        get("/gallery");
        double coldCalls = storageCalls();
        get("/gallery");

        assertThat(storageCalls()).as("storage calls of the warm page").isEqualTo(coldCalls);
        assertThat(registry.get("imagekit.generations").counters())
                .as("two thumbnails and one square, generated once").hasSize(2)
                .allSatisfy(c -> assertThat(c.count()).isEqualTo(
                        c.getId().getTag("spec").equals("app:square") ? 1 : 2));

        assertThat(get("/actuator/metrics/imagekit.generations"))
                .contains("\"name\":\"imagekit.generations\"")
                .contains("{\"statistic\":\"COUNT\",\"value\":3.0}");
        assertThat(get("/actuator/metrics/imagekit.generation?tag=spec:app:square"))
                .contains("{\"statistic\":\"COUNT\",\"value\":1.0}");

        String scrape = get("/actuator/prometheus");
        assertThat(scrape.lines()).contains(
                "imagekit_generations_total{spec=\"imagekit:thumbnail\"} 2.0",
                "imagekit_generations_total{spec=\"app:square\"} 1.0",
                "imagekit_generation_seconds_count{spec=\"imagekit:thumbnail\"} 2",
                "imagekit_decode_seconds_count{spec=\"app:square\"} 1",
                "imagekit_state_lookups_total{result=\"miss\"} 3.0",
                "imagekit_storage_calls_total{operation=\"save\",storage=\"cache-files\"} 3.0",
                "imagekit_queue_depth 0.0",
                "imagekit_generations_active 0.0");
    }
}
