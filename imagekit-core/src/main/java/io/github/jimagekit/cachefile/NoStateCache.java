package io.github.jimagekit.cachefile;

import java.util.Optional;

/** A state cache that remembers nothing. */
enum NoStateCache implements StateCache {
    INSTANCE;

    @Override
    public Optional<CacheFileState> get(String name) {
        return Optional.empty();
    }

    @Override
    public void put(String name, CacheFileState state) {
        // remembers nothing
    }

    @Override
    public boolean replace(String name, CacheFileState expected, CacheFileState update) {
        // with no shared state, every lease is granted; in-JVM single flight still holds
        return true;
    }

    @Override
    public void remove(String name) {
        // remembers nothing
    }

    /** Always: there is nothing to close, and it answers (that nothing is known) forever. */
    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return "StateCache.none()";
    }
}
