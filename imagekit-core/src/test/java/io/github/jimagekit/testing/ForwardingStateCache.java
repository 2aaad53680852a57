package io.github.jimagekit.testing;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateCache;
import java.util.Objects;
import java.util.Optional;

/**
 * A state cache that hands each method a {@link StateCache} must implement to another one: the
 * base of test state caches that change one thing (how they are made, or what closing does).
 * The default methods stay {@link StateCache}'s own.
 */
public abstract class ForwardingStateCache implements StateCache {

    private final StateCache delegate;

    /**
     * Wraps a state cache.
     *
     * @param delegate the state cache that does the work
     */
    protected ForwardingStateCache(StateCache delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Optional<CacheFileState> get(String name) {
        return delegate.get(name);
    }

    @Override
    public void put(String name, CacheFileState state) {
        delegate.put(name, state);
    }

    @Override
    public boolean replace(String name, CacheFileState expected, CacheFileState update) {
        return delegate.replace(name, expected, update);
    }

    @Override
    public void remove(String name) {
        delegate.remove(name);
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
