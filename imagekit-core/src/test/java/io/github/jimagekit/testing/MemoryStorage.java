package io.github.jimagekit.testing;

import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/**
 * A storage in a concurrent map: for tests and benchmarks that need many files without a disk
 * (100,000 cache files in a second). Names are checked as a real storage checks them; saves
 * are atomic because a map entry is replaced whole.
 */
public final class MemoryStorage implements Storage {

    private record File(byte[] content, Instant modified) {
    }

    private final ConcurrentMap<String, File> files = new ConcurrentHashMap<>();
    private final String baseUrl;

    /**
     * Creates an empty storage.
     *
     * @param baseUrl the URL prefix, such as {@code "/media/"}
     */
    public MemoryStorage(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Returns how many files there are.
     *
     * @return the count
     */
    public int size() {
        return files.size();
    }

    @Override
    public boolean exists(String name) {
        return files.containsKey(StorageNames.check(name));
    }

    @Override
    public Optional<FileInfo> stat(String name) {
        File f = files.get(StorageNames.check(name));
        return f == null ? Optional.empty()
                : Optional.of(new FileInfo(f.content.length, f.modified));
    }

    @Override
    public InputStream open(String name) throws IOException {
        File f = files.get(StorageNames.check(name));
        if (f == null) {
            throw new NoSuchFileException(name);
        }
        return new ByteArrayInputStream(f.content);
    }

    @Override
    public void save(String name, InputStream content) throws IOException {
        files.put(StorageNames.check(name), new File(content.readAllBytes(), Instant.now()));
    }

    @Override
    public boolean delete(String name) {
        return files.remove(StorageNames.check(name)) != null;
    }

    @Override
    public Stream<String> list(String directory) {
        String dir = StorageNames.checkDirectory(directory);
        String prefix = dir.isEmpty() ? "" : dir + "/";
        return files.keySet().stream().filter(n -> n.startsWith(prefix));
    }

    @Override
    public String url(String name) {
        return baseUrl + StorageNames.check(name);
    }

    @Override
    public String toString() {
        return "MemoryStorage[" + files.size() + " files]";
    }
}
