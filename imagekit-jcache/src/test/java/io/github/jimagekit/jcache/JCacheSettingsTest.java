package io.github.jimagekit.jcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.nio.file.Path;
import java.util.Map;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state cache named by {@code imagekit.cache.backend} and made from the settings. */
final class JCacheSettingsTest {

    @TempDir
    Path storage;

    private ImageKitConfig.Builder settings() {
        return ImageKitConfig.builder()
                .set("imagekit.storage.root", storage.toString())
                .set("imagekit.cache.backend", JCacheStateCache.class.getName())
                .set("imagekit.jcache.provider", EhcacheProviderTest.PROVIDER)
                .set("imagekit.jcache.cache", "settings-states");
    }

    @Test
    void build_cacheBackendSetting_usesTheJCacheAndClosesItsManager() {
        CachingProvider provider = Caching.getCachingProvider(EhcacheProviderTest.PROVIDER);
        CacheManager manager;
        JCacheStateCache states;
        try (ImageKit kit = ImageKit.builder().config(settings().build()).build()) {
            states = (JCacheStateCache) kit.cacheFiles().stateCache();
            assertThat(states.isOpen()).isTrue();
            kit.cacheFiles().stateCache().put("a.png", new CacheFileState.Exists(2, 1, "PNG", 9));
            manager = provider.getCacheManager(provider.getDefaultURI(),
                    provider.getDefaultClassLoader());

            assertThat(kit.cacheFiles().stateCache()).isInstanceOf(JCacheStateCache.class)
                    .hasToString("JCacheStateCache(settings-states, imagekit:)");
            assertThat(manager.getCache("settings-states", String.class, String.class)
                    .get("imagekit:a.png")).isEqualTo("1|E|-|2|1|9|PNG");
        }
        assertThat(manager.isClosed()).isTrue();
        assertThat(states.isOpen()).as("what the health check reads").isFalse();
    }

    @Test
    void build_missingCacheNotToBeCreated_failsNamingTheCache() {
        ImageKitConfig config = settings().set("imagekit.jcache.create", "false")
                .set("imagekit.jcache.cache", "never-created").build();
        String uri = Caching.getCachingProvider(EhcacheProviderTest.PROVIDER).getDefaultURI()
                .toString();

        assertThatThrownBy(() -> new JCacheStateCache(config))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.jcache.cache\": the cache manager " + uri
                        + " has no cache \"never-created\", and imagekit.jcache.create is false");
    }

    @Test
    void build_unknownProvider_failsNamingTheSetting() {
        ImageKitConfig config = settings().set("imagekit.jcache.provider", "com.example.Nope")
                .build();

        assertThatThrownBy(() -> new JCacheStateCache(config))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("setting \"imagekit.jcache.provider\": cannot load the"
                        + " JCache provider \"com.example.Nope\": ");
    }

    @Test
    void properties_pairs_parsedInOrder() {
        assertThat(JCacheKeys.properties(" a.b = 1 ,, c=x=y ")).containsExactly(
                Map.entry("a.b", "1"), Map.entry("c", "x=y"));
        assertThatThrownBy(() -> JCacheKeys.properties("a=1,oops"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be name=value pairs separated by commas; \"oops\" has no"
                        + " name=");
        assertThatThrownBy(() -> settings().set("imagekit.jcache.properties", "=1").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("imagekit.jcache.properties");
    }
}
