package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.storage.StorageStatistics.Operation;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.ForwardingStorage;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImages;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How an unknown cache file's existence is decided: one read, whose failure means missing. */
class StorageLookupTest {

    private final MemoryStorage sources = new MemoryStorage("/src/");

    private ImageKit kit(Storage storage) throws IOException {
        sources.save("photo.png", TestImages.encode(TestImages.gradient(80, 40), "png"));
        return ImageKit.builder().config(ImageKitConfig.builder()
                        .set("imagekit.cache.backend", "memory").build())
                .storage(storage).sourceStorage(sources).discover(false).build();
    }

    @Test
    void width_missingFile_oneFailedReadThenOneSave() throws IOException {
        try (ImageKit kit = kit(new MemoryStorage("/media/"))) {
            assertThat(kit.thumbnail("photo.png", "20x20").width()).isEqualTo(20);

            assertThat(kit.storageStatistics().count(Operation.OPEN)).isEqualTo(1);
            assertThat(kit.storageStatistics().count(Operation.EXISTS)).isZero();
            assertThat(kit.storageStatistics().count(Operation.SAVE)).isEqualTo(1);
        }
    }

    @Test
    void width_storageAnsweringJavaIoFileNotFound_treatsTheFileAsMissingAndGeneratesIt()
            throws IOException {
        MemoryStorage files = new MemoryStorage("/media/");
        try (ImageKit kit = kit(new JavaIoStorage(files))) {
            ImageCacheFile thumb = kit.thumbnail("photo.png", "20x20");

            assertThat(thumb.width()).isEqualTo(20);
            assertThat(thumb.height()).isEqualTo(20);
            assertThat(files.exists(thumb.name())).isTrue();
        }
    }

    @Test
    void url_leaseTakenByAnotherNodeDuringTheRead_waitsForItsFileInsteadOfGenerating()
            throws Exception {
        LeaseDuringRead files = new LeaseDuringRead(new MemoryStorage("/media/"));
        try (ImageKit kit = kit(files)) {
            ImageCacheFile thumb = kit.thumbnail("photo.png", "20x20");
            StateCache states = kit.cacheFiles().stateCache();
            files.whenMissing = () -> states.put(thumb.name(), new CacheFileState.Generating(
                    "other-node", System.currentTimeMillis() + 60_000));
            CompletableFuture<String> url = CompletableFuture.supplyAsync(thumb::url);
            Thread.sleep(100);
            assertThat(url).isNotDone();
            assertThat(states.get(thumb.name())).containsInstanceOf(
                    CacheFileState.Generating.class);

            states.put(thumb.name(), new CacheFileState.Exists(20, 20, "PNG", 99));

            assertThat(url.get(5, TimeUnit.SECONDS)).endsWith(thumb.name());
            assertThat(kit.storageStatistics().count(Operation.SAVE)).isZero();
        }
    }

    /**
     * A storage on which another node takes a cache file's lease while this node's read of
     * the file is under way, before the read answers that it is missing.
     */
    private static final class LeaseDuringRead extends ForwardingStorage {

        private volatile Runnable whenMissing = () -> { };

        LeaseDuringRead(MemoryStorage files) {
            super(files);
        }

        @Override
        public InputStream open(String name) throws IOException {
            try {
                return delegate().open(name);
            } catch (NoSuchFileException e) {
                whenMissing.run();
                throw e;
            }
        }
    }

    /** A storage built on java.io: a missing file is a {@link FileNotFoundException}. */
    private static final class JavaIoStorage extends ForwardingStorage {

        JavaIoStorage(MemoryStorage files) {
            super(files);
        }

        @Override
        public InputStream open(String name) throws IOException {
            try {
                return delegate().open(name);
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException(name + " (No such file or directory)");
            }
        }
    }
}
