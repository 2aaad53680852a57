package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.testing.MutableClock;
import io.github.jimagekit.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PhotoAlbumTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IMG_0042.JPG | img-0042.jpg",
        "C:\\fakepath\\Été à Nice.png | ete-a-nice.png",
        "/home/ann/../My   Photo (1).jpeg | my-photo-1.jpeg",
        "--.gif | photo.gif",
        "weird.name.with.dots.TIFF | weird-name-with-dots.tiff"
    })
    void cleanName_makesASafeLowerCaseName(String given, String expected) {
        assertThat(PhotoAlbum.cleanName(given)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "no-extension", "", "drawing.svg", "..", "photo.jpg.exe"})
    void cleanName_notAnUploadablePhoto_isRefusedQuotingIt(String given) {
        assertThatThrownBy(() -> PhotoAlbum.cleanName(given))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"" + given + "\" is not a photo's file name");
    }

    @Test
    void cleanName_longName_isShortened() {
        String name = PhotoAlbum.cleanName("x".repeat(300) + ".jpg");

        assertThat(name).hasSize(PhotoAlbum.MAX_BASE_NAME + 4);
    }

    @Test
    void photos_areListedThroughTheSourceStorage_andKeptForTheTtl() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.write(photos.resolve("b.jpg"), TestImages.encode(TestImages.gradient(40, 30),
                "jpeg"));
        Files.createDirectories(photos.resolve("2024"));
        Files.write(photos.resolve("2024/a.png"), TestImages.encode(TestImages.gradient(40, 30),
                "png"));
        Files.writeString(photos.resolve("notes.txt"), "not a photo");
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (ImageKit kit = kit(photos)) {
            PhotoAlbum album = new PhotoAlbum(kit, clock);

            assertThat(album.photos()).extracting(Photo::getName)
                    .containsExactly("2024/a.png", "b.jpg");
            Files.write(photos.resolve("c.jpg"), Files.readAllBytes(photos.resolve("b.jpg")));
            assertThat(album.photos()).as("within the TTL").hasSize(2);
            assertThat(kit.sourceStorageStatistics().count(
                    io.github.jimagekit.storage.StorageStatistics.Operation.LIST)).isEqualTo(1);

            clock.advance(PhotoAlbum.LISTING_TTL.plus(Duration.ofMillis(1)));

            assertThat(album.photos()).extracting(Photo::getName)
                    .containsExactly("2024/a.png", "b.jpg", "c.jpg");
            assertThat(album.find("c.jpg")).isPresent();
            assertThat(album.find("notes.txt")).isEmpty();
            assertThat(album.find(null)).isEmpty();
        }
    }

    @Test
    void add_listsTheNewPhotoAtOnce() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (ImageKit kit = kit(photos)) {
            PhotoAlbum album = new PhotoAlbum(kit, clock);
            assertThat(album.photos()).isEmpty();

            PhotoAlbum.Upload u = album.add("New.PNG", new ByteArrayInputStream(
                    TestImages.encode(TestImages.quadrants(60, 40), "png")));

            assertThat(u.name()).isEqualTo("new.png");
            assertThat(u.generated()).isEqualTo(4);
            assertThat(album.photos()).extracting(Photo::getName).containsExactly("new.png");
            assertThat(album.remove("new.png").deletedFiles()).hasSize(4);
            assertThat(album.photos()).isEmpty();
        }
    }

    private ImageKit kit(Path photos) {
        return ImageKit.builder().config(ImageKitConfig.builder()
                        .set("imagekit.source.root", photos.toString())
                        .set("imagekit.storage.root", dir.resolve("media").toString())
                        .set("imagekit.cache.backend", "memory")
                        .build())
                .discover(false)
                .library(new GalleryImages())
                .build();
    }
}
