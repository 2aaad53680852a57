package io.github.jimagekit.spring.boot;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateCache;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** A state cache on a map that remembers being closed, to see the context close the kit. */
final class RecordingStateCache implements StateCache {

    private final Map<String, CacheFileState> states = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    boolean closed() {
        return closed.get();
    }

    @Override
    public Optional<CacheFileState> get(String name) {
        return Optional.ofNullable(states.get(name));
    }

    @Override
    public void put(String name, CacheFileState state) {
        states.put(name, state);
    }

    @Override
    public boolean replace(String name, CacheFileState expected, CacheFileState update) {
        return states.replace(name, expected, update);
    }

    @Override
    public void remove(String name) {
        states.remove(name);
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
