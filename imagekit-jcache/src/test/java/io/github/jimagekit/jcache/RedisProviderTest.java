package io.github.jimagekit.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.config.ImageKitConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract on Redis through Redisson's JCache: a {@code redis-server} started by the test;
 * the two "nodes" are two Redisson clients, each opened from the settings as a server would
 * (provider class, a Redisson YAML file as the URI, the cache created if missing).
 */
final class RedisProviderTest extends StateCacheContract {

    static final String PROVIDER = "org.redisson.jcache.JCachingProvider";

    @TempDir
    static Path dir;
    private static RedisServer redis;
    private static final List<JCacheStateCache> NODES = new ArrayList<>();
    private static final List<Cache<String, String>> CACHES = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        redis = RedisServer.start();
        for (int i = 0; i < 2; i++) {
            NODES.add(new JCacheStateCache(settings(i)));
            CACHES.add(manager(i).getCache(JCacheKeys.DEFAULT_CACHE, String.class,
                    String.class));
        }
    }

    /** A node's settings: its own YAML file (so its own client), the same server and cache. */
    static ImageKitConfig settings(int node) {
        Path yaml = dir.resolve("redisson-" + node + ".yaml");
        try {
            Files.writeString(yaml, "singleServerConfig:\n  address: \"" + redis.address()
                    + "\"\n  connectionMinimumIdleSize: 2\n  connectionPoolSize: 8\n"
                    + "threads: 2\nnettyThreads: 4\n"
                    + "codec: !<org.redisson.client.codec.StringCodec> {}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ImageKitConfig.builder()
                .set("imagekit.cache.backend", JCacheStateCache.class.getName())
                .set("imagekit.jcache.provider", PROVIDER)
                .set("imagekit.jcache.uri", yaml.toUri().toString()).build();
    }

    /** The manager a node's state cache opened: JCache keeps one per provider and URI. */
    private static CacheManager manager(int node) {
        CachingProvider provider = Caching.getCachingProvider(PROVIDER);
        return provider.getCacheManager(dir.resolve("redisson-" + node + ".yaml").toUri(),
                provider.getDefaultClassLoader());
    }

    @AfterAll
    static void stop() {
        NODES.forEach(JCacheStateCache::close);
        NODES.clear();
        CACHES.clear();
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    Cache<String, String> cache(int node) {
        return CACHES.get(node);
    }

    @Test
    void close_stateCacheFromSettings_closesTheManagerItOpened() {
        StateCache states = new JCacheStateCache(settings(5));
        CacheManager manager = manager(5);
        states.put("a", new CacheFileState.Exists(3, 2, "PNG", 70));

        states.close();

        assertThat(manager.isClosed()).isTrue();
        assertThat(NODES.get(0).get("a")).contains(new CacheFileState.Exists(3, 2, "PNG", 70));
        assertThat(CACHES.get(1).get("imagekit:a")).isEqualTo("1|E|-|3|2|70|PNG");
    }
}
