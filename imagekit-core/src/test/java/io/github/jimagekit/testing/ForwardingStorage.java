package io.github.jimagekit.testing;

import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A storage that hands each method a {@link Storage} must implement to another storage: the
 * base of test storages that change one thing (how they are made, or one method). The default
 * methods stay {@link Storage}'s own, built on these.
 */
public abstract class ForwardingStorage implements Storage {

    private final Storage delegate;

    /**
     * Wraps a storage.
     *
     * @param delegate the storage that does the work
     */
    protected ForwardingStorage(Storage delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Returns the wrapped storage.
     *
     * @return the storage that does the work
     */
    protected final Storage delegate() {
        return delegate;
    }

    @Override
    public boolean exists(String name) throws IOException {
        return delegate.exists(name);
    }

    @Override
    public Optional<FileInfo> stat(String name) throws IOException {
        return delegate.stat(name);
    }

    @Override
    public InputStream open(String name) throws IOException {
        return delegate.open(name);
    }

    @Override
    public void save(String name, InputStream content) throws IOException {
        delegate.save(name, content);
    }

    @Override
    public boolean delete(String name) throws IOException {
        return delegate.delete(name);
    }

    @Override
    public Stream<String> list(String directory) throws IOException {
        return delegate.list(directory);
    }

    @Override
    public String url(String name) {
        return delegate.url(name);
    }
}
