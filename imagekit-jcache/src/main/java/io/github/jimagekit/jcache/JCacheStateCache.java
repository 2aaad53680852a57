package io.github.jimagekit.jcache;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * A state cache over JSR-107 (JCache): any provider serves, and a clustered one (Hazelcast,
 * Redisson over Redis) shares states and generation leases between servers, so that a file is
 * generated once across the cluster.
 *
 * <p>A lease is taken with the cache's atomic {@code putIfAbsent}, or {@code replace(key, old,
 * new)} over the exact value read. Values are short text in a versioned format
 * ({@link StoredState}) that carries each state's deadline: a lease or a failure expires at its
 * own deadline, a missing file after {@code imagekit.cache.missing-timeout}, an existing one after
 * {@code imagekit.cache.timeout} (never by default). JCache has no per-entry time to live, so
 * the deadline is checked when the value is read: an expired value reads as absent, is removed
 * (only if unchanged), and may be replaced by a new lease. Deadlines are wall-clock instants, so
 * the servers' clocks must agree to well within a lease.
 *
 * <p>Made by {@code imagekit.cache.backend=io.github.jimagekit.jcache.JCacheStateCache} from the
 * {@link JCacheKeys} settings, or in code with {@link #using(CacheManager, ImageKitConfig)} or
 * {@link #using(Cache, StateTimeouts, Clock, String)}. Closing it closes the cache manager it
 * opened itself, never one it was given.
 */
public final class JCacheStateCache implements StateCache {

    private static final System.Logger LOG = System.getLogger(JCacheStateCache.class.getName());

    private final Cache<String, String> cache;
    private final StateTimeouts timeouts;
    private final Clock clock;
    private final String prefix;
    private final AutoCloseable opened;

    private JCacheStateCache(Cache<String, String> cache, StateTimeouts timeouts, Clock clock,
            String prefix, AutoCloseable opened) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.opened = opened;
    }

    /**
     * Opens the state cache the {@code imagekit.jcache.*} settings describe: the provider, its
     * cache manager for the URI and properties, and the cache, created if missing.
     *
     * @param config the kit's settings
     * @throws io.github.jimagekit.config.InvalidConfigurationException naming the setting when
     *     the provider cannot be loaded, or the cache is missing and may not be created
     */
    public JCacheStateCache(ImageKitConfig config) {
        this(CacheOpener.open(config), config);
    }

    private JCacheStateCache(CacheOpener.Opened opened, ImageKitConfig config) {
        this(opened.cache(), timeouts(config), Clock.systemUTC(),
                config.raw(ConfigKey.CACHE_PREFIX), opened.manager());
    }

    /**
     * Makes a state cache in a cache manager of the application's own: the cache named by
     * {@code imagekit.jcache.cache}, created if missing and {@code imagekit.jcache.create}
     * allows. Closing the state cache leaves the manager open.
     *
     * @param manager the cache manager
     * @param config  the kit's settings: the cache's name, the timeouts, the key prefix
     * @return the state cache
     * @throws io.github.jimagekit.config.InvalidConfigurationException when the cache is
     *     missing and may not be created
     */
    public static JCacheStateCache using(CacheManager manager, ImageKitConfig config) {
        Cache<String, String> cache = CacheOpener.cache(manager, config.get(JCacheKeys.CACHE),
                config.get(JCacheKeys.CREATE), timeouts(config));
        return new JCacheStateCache(cache, timeouts(config), Clock.systemUTC(),
                config.raw(ConfigKey.CACHE_PREFIX), null);
    }

    /**
     * Makes a state cache in a given cache of text keys and values. Closing the state cache
     * leaves the cache open.
     *
     * @param cache    the cache; its values are written in the {@link StoredState} format
     * @param timeouts how long states are kept
     * @param clock    the clock that deadlines are checked with
     * @param prefix   prepended to every key ({@code imagekit.cache.prefix})
     * @return the state cache
     */
    public static JCacheStateCache using(Cache<String, String> cache, StateTimeouts timeouts,
            Clock clock, String prefix) {
        return new JCacheStateCache(cache, timeouts, clock, prefix, null);
    }

    /**
     * Reads the {@code imagekit.cache.*} timeouts.
     *
     * @param config the kit's settings
     * @return the timeouts
     */
    static StateTimeouts timeouts(ImageKitConfig config) {
        return new StateTimeouts(config.duration(ConfigKey.CACHE_TIMEOUT),
                config.duration(ConfigKey.CACHE_MISSING_TIMEOUT).orElseThrow(),
                config.duration(ConfigKey.CACHE_FAILURE_TIMEOUT).orElseThrow(),
                config.duration(ConfigKey.CACHE_GENERATING_LEASE).orElseThrow());
    }

    @Override
    public Optional<CacheFileState> get(String name) {
        String key = prefix + name;
        String raw = cache.get(key);
        return raw == null ? Optional.empty() : live(key, raw).map(StoredState::state);
    }

    @Override
    public Map<String, CacheFileState> getAll(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(prefix + n));
        Map<String, String> raws = cache.getAll(keys);
        Map<String, CacheFileState> found = new LinkedHashMap<>();
        for (String n : names) {
            String key = prefix + n;
            String raw = raws.get(key);
            if (raw != null) {
                live(key, raw).ifPresent(s -> found.put(n, s.state()));
            }
        }
        return found;
    }

    @Override
    public void put(String name, CacheFileState state) {
        cache.put(prefix + name, stored(state));
    }

    @Override
    public boolean replace(String name, CacheFileState expected, CacheFileState update) {
        String key = prefix + name;
        String next = stored(update);
        if (expected == null) {
            while (!cache.putIfAbsent(key, next)) {
                String raw = cache.get(key);
                if (raw != null) {
                    // taken over only when what is there no longer counts
                    return decodeLive(raw).isEmpty() && cache.replace(key, raw, next);
                }
                // removed between the two calls: try again
            }
            return true;
        }
        String raw = cache.get(key);
        return raw != null && decodeLive(raw).filter(s -> s.state().equals(expected)).isPresent()
                && cache.replace(key, raw, next);
    }

    @Override
    public void remove(String name) {
        cache.remove(prefix + name);
    }

    /**
     * Tells whether the JCache cache is still open; a health check reads it.
     *
     * @return {@code false} once the cache or its manager is closed
     */
    @Override
    public boolean isOpen() {
        return !cache.isClosed();
    }

    @Override
    public void close() {
        if (opened != null) {
            try {
                opened.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "cannot close the JCache cache manager of cache \""
                        + cache.getName() + "\": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "JCacheStateCache(" + cache.getName() + ", " + prefix + ")";
    }

    private String stored(CacheFileState state) {
        return StoredState.of(state, clock.millis(), timeouts).encode();
    }

    /** The value if it still counts; else removes it, if nobody changed it meanwhile. */
    private Optional<StoredState> live(String key, String raw) {
        Optional<StoredState> s = decodeLive(raw);
        if (s.isEmpty()) {
            cache.remove(key, raw);
        }
        return s;
    }

    private Optional<StoredState> decodeLive(String raw) {
        Optional<StoredState> s = StoredState.decode(raw);
        if (s.isEmpty()) {
            LOG.log(Level.DEBUG, () -> "state of an unknown format, taken as absent: " + raw);
        }
        return s.filter(v -> v.isLive(clock.millis()));
    }
}
