package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.config.ConfigKey;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the gallery does with its folders when it starts. */
final class GalleryStartTest {

    private static final Path SAMPLES = Path.of("src/main/webapp/WEB-INF/samples");

    @TempDir
    Path work;

    @Test
    void firstStart_copiesTheSamples_andPassesTheFoldersToJimagekit() throws Exception {
        try (GalleryServer gallery = GalleryServer.start(work)) {
            GallerySettings s = gallery.settings();

            assertThat(s.samplePhotos()).isTrue();
            assertThat(s.photos()).isEqualTo(work.resolve("gallery/photos"));
            assertThat(names(s.photos())).isEqualTo(names(SAMPLES)).hasSize(9);
            assertThat(s.photos().resolve("lighthouse.jpg"))
                    .hasSameBinaryContentAs(SAMPLES.resolve("lighthouse.jpg"));
            assertThat(gallery.kit().config().raw(ConfigKey.SOURCE_ROOT))
                    .isEqualTo(s.photos().toString());
            assertThat(gallery.kit().config().raw(ConfigKey.STORAGE_ROOT))
                    .isEqualTo(work.resolve("gallery/media").toString());
            assertThat(gallery.kit().config().raw(ConfigKey.CACHE_DISK_DIR))
                    .isEqualTo(work.resolve("gallery/state").toString());
            assertThat(gallery.kit().config().raw(ConfigKey.TEMPLATE_FALLBACK_URL))
                    .isEqualTo(GalleryInitializer.FALLBACK);
        }
        try (Stream<Path> left = Files.list(work.resolve("gallery"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no temporary folder left").contains("photos")
                    .noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void restart_leavesAnExistingFolderAsItIs() throws Exception {
        try (GalleryServer gallery = GalleryServer.start(work)) {
            Files.delete(gallery.settings().photos().resolve("city-night.jpg"));
        }

        try (GalleryServer gallery = GalleryServer.start(work)) {
            assertThat(names(gallery.settings().photos())).hasSize(8)
                    .doesNotContain("city-night.jpg");
            Document page = Jsoup.parse(gallery.get("/").body());
            assertThat(page.select(".card")).hasSize(8);
        }
    }

    @Test
    void photosFolderOfYourOwn_isNeverFilled() throws Exception {
        Path mine = Files.createDirectories(work.resolve("mine"));

        try (GalleryServer gallery = GalleryServer.start(work, GallerySettings.PHOTOS_DIR,
                mine.toString())) {
            HttpResponse<String> page = gallery.get("/");

            assertThat(gallery.settings().samplePhotos()).isFalse();
            assertThat(names(mine)).isEmpty();
            assertThat(page.statusCode()).isEqualTo(200);
            Document doc = Jsoup.parse(page.body());
            assertThat(doc.selectFirst("p.empty").text()).startsWith("No photos yet.");
            assertThat(doc.select("img")).isEmpty();
            assertThat(Jsoup.parse(gallery.get("/thymeleaf").body()).selectFirst("p.empty"))
                    .isNotNull();
        }
    }

    @Test
    void containerSetting_winsOverTheGallerysFolder() throws Exception {
        Path media = work.resolve("elsewhere");

        try (GalleryServer gallery = GalleryServer.start(work, "imagekit.storage.root",
                media.toString())) {
            gallery.get("/");

            assertThat(gallery.kit().config().raw(ConfigKey.STORAGE_ROOT))
                    .isEqualTo(media.toString());
            assertThat(media.resolve("CACHE/images/alpine-lake")).isDirectory();
        }
    }

    private static java.util.List<String> names(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
