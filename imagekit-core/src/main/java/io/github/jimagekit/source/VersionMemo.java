package io.github.jimagekit.source;

import io.github.jimagekit.internal.BoundedMemo;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

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
     * @return the memo; it holds at most 100,000 names and, beyond that, evicts one not asked
     *     for lately per new one
     */
    static VersionMemo inMemory(Duration ttl, Clock clock) {
        return new InMemory(ttl, clock);
    }

    /** The heap implementation. */
    final class InMemory implements VersionMemo {

        static final int MAX_REMEMBERED = 100_000;

        private final BoundedMemo<String, String> versions;

        private InMemory(Duration ttl, Clock clock) {
            this.versions = BoundedMemo.expiring(MAX_REMEMBERED, ttl, clock);
        }

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(versions.get(name));
        }

        @Override
        public void put(String name, String version) {
            versions.put(name, version, null);
        }

        @Override
        public void forget(String name) {
            versions.remove(name);
        }
    }
}
