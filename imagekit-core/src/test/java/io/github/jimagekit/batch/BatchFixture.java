package io.github.jimagekit.batch;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.testing.GalleryLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A kit over the gallery photos ({@link GalleryFiles}) with the {@link GalleryLibrary}. */
final class BatchFixture {

    private BatchFixture() {
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
