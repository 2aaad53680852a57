package io.github.jimagekit.jcache;

import io.github.jimagekit.cachefile.StateTimeouts;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract on Ehcache's own JCache provider: one JVM, so both "nodes" share one cache. */
final class EhcacheProviderTest extends StateCacheContract {

    static final String PROVIDER = "org.ehcache.jsr107.EhcacheCachingProvider";

    private static CacheManager manager;
    private static Cache<String, String> cache;

    @BeforeAll
    static void start() {
        manager = Caching.getCachingProvider(PROVIDER).getCacheManager();
        cache = CacheOpener.cache(manager, "contract-states", true, StateTimeouts.DEFAULT);
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    @Override
    Cache<String, String> cache(int node) {
        return cache;
    }
}
