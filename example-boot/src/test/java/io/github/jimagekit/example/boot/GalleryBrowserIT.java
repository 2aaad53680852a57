package io.github.jimagekit.example.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.example.Chromium;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gallery on Spring Boot in headless Chromium, as the WAR's {@code BrowserIT} checks it on
 * Tomcat ({@link Chromium}: Debian's Chromium through Selenium, requests slowed by 150 ms): on
 * both galleries and a photo page every image loads at exactly the size its element says and
 * nothing shifts; screenshots go to {@code target/screenshots/}. Start-up pregeneration is on,
 * as when the gallery is run, so pages may be asked for while it works.
 *
 * <p>Without Chromium the test is skipped, except under CI ({@code CI} set), where it fails.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "server.address=127.0.0.1",
    "GALLERY_WORK_DIR=target/test-galleries/${random.uuid}"})
final class GalleryBrowserIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start(Path.of("target/screenshots"));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void pages_loadEveryImageAtItsStatedSize_withoutLayoutShift() throws IOException {
        String fallback = GalleryApplicationTest.FALLBACK;

        assertThat(chromium.check(uri("/"), "boot-gallery-jsp", fallback)).isEqualTo(19);
        assertThat(chromium.check(uri("/thymeleaf"), "boot-gallery-thymeleaf", fallback))
                .isEqualTo(19);
        assertThat(chromium.check(uri("/photo?name=paper-badge.png"), "boot-photo", fallback))
                .isEqualTo(3);
    }
}
