package io.github.jimagekit.example.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The gallery's folders from Boot's environment, as the WAR reads them from its context. */
final class GalleryEnvironmentTest {

    @TempDir
    Path dir;

    private static MockEnvironment process(MockEnvironment environment) {
        new GalleryEnvironment(new DeferredLogs()).postProcessEnvironment(environment,
                new SpringApplication());
        return environment;
    }

    private static long files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void postProcess_workDirOnly_copiesTheSamplesIntoItsPhotosFolder() throws IOException {
        Path work = dir.resolve("work");
        MockEnvironment env = process(new MockEnvironment()
                .withProperty("GALLERY_WORK_DIR", work.toString()));

        assertThat(env.getProperty("imagekit.source.root")).isEqualTo(
                work.resolve("photos").toString());
        assertThat(env.getProperty("imagekit.storage.root")).isEqualTo(
                work.resolve("media").toString());
        assertThat(env.getProperty("imagekit.cache.disk.dir")).isEqualTo(
                work.resolve("state").toString());
        assertThat(files(work.resolve("photos"))).isEqualTo(9);
        assertThat(work.resolve("photos/paper-badge.png")).isRegularFile();
    }

    @Test
    void postProcess_photosDirSet_isTheSourceRootAndLeftAsItIs() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("my photos"));
        Files.writeString(photos.resolve("mine.jpg"), "mine");
        MockEnvironment env = process(new MockEnvironment()
                .withProperty("GALLERY_PHOTOS_DIR", photos + "/")
                .withProperty("GALLERY_WORK_DIR", dir.resolve("work").toString()));

        assertThat(env.getProperty("imagekit.source.root")).isEqualTo(photos.toString());
        assertThat(files(photos)).isEqualTo(1);
        assertThat(dir.resolve("work/photos")).doesNotExist();
    }

    @Test
    void postProcess_imagekitSettingSetElsewhere_winsOverTheFolders() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("GALLERY_WORK_DIR", dir.resolve("work").toString());
        env.getPropertySources().addFirst(new MapPropertySource("command line",
                Map.of("imagekit.storage.root", "/srv/media")));

        assertThat(process(env).getProperty("imagekit.storage.root")).isEqualTo("/srv/media");
        assertThat(env.getPropertySources().get(GalleryEnvironment.PROPERTY_SOURCE)
                .getProperty("imagekit.storage.root")).isEqualTo(
                        dir.resolve("work/media").toString());
    }
}
