package io.github.jimagekit.cachefile;

import io.github.jimagekit.source.VersionMemo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the {@link CacheFileState} of cache files by name, so that a warm page never asks
 * the storage whether a file exists, nor reads it for its width and height.
 *
 * <p>States expire as {@link StateTimeouts} says: an existing file is remembered forever by
 * default, a missing one for 5 s, a failure for 5 s, a generation lease for 60 s. Three
 * implementations are built in: {@link #ehcache} (the default: a heap tier and an optional
 * persistent disk tier, so a restarted server still knows what exists), {@link #inMemory} and
 * {@link #none()} (development: always ask the storage). An implementation shared between
 * servers (a clustered JCache, say) also makes generation leases work across JVMs.
 *
 * <p>Implementations are thread-safe.
 */
public interface StateCache extends AutoCloseable {

    /**
     * Looks up a state.
     *
     * @param name the cache file's storage name
     * @return the state, or empty when unknown or expired
     */
    Optional<CacheFileState> get(String name);

    /**
     * Looks up many states at once.
     *
     * @param names cache file names
     * @return the known states, by name, in the order of {@code names}
     */
    default Map<String, CacheFileState> getAll(Collection<String> names) {
        Map<String, CacheFileState> found = new LinkedHashMap<>();
        for (String n : names) {
            get(n).ifPresent(s -> found.put(n, s));
        }
        return found;
    }

    /**
     * Records a state, replacing any other.
     *
     * @param name  the cache file's storage name
     * @param state the state
     */
    void put(String name, CacheFileState state);

    /**
     * Replaces a state atomically if it is still the expected one: how a generation lease is
     * taken without two owners.
     *
     * @param name     the cache file's storage name
     * @param expected the state seen before, or {@code null} for none
     * @param update   the new state
     * @return whether the state was replaced
     */
    boolean replace(String name, CacheFileState expected, CacheFileState update);

    /**
     * Forgets a state.
     *
     * @param name the cache file's storage name
     */
    void remove(String name);

    /**
     * Returns where source versions are remembered, when this cache can keep them (the Ehcache
     * implementation keeps them in its persistent tier too, so a restart does not re-read every
     * source's metadata).
     *
     * @return the memo, or empty to use an in-memory one
     */
    default Optional<VersionMemo> versionMemo() {
        return Optional.empty();
    }

    /**
     * Tells whether the cache still answers: {@code false} once it is closed, or when a remote
     * cache knows it cannot be reached. A health check reads it.
     *
     * @return whether the cache is open; an implementation that cannot tell says {@code true}
     *     (a health check still looks one state up, which fails when it is not)
     */
    default boolean isOpen() {
        return true;
    }

    /** Releases the cache's resources; a persistent tier is flushed to disk. */
    @Override
    void close();

    /**
     * Creates a state cache in a map on the heap.
     *
     * @param timeouts how long states are kept
     * @param clock    the clock that times them
     * @param prefix   prepended to every key ({@code imagekit.cache.prefix})
     * @return the cache
     */
    static StateCache inMemory(StateTimeouts timeouts, Clock clock, String prefix) {
        return new InMemoryStateCache(timeouts, clock, prefix);
    }

    /**
     * Creates a state cache that remembers nothing: every lookup misses and the storage is
     * asked each time. For development.
     *
     * @return the cache
     */
    static StateCache none() {
        return NoStateCache.INSTANCE;
    }

    /**
     * Creates an Ehcache 3 state cache.
     *
     * @param timeouts    how long states are kept
     * @param prefix      prepended to every key ({@code imagekit.cache.prefix})
     * @param heapEntries how many states the heap tier keeps
     * @param diskDir     the directory of the persistent tier, or {@code null} for none; one
     *     JVM at a time may use a directory
     * @param diskMb      the size of the persistent tier in MiB
     * @param versionTtl  how long source versions are trusted
     * @return the cache; close it to flush the persistent tier (an unclean exit loses it)
     * @throws IllegalStateException when Ehcache cannot start, for example because another
     *     JVM uses the directory
     */
    static StateCache ehcache(StateTimeouts timeouts, String prefix, int heapEntries,
            Path diskDir, int diskMb, java.time.Duration versionTtl) {
        return new EhcacheStateCache(timeouts, prefix, heapEntries, diskDir, diskMb, versionTtl);
    }
}
