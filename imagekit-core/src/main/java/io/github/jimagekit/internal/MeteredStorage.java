package io.github.jimagekit.internal;

import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageStatistics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * A storage decorator that counts the calls that may reach the storage, by operation. Every
 * {@code ImageKit} wraps its storages in one and shows the counts as its
 * {@link StorageStatistics}. {@link #url} and {@link #path} are pure computations and are not
 * counted.
 */
public final class MeteredStorage implements Storage, StorageStatistics {

    private final Storage delegate;
    private final Map<Operation, LongAdder> counts = new EnumMap<>(Operation.class);

    /**
     * Wraps a storage.
     *
     * @param delegate the storage that does the work
     */
    public MeteredStorage(Storage delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        for (Operation op : Operation.values()) {
            counts.put(op, new LongAdder());
        }
    }

    /**
     * Returns the wrapped storage.
     *
     * @return the storage that does the work
     */
    public Storage delegate() {
        return delegate;
    }

    @Override
    public long count(Operation operation) {
        return counts.get(operation).sum();
    }

    @Override
    public long total() {
        long sum = 0;
        for (LongAdder a : counts.values()) {
            sum += a.sum();
        }
        return sum;
    }

    @Override
    public void reset() {
        counts.values().forEach(LongAdder::reset);
    }

    @Override
    public boolean exists(String name) throws IOException {
        counts.get(Operation.EXISTS).increment();
        return delegate.exists(name);
    }

    @Override
    public Optional<FileInfo> stat(String name) throws IOException {
        counts.get(Operation.STAT).increment();
        return delegate.stat(name);
    }

    @Override
    public InputStream open(String name) throws IOException {
        counts.get(Operation.OPEN).increment();
        return delegate.open(name);
    }

    @Override
    public byte[] read(String name) throws IOException {
        counts.get(Operation.OPEN).increment();
        return delegate.read(name);
    }

    @Override
    public byte[] readPrefix(String name, int maxBytes) throws IOException {
        counts.get(Operation.OPEN).increment();
        return delegate.readPrefix(name, maxBytes);
    }

    @Override
    public void save(String name, InputStream content) throws IOException {
        counts.get(Operation.SAVE).increment();
        delegate.save(name, content);
    }

    @Override
    public void save(String name, byte[] content) throws IOException {
        counts.get(Operation.SAVE).increment();
        delegate.save(name, content);
    }

    @Override
    public boolean delete(String name) throws IOException {
        counts.get(Operation.DELETE).increment();
        return delegate.delete(name);
    }

    @Override
    public Stream<String> list(String directory) throws IOException {
        counts.get(Operation.LIST).increment();
        return delegate.list(directory);
    }

    @Override
    public String url(String name) {
        return delegate.url(name);
    }

    @Override
    public Optional<Path> path(String name) {
        return delegate.path(name);
    }

    @Override
    public Optional<Path> localRoot() {
        return delegate.localRoot();
    }

    @Override
    public String toString() {
        return "Metered[" + delegate + "]";
    }
}
