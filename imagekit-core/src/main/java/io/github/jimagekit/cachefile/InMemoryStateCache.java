package io.github.jimagekit.cachefile;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A state cache in a concurrent map; expired entries are dropped when read. */
final class InMemoryStateCache implements StateCache {

    private record Entry(CacheFileState state, long expiresAt) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final StateTimeouts timeouts;
    private final Clock clock;
    private final String prefix;
    private volatile boolean open = true;

    InMemoryStateCache(StateTimeouts timeouts, Clock clock, String prefix) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public Optional<CacheFileState> get(String name) {
        String key = prefix + name;
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (clock.millis() >= e.expiresAt) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.state);
    }

    @Override
    public void put(String name, CacheFileState state) {
        entries.put(prefix + name, entry(state));
    }

    @Override
    public boolean replace(String name, CacheFileState expected, CacheFileState update) {
        String key = prefix + name;
        Entry current = entries.get(key);
        boolean expired = current != null && clock.millis() >= current.expiresAt;
        if (expected == null) {
            if (current == null) {
                return entries.putIfAbsent(key, entry(update)) == null;
            }
            return expired && entries.replace(key, current, entry(update));
        }
        return current != null && !expired && current.state.equals(expected)
                && entries.replace(key, current, entry(update));
    }

    @Override
    public void remove(String name) {
        entries.remove(prefix + name);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        entries.clear();
    }

    private Entry entry(CacheFileState state) {
        long expires = timeouts.timeToLive(state).map(Duration::toMillis)
                .map(ttl -> clock.millis() + ttl).orElse(Long.MAX_VALUE);
        return new Entry(state, expires);
    }

    @Override
    public String toString() {
        return "StateCache.inMemory(" + entries.size() + " entries)";
    }
}
