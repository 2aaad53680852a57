package io.github.jimagekit.cachefile;

import java.util.Map;

/**
 * Finds the cache file of a registered generator from a generator id and the arguments a
 * template or an application gave, {@code source} among them as any value the source
 * resolvers accept: what the template renderer and the source events ask of the application's
 * kit ({@code ImageKit.cacheFile}).
 */
@FunctionalInterface
public interface CacheFileLookup {

    /**
     * Returns a cache file; nothing is generated until its URL, size or content is asked for.
     *
     * @param generatorId a registered id, such as {@code "myapp:profile:avatar"}
     * @param arguments   the generator's arguments
     * @return the cache file
     * @throws io.github.jimagekit.error.NotRegisteredException when the id is unknown
     * @throws io.github.jimagekit.error.MissingSourceException when the source is absent or does
     *     not exist
     * @throws IllegalArgumentException when an argument is not accepted or malformed
     */
    ImageCacheFile cacheFile(String generatorId, Map<String, ?> arguments);
}
