package io.github.jimagekit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.SourceEvents;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SourceListener;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.ScaleTo;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.testing.TestImaging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SourceEventRelayTest {

    private static final Map<String, Object> THUMB = Map.of("width", 40, "height", 30,
            "anchor", "c");

    /** A group of one name that announces its own events. */
    static final class Announcing implements SourceGroup {
        final SourceEvents events = new SourceEvents(this);

        @Override
        public Stream<Source> files(Storage sourceStorage) {
            return Stream.of(Source.of(sourceStorage, "photos/dog.png"));
        }

        @Override
        public boolean contains(Source source) {
            return source.name().equals("photos/dog.png");
        }

        @Override
        public Subscription listen(SourceListener listener) {
            return events.listen(listener);
        }
    }

    @TempDir
    Path root;

    private final Announcing announcing = new Announcing();

    private ImageKit kit(String strategy, String namer) {
        SourceGroup photos = SourceGroup.glob("photos/**/*.png");
        return ImageKit.builder()
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .set("imagekit.default.cachefile.strategy", strategy)
                        .set("imagekit.spec.cachefile.namer", namer)
                        .build())
                .imaging(new TestImaging())
                .discover(false)
                .library(r -> r.generator("app:small", SpecDefinition.builder()
                                .processors(new ScaleTo(20, 10)).build())
                        .generator("app:tiny", SpecDefinition.builder()
                                .processors(new ScaleTo(5, 5)).build())
                        .sourceGroup("app:small", photos)
                        .sourceGroup(ImageKit.THUMBNAIL, photos, THUMB)
                        .sourceGroup("app:tiny", announcing))
                .build();
    }

    @BeforeEach
    void photos() throws IOException {
        write("photos/dog.png", 400, 300);
        write("other/cat.png", 100, 100);
    }

    private void write(String name, int width, int height) throws IOException {
        Files.createDirectories(root.resolve(name).getParent());
        Files.write(root.resolve(name), TestImages.encode(TestImages.quadrants(width, height),
                "png"));
    }

    private boolean onDisk(String name) {
        return Files.exists(root.resolve(name));
    }

    @Test
    void sourceSaved_optimistic_generatesEveryRegistrationOfGroupsHoldingIt() {
        try (ImageKit kit = kit("optimistic", "source-name-as-path")) {
            List<ImageCacheFile> files = kit.sourceSaved("photos/dog.png");

            assertThat(files).hasSize(3);
            assertThat(files).allSatisfy(f -> assertThat(onDisk(f.name())).isTrue());
            assertThat(files).extracting(ImageCacheFile::width).containsExactlyInAnyOrder(20,
                    40, 5);
            assertThat(kit.sourceSaved("other/cat.png")).isEmpty();
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(3);
        }
    }

    @Test
    void sourceSaved_justInTime_generatesNothingUntilUsed() {
        try (ImageKit kit = kit("just-in-time", "source-name-as-path")) {
            List<ImageCacheFile> files = kit.sourceSaved("photos/dog.png");

            assertThat(files).hasSize(3).noneSatisfy(f -> assertThat(onDisk(f.name())).isTrue());
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isZero();
            assertThat(onDisk(files.get(0).url().substring("/media/".length()))).isTrue();
        }
    }

    @Test
    void sourceSaved_replacedSource_generatesTheNewVersionAtOnce() throws IOException {
        try (ImageKit kit = kit("generate-on-save", "source-name-as-path")) {
            String before = kit.cacheFile("app:small", Map.of("source", "photos/dog.png"))
                    .url();
            write("photos/dog.png", 300, 300);

            List<ImageCacheFile> after = kit.sourceSaved("photos/dog.png");

            ImageCacheFile small = kit.cacheFile("app:small", Map.of("source", "photos/dog.png"));
            assertThat(small.url()).isNotEqualTo(before);
            assertThat(after).extracting(ImageCacheFile::name).contains(small.name());
            assertThat(onDisk(small.name())).isTrue();
        }
    }

    @Test
    void sourceSaved_oneRegistrationFails_othersStillGenerated() throws IOException {
        Files.write(root.resolve("photos/broken.png"), new byte[] {1, 2, 3});
        try (ImageKit kit = kit("optimistic", "source-name-as-path")) {
            assertThatThrownBy(() -> kit.sourceSaved("photos/broken.png"))
                    .isInstanceOf(GenerationFailedException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
            assertThat(kit.sourceSaved("photos/dog.png")).hasSize(3);
        }
    }

    @Test
    void sourceDeleted_sourceNameAsPath_removesEverySpecAndVersion_notNestedSources()
            throws IOException {
        write("photos/dog/puppy.png", 50, 50);
        try (ImageKit kit = kit("optimistic", "source-name-as-path")) {
            List<String> v1 = names(kit.sourceSaved("photos/dog.png"));
            write("photos/dog.png", 200, 200);
            List<String> v2 = names(kit.sourceSaved("photos/dog.png"));
            String puppy = kit.sourceSaved("photos/dog/puppy.png").get(0).name();
            ImageCacheFile unregistered = kit.thumbnail("photos/dog.png", "10x10");
            unregistered.generate();
            Files.delete(root.resolve("photos/dog.png"));

            List<String> deleted = kit.sourceDeleted("photos/dog.png");

            assertThat(deleted).hasSize(7).containsAll(v1).containsAll(v2)
                    .contains(unregistered.name());
            assertThat(deleted).noneSatisfy(n -> assertThat(onDisk(n)).isTrue());
            assertThat(deleted).allSatisfy(n -> assertThat(kit.cacheFiles().stateCache().get(n)
                    .orElse(CacheFileState.DoesNotExist.INSTANCE))
                    .isEqualTo(CacheFileState.DoesNotExist.INSTANCE));
            assertThat(onDisk(puppy)).isTrue();
        }
    }

    @Test
    void sourceDeleted_dotHash_removesOnlyThatSourcesFiles() throws IOException {
        write("photos/dogs.png", 60, 60);
        try (ImageKit kit = kit("optimistic", "source-name-dot-hash")) {
            List<String> dog = names(kit.sourceSaved("photos/dog.png"));
            List<String> dogs = names(kit.sourceSaved("photos/dogs.png"));

            assertThat(kit.sourceDeleted("photos/dog.png")).containsExactlyInAnyOrderElementsOf(
                    dog);

            assertThat(dog).allSatisfy(n -> assertThat(onDisk(n)).isFalse());
            assertThat(dogs).allSatisfy(n -> assertThat(onDisk(n)).isTrue());
        }
    }

    @Test
    void sourceDeleted_hashNamer_removesRegisteredFilesOfTheLastSeenVersion()
            throws IOException {
        try (ImageKit kit = kit("optimistic", "hash")) {
            List<String> registered = names(kit.sourceSaved("photos/dog.png"));
            Files.delete(root.resolve("photos/dog.png"));

            List<String> deleted = kit.sourceDeleted("photos/dog.png");

            assertThat(deleted).containsExactlyInAnyOrderElementsOf(registered);
            assertThat(registered).allSatisfy(n -> assertThat(onDisk(n)).isFalse());
            assertThat(kit.sourceDeleted("photos/dog.png")).isEmpty();
        }
    }

    @Test
    void groupEvents_reachOnlyThatGroupsRegistrations_untilClose() {
        ImageKit kit = kit("optimistic", "source-name-as-path");
        try (kit) {
            announcing.events.saved("photos/dog.png");

            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(1);
            String tiny = kit.cacheFile("app:tiny", Map.of("source", "photos/dog.png")).name();
            assertThat(onDisk(tiny)).isTrue();

            announcing.events.deleted("photos/dog.png");
            assertThat(onDisk(tiny)).isFalse();
        }
        assertThat(announcing.events.size()).isZero();
    }

    private static List<String> names(List<ImageCacheFile> files) {
        return files.stream().map(ImageCacheFile::name).toList();
    }
}
