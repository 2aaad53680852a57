package io.github.jimagekit.jcache;

import io.github.jimagekit.config.SettingKey;
import io.github.jimagekit.config.SettingKeys;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code imagekit.jcache.*} settings that {@link JCacheStateCache}'s settings constructor
 * reads ({@code imagekit.cache.backend=io.github.jimagekit.jcache.JCacheStateCache}). Listed in
 * {@code META-INF/services/io.github.jimagekit.config.SettingKeys}, so that the kit's settings
 * accept and check them wherever this jar is on the class path.
 */
public final class JCacheKeys implements SettingKeys {

    /** The default {@link #CACHE}. */
    public static final String DEFAULT_CACHE = "imagekit-states";

    /** The class name of the {@code CachingProvider}; empty for JCache's default provider. */
    public static final SettingKey<String> PROVIDER = SettingKey.text("imagekit.jcache.provider",
            "", "The JCache CachingProvider's class name, such as"
                    + " com.hazelcast.cache.HazelcastMemberCachingProvider; empty: the only"
                    + " provider on the class path.");

    /** The name of the cache that holds the states. */
    public static final SettingKey<String> CACHE = SettingKey.of("imagekit.jcache.cache",
            DEFAULT_CACHE, "The name of the cache that holds the states.", JCacheKeys::cacheName);

    /** The provider's configuration URI; empty for the provider's default. */
    public static final SettingKey<String> URI = SettingKey.of("imagekit.jcache.uri", "",
            "The URI of the provider's configuration (a Redisson YAML file, an ehcache.xml,"
                    + " ...); empty: the provider's default.", JCacheKeys::uri);

    /** Properties handed to the provider with the URI. */
    public static final SettingKey<Map<String, String>> PROPERTIES = SettingKey.of(
            "imagekit.jcache.properties", "", "Properties handed to the provider, as"
                    + " name=value pairs separated by commas, such as"
                    + " hazelcast.instance.name=web.", JCacheKeys::properties);

    /** Whether the cache is created when the provider has none of that name. */
    public static final SettingKey<Boolean> CREATE = SettingKey.bool("imagekit.jcache.create",
            true, "Whether the cache is created when the provider has none of that name"
                    + " (false: it must be configured in the provider).");

    /** Creates the provider; {@link java.util.ServiceLoader} does this. */
    public JCacheKeys() {
        // found with ServiceLoader
    }

    @Override
    public List<SettingKey<?>> keys() {
        return List.of(PROVIDER, CACHE, URI, PROPERTIES, CREATE);
    }

    private static String cacheName(String v) {
        String name = v.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("must name a cache, such as " + DEFAULT_CACHE);
        }
        return name;
    }

    private static String uri(String v) {
        String s = v.strip();
        if (!s.isEmpty()) {
            try {
                java.net.URI.create(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a URI such as"
                        + " file:///etc/redisson-jcache.yaml (" + e.getMessage() + ")", e);
            }
        }
        return s;
    }

    static Map<String, String> properties(String v) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String pair : v.split(",")) {
            String p = pair.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("must be name=value pairs separated by"
                        + " commas; \"" + p + "\" has no name=");
            }
            found.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return Collections.unmodifiableMap(found);
    }
}
