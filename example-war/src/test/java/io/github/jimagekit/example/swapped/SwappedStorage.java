package io.github.jimagekit.example.swapped;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.storage.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The storage the customizer jar swaps in: a directory of its own, and URLs that say where a
 * file came from ({@code ?storage=swapped}), so that a page shows which storage made its
 * images. What an S3 or CDN storage would be, reduced to what a test can check.
 */
public final class SwappedStorage implements Storage {

    /** The query every URL of this storage ends with. */
    public static final String MARK = "?storage=swapped";

    private final FileSystemStorage files;

    /**
     * Creates the storage from the settings: the constructor a class-name setting
     * ({@code imagekit.storage.class}) calls, and the customizer too.
     *
     * @param config the settings: {@code imagekit.swapped-storage.root} and
     *     {@code imagekit.storage.base-url}
     * @throws InvalidConfigurationException when {@code imagekit.swapped-storage.root} is not
     *     set
     */
    public SwappedStorage(ImageKitConfig config) {
        String root = config.get(SwappedStorageKeys.ROOT).strip();
        if (root.isEmpty()) {
            throw new InvalidConfigurationException("setting \""
                    + SwappedStorageKeys.ROOT.name() + "\" is not set");
        }
        this.files = new FileSystemStorage(Path.of(root),
                config.raw(ConfigKey.STORAGE_BASE_URL));
    }

    @Override
    public boolean exists(String name) throws IOException {
        return files.exists(name);
    }

    @Override
    public Optional<FileInfo> stat(String name) throws IOException {
        return files.stat(name);
    }

    @Override
    public InputStream open(String name) throws IOException {
        return files.open(name);
    }

    @Override
    public void save(String name, InputStream content) throws IOException {
        files.save(name, content);
    }

    @Override
    public boolean delete(String name) throws IOException {
        return files.delete(name);
    }

    @Override
    public Stream<String> list(String directory) throws IOException {
        return files.list(directory);
    }

    @Override
    public String url(String name) {
        return files.url(name) + MARK;
    }
}
