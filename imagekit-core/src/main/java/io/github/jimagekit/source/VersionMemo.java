package io.github.jimagekit.source;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers source versions for a while, so that a warm page does not ask the storage for a
 * source's metadata on every render. Entries expire after the version TTL
 * ({@code imagekit.source.version-ttl}); {@link #forget(String)} drops one at once.
 */
public interface VersionMemo {

    /**
     * Looks up a remembered version.
     *
     * @param name the source's storage name
     * @return the version, or empty when unknown or expired
     */
    Optional<String> get(String name);

    /**
     * Remembers a version.
     *
     * @param name    the source's storage name
     * @param version its version token
     */
    void put(String name, String version);

    /**
     * Forgets a version.
     *
     * @param name the source's storage name
     */
    void forget(String name);

    /**
     * Creates a memo in a map on the heap.
     *
     * @param ttl   how long a version is trusted; {@link Duration#ZERO} remembers nothing
     * @param clock the clock that times it
     * @return the memo; it holds at most 100,000 names and starts over beyond that
     */
    static VersionMemo inMemory(Duration ttl, Clock clock) {
        return new InMemory(ttl.toMillis(), clock);
    }

    /** The heap implementation. */
    final class InMemory implements VersionMemo {

        static final int MAX_REMEMBERED = 100_000;

        private record Remembered(String version, long checkedAt) {
        }

        private final ConcurrentMap<String, Remembered> versions = new ConcurrentHashMap<>();
        private final long ttlMillis;
        private final Clock clock;

        private InMemory(long ttlMillis, Clock clock) {
            this.ttlMillis = ttlMillis;
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        @Override
        public Optional<String> get(String name) {
            Remembered r = versions.get(name);
            return r != null && clock.millis() - r.checkedAt < ttlMillis
                    ? Optional.of(r.version) : Optional.empty();
        }

        @Override
        public void put(String name, String version) {
            if (ttlMillis <= 0) {
                return;
            }
            if (versions.size() >= MAX_REMEMBERED) {
                versions.clear();
            }
            versions.put(name, new Remembered(version, clock.millis()));
        }

        @Override
        public void forget(String name) {
            versions.remove(name);
        }
    }
}
