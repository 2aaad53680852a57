package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.batch.BatchSummary;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registrations of {@link GalleryImages} cover every image the pages show: after a batch
 * run (what {@code generateimages} and start-up pregeneration do), no page generates anything.
 */
final class PregenerationTest {

    @TempDir
    Path work;

    @Test
    void batch_makesEveryImageThePagesShow() throws Exception {
        try (GalleryServer gallery = GalleryServer.start(work)) {
            ImageKit kit = gallery.kit();

            BatchSummary s = kit.batch().patterns("gallery:*", "imagekit:*")
                    .threads(2).build().run();

            assertThat(s.generated()).as("card, detail, strip, banner of 9 photos").isEqualTo(36);
            assertThat(s.failed()).isZero();
            assertThat(allPages(gallery)).isEqualTo(36);
        }
    }

    @Test
    void startupPregeneration_makesThemInTheBackground() throws Exception {
        try (GalleryServer gallery = GalleryServer.start(work, "imagekit.pregenerate", "*")) {
            ImageKit kit = gallery.kit();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (kit.cacheFiles().statistics().snapshot().generations() < 36
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }

            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(36);
            assertThat(allPages(gallery)).isEqualTo(36);
        }
    }

    /**
     * Renders every page and checks its images.
     *
     * @return the generations counted afterwards, which must not have changed
     */
    private static long allPages(GalleryServer gallery) throws IOException {
        ImageKit kit = gallery.kit();
        long before = kit.cacheFiles().statistics().snapshot().generations();
        List<String> pages = new ArrayList<>(List.of("/", "/thymeleaf"));
        try (Stream<Path> photos = Files.list(gallery.settings().photos())) {
            photos.forEach(p -> pages.add("/photo?name="
                    + URLEncoder.encode(p.getFileName().toString(), StandardCharsets.UTF_8)));
        }
        for (String page : pages) {
            PageImages.check(gallery.get(page).body(), gallery::getBytes,
                    GalleryInitializer.FALLBACK);
        }
        assertThat(pages).hasSize(11);
        long after = kit.cacheFiles().statistics().snapshot().generations();
        assertThat(after).as("generations while rendering " + pages).isEqualTo(before);
        return after;
    }
}
