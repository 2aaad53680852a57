package io.github.jimagekit.jcache;

import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.spi.CachingProvider;

/** Opens the provider, cache manager and cache that the {@code imagekit.jcache.*} settings name. */
final class CacheOpener {

    /**
     * What the settings opened.
     *
     * @param manager the cache manager, which the state cache closes
     * @param cache   the states' cache
     */
    record Opened(CacheManager manager, Cache<String, String> cache) {
    }

    private CacheOpener() {
    }

    /**
     * Opens the cache the settings name.
     *
     * @param config the kit's settings
     * @return the cache and its manager
     * @throws InvalidConfigurationException naming the setting at fault
     */
    static Opened open(ImageKitConfig config) {
        ClassLoader loader = loader();
        CachingProvider provider = provider(config.get(JCacheKeys.PROVIDER), loader);
        String uri = config.get(JCacheKeys.URI);
        Properties properties = new Properties();
        properties.putAll(config.get(JCacheKeys.PROPERTIES));
        CacheManager manager;
        try {
            // the provider's own class loader, not the application's: some providers (Hazelcast)
            // name the shared cache after a class loader that is not theirs, which would differ
            // from node to node; the values are text, read with no application class
            manager = provider.getCacheManager(uri.isEmpty() ? provider.getDefaultURI()
                    : URI.create(uri), provider.getDefaultClassLoader(), properties);
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException("setting \"" + JCacheKeys.URI.name()
                    + "\": cannot open the cache manager of \"" + uri + "\" with "
                    + provider.getClass().getName() + ": " + e.getMessage(), e,
                    JCacheKeys.URI.name());
        }
        try {
            return new Opened(manager, cache(manager, config.get(JCacheKeys.CACHE),
                    config.get(JCacheKeys.CREATE), JCacheStateCache.timeouts(config)));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Finds the cache, or creates it: text keys and values, kept by value, purged by the
     * provider no sooner than the longest timeout when every timeout is finite.
     *
     * @throws InvalidConfigurationException when the cache is missing and may not be created
     */
    static Cache<String, String> cache(CacheManager manager, String name, boolean create,
            StateTimeouts timeouts) {
        Cache<String, String> found = find(manager, name);
        if (found != null) {
            return found;
        }
        if (!create) {
            throw new InvalidConfigurationException("setting \"" + JCacheKeys.CACHE.name()
                    + "\": the cache manager " + manager.getURI() + " has no cache \"" + name
                    + "\", and " + JCacheKeys.CREATE.name() + " is false",
                    null, JCacheKeys.CACHE.name());
        }
        MutableConfiguration<String, String> c = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class).setStoreByValue(true)
                .setExpiryPolicyFactory(expiry(timeouts));
        try {
            return manager.createCache(name, c);
        } catch (CacheException e) {
            // another node created it meanwhile
            Cache<String, String> other = find(manager, name);
            if (other == null) {
                throw e;
            }
            return other;
        }
    }

    @SuppressWarnings("unchecked")
    private static Cache<String, String> find(CacheManager manager, String name) {
        try {
            return manager.getCache(name, String.class, String.class);
        } catch (IllegalArgumentException | ClassCastException e) {
            // configured in the provider without types: strings are what it is given
            return (Cache<String, String>) (Cache<?, ?>) manager.getCache(name);
        }
    }

    /**
     * Eternal entries when an existing file is remembered forever (the default); else entries
     * the provider may drop after the longest timeout, when they have expired anyway.
     */
    static Factory<ExpiryPolicy> expiry(StateTimeouts timeouts) {
        if (timeouts.exists().isEmpty()) {
            return EternalExpiryPolicy.factoryOf();
        }
        Duration longest = Stream.of(timeouts.exists().get(), timeouts.missing(),
                timeouts.failure(), timeouts.lease()).max(Duration::compareTo).orElseThrow();
        return ModifiedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(
                TimeUnit.MILLISECONDS, longest.toMillis()));
    }

    private static CachingProvider provider(String className, ClassLoader loader) {
        try {
            return className.isBlank() ? Caching.getCachingProvider(loader)
                    : Caching.getCachingProvider(className.strip(), loader);
        } catch (CacheException e) {
            throw new InvalidConfigurationException("setting \"" + JCacheKeys.PROVIDER.name()
                    + "\": cannot load the JCache provider \"" + className + "\": "
                    + e.getMessage(), e, JCacheKeys.PROVIDER.name());
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CacheOpener.class.getClassLoader();
    }
}
