package io.github.jimagekit.cachefile;

import io.github.jimagekit.source.VersionMemo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ehcache.Cache;
import org.ehcache.CacheManager;
import org.ehcache.Status;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.config.units.EntryUnit;
import org.ehcache.config.units.MemoryUnit;
import org.ehcache.expiry.ExpiryPolicy;

/**
 * The default state cache: Ehcache 3 with a heap tier and, when a directory is set, a
 * persistent disk tier that survives restarts (if the cache is closed cleanly: Ehcache drops a
 * disk tier that was not closed). Source versions live in a second cache of the same manager.
 */
final class EhcacheStateCache implements StateCache {

    private static final String STATES = "imagekit-states";
    private static final String VERSIONS = "imagekit-source-versions";

    private final CacheManager manager;
    private final Cache<String, CacheFileState> states;
    private final Cache<String, String> versions;
    private final String prefix;
    private final boolean rememberVersions;

    EhcacheStateCache(StateTimeouts timeouts, String prefix, int heapEntries, Path diskDir,
            int diskMb, Duration versionTtl) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.rememberVersions = !versionTtl.isZero();
        ResourcePoolsBuilder pools = ResourcePoolsBuilder.newResourcePoolsBuilder()
                .heap(heapEntries, EntryUnit.ENTRIES);
        if (diskDir != null) {
            pools = pools.disk(diskMb, MemoryUnit.MB, true);
        }
        Duration versionExpiry = rememberVersions ? versionTtl : Duration.ofMillis(1);
        CacheManagerBuilder<CacheManager> builder = CacheManagerBuilder.newCacheManagerBuilder()
                .withClassLoader(EhcacheStateCache.class.getClassLoader())
                .withCache(STATES, CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        String.class, CacheFileState.class, pools).withExpiry(new Expiry(timeouts)))
                .withCache(VERSIONS, CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        String.class, String.class, pools)
                        .withExpiry(ExpiryPolicyBuilder.timeToLiveExpiration(versionExpiry)));
        try {
            this.manager = diskDir == null ? builder.build(true)
                    : builder.with(CacheManagerBuilder.persistence(diskDir.toFile())).build(true);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the state cache"
                    + (diskDir == null ? "" : " (is another process using its directory?)")
                    + ": " + rootMessage(e), e);
        }
        this.states = manager.getCache(STATES, String.class, CacheFileState.class);
        this.versions = manager.getCache(VERSIONS, String.class, String.class);
    }

    @Override
    public Optional<CacheFileState> get(String name) {
        return Optional.ofNullable(states.get(prefix + name));
    }

    @Override
    public void put(String name, CacheFileState state) {
        states.put(prefix + name, state);
    }

    @Override
    public boolean replace(String name, CacheFileState expected, CacheFileState update) {
        String key = prefix + name;
        if (expected == null) {
            return states.putIfAbsent(key, update) == null;
        }
        return states.replace(key, expected, update);
    }

    @Override
    public void remove(String name) {
        states.remove(prefix + name);
    }

    @Override
    public Optional<VersionMemo> versionMemo() {
        return Optional.of(new VersionMemo() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(versions.get(prefix + name));
            }

            @Override
            public void put(String name, String version) {
                if (rememberVersions) {
                    versions.put(prefix + name, version);
                }
            }

            @Override
            public void forget(String name) {
                versions.remove(prefix + name);
            }
        });
    }

    @Override
    public boolean isOpen() {
        return manager.getStatus() == Status.AVAILABLE;
    }

    @Override
    public void close() {
        manager.close();
    }

    @Override
    public String toString() {
        return "StateCache.ehcache(" + prefix + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Each kind of state lives as long as {@link StateTimeouts} says. */
    private static final class Expiry implements ExpiryPolicy<String, CacheFileState> {

        private final StateTimeouts timeouts;

        Expiry(StateTimeouts timeouts) {
            this.timeouts = timeouts;
        }

        @Override
        public Duration getExpiryForCreation(String key, CacheFileState value) {
            return timeouts.timeToLive(value).orElse(ExpiryPolicy.INFINITE);
        }

        @Override
        public Duration getExpiryForAccess(String key, Supplier<? extends CacheFileState> value) {
            return null;
        }

        @Override
        public Duration getExpiryForUpdate(String key, Supplier<? extends CacheFileState> old,
                CacheFileState value) {
            return getExpiryForCreation(key, value);
        }
    }
}
