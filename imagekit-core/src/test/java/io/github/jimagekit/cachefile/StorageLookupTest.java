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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    void url_newFile_readsTheStorageOnceUnderItsOwnLeaseThenSaves() throws IOException {
        StateAtRead files = new StateAtRead(new MemoryStorage("/media/"));
        try (ImageKit kit = kit(files)) {
            ImageCacheFile thumb = kit.thumbnail("photo.png", "20x20");
            StateCache states = kit.cacheFiles().stateCache();
            files.states = states;

            assertThat(thumb.url()).endsWith(thumb.name());

            // so nodes asked at once wait on the lease instead of each reading the storage
            assertThat(files.seen).singleElement().isInstanceOf(CacheFileState.Generating.class);
            assertThat(kit.storageStatistics().count(Operation.OPEN)).isEqualTo(1);
            assertThat(kit.storageStatistics().count(Operation.SAVE)).isEqualTo(1);
            assertThat(states.get(thumb.name())).containsInstanceOf(CacheFileState.Exists.class);
        }
    }

    /** A storage that records the cache file's state at each read that finds nothing. */
    private static final class StateAtRead extends ForwardingStorage {

        private final List<CacheFileState> seen = new CopyOnWriteArrayList<>();
        private volatile StateCache states;

        StateAtRead(MemoryStorage files) {
            super(files);
        }

        @Override
        public InputStream open(String name) throws IOException {
            try {
                return delegate().open(name);
            } catch (NoSuchFileException e) {
                states.get(name).ifPresent(seen::add);
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
