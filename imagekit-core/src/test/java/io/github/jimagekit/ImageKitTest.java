package io.github.jimagekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.cachefile.LazyImageCacheFile;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.processor.Anchor;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.storage.StorageStatistics;
import io.github.jimagekit.testing.ForwardingStorage;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.ScaleTo;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.testing.TestImaging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.error.NotRegisteredException;

final class ImageKitTest {

    /** Scales to a fixed size: a stand-in for the real resize processors. */
    @TempDir
    Path root;

    private ImageKitBuilder builder() {
        return ImageKit.builder()
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .build())
                .imaging(new TestImaging())
                .library(r -> r.generator("app:small", SpecDefinition.builder()
                        .processors(new ScaleTo(40, 30)).build()));
    }

    @BeforeEach
    void photos() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve("photos/dog.png"),
                TestImages.encode(TestImages.quadrants(400, 300), "png"));
    }

    @Test
    void cacheFile_registeredSpec_generatesOnceAndServesFromStateAfter() {
        try (ImageKit kit = builder().build()) {
            ImageCacheFile f = kit.cacheFile("app:small", Map.of("source", "photos/dog.png"));

            assertThat(f.url()).startsWith("/media/CACHE/images/photos/dog/").endsWith(".png");
            assertThat(f.width()).isEqualTo(40);
            assertThat(f.height()).isEqualTo(30);
            assertThat(root.resolve(f.name())).exists();
            assertThat(TestImages.decode(readBytes(root.resolve(f.name()))).getWidth())
                    .isEqualTo(40);

            kit.storageStatistics().reset();
            kit.sourceStorageStatistics().reset();
            ImageCacheFile again = kit.cacheFile("app:small", Map.of("source", "photos/dog.png"));
            assertThat(again.url()).isEqualTo(f.url());
            assertThat(again.width()).isEqualTo(40);
            assertThat(kit.storageStatistics().total()).isZero();
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(1);
        }
    }

    /** A storage with a client to close, counting its closes. */
    static final class ClosingStorage extends ForwardingStorage implements AutoCloseable {
        final AtomicInteger closes = new AtomicInteger();

        ClosingStorage() {
            super(new MemoryStorage("/media/"));
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void close_closeableStorages_closesEachOnce() {
        ClosingStorage files = new ClosingStorage();
        ClosingStorage sources = new ClosingStorage();
        builder().storage(files).sourceStorage(sources).build().close();
        ClosingStorage both = new ClosingStorage();
        builder().storage(both).sourceStorage(both).build().close();

        assertThat(files.closes).hasValue(1);
        assertThat(sources.closes).hasValue(1);
        assertThat(both.closes).hasValue(1);
    }

    @Test
    void storage_readPrefix_isCountedAsARead() throws IOException {
        try (ImageKit kit = builder().build()) {
            assertThat(kit.sourceStorage().readPrefix("photos/dog.png", 8)).hasSize(8);
            assertThat(kit.sourceStorageStatistics().count(StorageStatistics.Operation.OPEN))
                    .isEqualTo(1);
        }
    }

    @Test
    void cacheFile_sourceReplaced_getsANewName() throws IOException {
        try (ImageKit kit = builder().build()) {
            String before = kit.cacheFile("app:small", Map.of("source", "photos/dog.png")).name();
            Files.write(root.resolve("photos/dog.png"),
                    TestImages.encode(TestImages.quadrants(200, 200), "png"));
            kit.forgetFilesOf("photos/dog.png");

            String after = kit.cacheFile("app:small", Map.of("source", "photos/dog.png")).name();

            assertThat(after).isNotEqualTo(before).startsWith("CACHE/images/photos/dog/");
        }
    }

    @Test
    void forgetFilesOf_oneSource_keepsTheOtherSourcesFilesRemembered() throws IOException {
        Files.write(root.resolve("photos/cat.png"),
                TestImages.encode(TestImages.quadrants(300, 300), "png"));
        try (ImageKit kit = builder().build()) {
            ImageCacheFile dog = kit.cacheFile("app:small", Map.of("source", "photos/dog.png"));
            ImageCacheFile cat = kit.cacheFile("app:small", Map.of("source", "photos/cat.png"));
            kit.sourceStorageStatistics().reset();

            kit.forgetFilesOf("photos/dog.png");

            assertThat(kit.cacheFile("app:small", Map.of("source", "photos/cat.png")))
                    .isSameAs(cat);
            assertThat(kit.sourceStorageStatistics().total()).isZero();
            ImageCacheFile dogAgain = kit.cacheFile("app:small",
                    Map.of("source", "photos/dog.png"));
            assertThat(dogAgain).isNotSameAs(dog);
            assertThat(dogAgain.name()).isEqualTo(dog.name());
            assertThat(kit.sourceStorageStatistics().total()).isPositive();
        }
    }

    @Test
    void cacheFile_unknownId_listsRegistered() {
        try (ImageKit kit = builder().build()) {
            assertThatThrownBy(() -> kit.cacheFile("app:large", Map.of("source",
                    "photos/dog.png")))
                    .isInstanceOf(NotRegisteredException.class)
                    .hasMessageContaining("\"app:large\" is not registered")
                    .hasMessageContaining("app:small");
        }
    }

    @Test
    void cacheFile_missingSource_namesIt() {
        try (ImageKit kit = builder().build()) {
            assertThatThrownBy(() -> kit.cacheFile("app:small", Map.of("source",
                    "photos/cat.png")))
                    .isInstanceOf(MissingSourceException.class)
                    .hasMessage("source \"photos/cat.png\" does not exist");
        }
    }

    @Test
    void lazyCacheFile_errorsOnlyOnUse() {
        try (ImageKit kit = builder().build()) {
            LazyImageCacheFile lazy = kit.lazyCacheFile("app:nope",
                    Map.of("source", "photos/dog.png"));
            assertThatThrownBy(lazy::url).isInstanceOf(NotRegisteredException.class);
            assertThat(kit.lazyCacheFile("app:small", Map.of("source", "photos/dog.png"))
                    .width()).isEqualTo(40);
        }
    }

    @Test
    void build_discoversLibrariesWithServiceLoader() {
        try (ImageKit kit = builder().build()) {
            assertThat(kit.registry().generators().ids()).contains("tests:discovered",
                    "app:small");
        }
        try (ImageKit kit = builder().discover(false).build()) {
            assertThat(kit.registry().generators().ids()).doesNotContain("tests:discovered");
        }
    }

    @Test
    void build_withoutStorageRoot_failsNamingTheSetting() {
        assertThatThrownBy(() -> ImageKit.builder().imaging(new TestImaging()).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.storage.root\" is not set: say where images are"
                        + " stored");
    }

    @Test
    void build_unknownStrategyClass_failsNamingTheSetting() {
        assertThatThrownBy(() -> builder().config(ImageKitConfig.builder()
                .set("imagekit.storage.root", root.toString())
                .set("imagekit.default.cachefile.strategy", "com.example.Nope").build()).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("imagekit.default.cachefile.strategy")
                .hasMessageContaining("com.example.Nope");
    }

    @Test
    void build_storageAndStateCacheNamedByClass_needNoDirectory() throws IOException {
        try (ImageKit kit = ImageKit.builder().config(ImageKitConfig.builder()
                        .set("imagekit.storage.class",
                                ConfiguredComponentsTest.NamedStorage.class.getName())
                        .set("imagekit.storage.base-url", "/cdn/")
                        .set("imagekit.cache.backend",
                                ConfiguredComponentsTest.NamedStateCache.class.getName())
                        .build())
                .imaging(new TestImaging()).discover(false).build()) {
            kit.storage().save("photos/dog.png", TestImages.encode(TestImages.quadrants(80, 60),
                    "png"));

            ImageCacheFile thumb = kit.thumbnail("photos/dog.png", "40x30");

            assertThat(thumb.url()).startsWith("/cdn/CACHE/images/photos/dog/");
            assertThat(kit.storage().exists(thumb.name())).isTrue();
            assertThat(kit.cacheFiles().stateCache())
                    .isInstanceOf(ConfiguredComponentsTest.NamedStateCache.class);
        }
    }

    @Test
    void twoKits_shareNothing() {
        try (ImageKit a = builder().build(); ImageKit b = builder().discover(false).build()) {
            a.registry().generator("only:a", SpecDefinition.builder().build());
            assertThat(b.registry().generators().ids()).doesNotContain("only:a");
        }
    }

    @Test
    void readmeExample_thumbnailAndOwnSpec() throws IOException {
        Files.createDirectories(root.resolve("users"));
        Files.write(root.resolve("users/42.png"),
                TestImages.encode(TestImages.quadrants(300, 200), "png"));
        try (ImageKit kit = ImageKit.builder()
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .build())
                .build()) {
            ImageCacheFile thumb = kit.thumbnail("photos/dog.png", "200x200");
            String html = "<img src=\"" + thumb.url() + "\" width=\"" + thumb.width()
                    + "\" height=\"" + thumb.height() + "\">";
            assertThat(html).matches("<img src=\"/media/CACHE/images/photos/dog/[0-9a-f]{32}"
                    + "\\.png\" width=\"200\" height=\"200\">");

            kit.registry().generator("myapp:avatar", SpecDefinition.builder()
                    .processors(new ResizeToFill(100, 100, Anchor.TOP))
                    .format(ImageFormat.JPEG).quality(60)
                    .build());
            ImageCacheFile avatar = kit.cacheFile("myapp:avatar", Map.of("source",
                    "users/42.png"));
            assertThat(avatar.url()).endsWith(".jpg");
            assertThat(avatar.size()).isEqualTo(new Size(100, 100));
            assertThat(Files.readAllBytes(root.resolve(avatar.name()))).startsWith(0xff, 0xd8);
        }
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
