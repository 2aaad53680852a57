package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The gallery application with Actuator and the Prometheus registry on a real embedded server:
 * after a cold and a warm page, the kit's meters are in Boot's registry, under
 * {@code /actuator/metrics} and in the {@code /actuator/prometheus} scrape.
 */
@SpringBootTest(classes = GalleryApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "imagekit.cache.backend=memory",
            "management.endpoints.web.exposure.include=metrics,prometheus"})
final class ImageKitMetricsEndpointTest extends GalleryServer {

    @Autowired
    MeterRegistry registry;

    private String text(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private double storageCalls() {
        return registry.find("imagekit.storage.calls").functionCounters().stream()
                .mapToDouble(FunctionCounter::count).sum();
    }

    @Test
    void coldThenWarmPage_metersInTheRegistryTheMetricsEndpointAndThePrometheusScrape()
            throws Exception {
        text("/gallery");
        double coldCalls = storageCalls();
        text("/gallery");

        assertThat(storageCalls()).as("storage calls of the warm page").isEqualTo(coldCalls);
        assertThat(registry.get("imagekit.generations").counters())
                .as("two thumbnails and one square, generated once").hasSize(2)
                .allSatisfy(c -> assertThat(c.count()).isEqualTo(
                        c.getId().getTag("spec").equals("app:square") ? 1 : 2));

        assertThat(text("/actuator/metrics/imagekit.generations"))
                .contains("\"name\":\"imagekit.generations\"")
                .contains("{\"statistic\":\"COUNT\",\"value\":3.0}");
        assertThat(text("/actuator/metrics/imagekit.generation?tag=spec:app:square"))
                .contains("{\"statistic\":\"COUNT\",\"value\":1.0}");

        String scrape = text("/actuator/prometheus");
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
