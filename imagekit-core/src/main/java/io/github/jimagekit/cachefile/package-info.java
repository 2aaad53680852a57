/**
 * Cache files, the caching layer's heart: {@link io.github.jimagekit.cachefile.CacheFileNamer}
 * names them from their generator.
 */
package io.github.jimagekit.cachefile;
