package io.github.jimagekit.batch;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Photos on disk and a kit over them with the {@link GalleryLibrary}. */
final class BatchFixture {

    private BatchFixture() {
    }

    /** Writes {@code photos/p00.png}... as 64x48 quadrant images. */
    static void photos(Path root, int count) throws IOException {
        Files.createDirectories(root.resolve("photos"));
        byte[] png = TestImages.encode(TestImages.quadrants(64, 48), "png");
        for (int i = 0; i < count; i++) {
            Files.write(root.resolve(String.format("photos/p%02d.png", i)), png);
        }
    }

    static ImageKit kit(Path root, String... settings) {
        ImageKitConfig.Builder c = ImageKitConfig.builder()
                .set("imagekit.storage.root", root.toString())
                // the same directory, as a storage of its own: kit.storage() counts cache files
                .set("imagekit.source.root", root.toString())
                .set("imagekit.cache.backend", "memory");
        for (int i = 0; i < settings.length; i += 2) {
            c.set(settings[i], settings[i + 1]);
        }
        return ImageKit.builder().config(c.build()).discover(false)
                .library(new GalleryLibrary()).build();
    }

    /** The cache files on disk. */
    static List<String> cacheFiles(Path root) throws IOException {
        Path dir = root.resolve("CACHE");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
    }

    /** Collects what a run reports. */
    static final class Recorder implements BatchListener {
        final List<BatchItem> items = new CopyOnWriteArrayList<>();
        volatile long total = -2;
        volatile BatchSummary summary;

        @Override
        public void started(List<io.github.jimagekit.registry.SourceGroupRegistration> r,
                long count, List<String> warnings) {
            total = count;
        }

        @Override
        public void done(BatchItem item) {
            items.add(item);
        }

        @Override
        public void finished(BatchSummary s) {
            summary = s;
        }

        List<BatchItem> with(BatchItem.Outcome o) {
            return items.stream().filter(i -> i.outcome() == o).toList();
        }
    }
}
