/**
 * A state cache over JSR-107 (JCache): {@link io.github.jimagekit.jcache.JCacheStateCache},
 * made from the {@code imagekit.jcache.*} settings ({@link io.github.jimagekit.jcache.JCacheKeys})
 * by {@code imagekit.cache.backend}, or in code over a {@code CacheManager} or {@code Cache} of
 * the application's own. Any JCache provider serves; a clustered one (Hazelcast, Redisson over
 * Redis) shares cache file states and generation leases between servers.
 */
package io.github.jimagekit.jcache;
