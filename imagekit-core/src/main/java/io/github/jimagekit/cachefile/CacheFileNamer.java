package io.github.jimagekit.cachefile;

import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.storage.StorageNames;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names a generator's cache file: pure computation from the source name, the generator's hash
 * and its format, never I/O. django-imagekit's three layouts are built in; for a source
 * {@code photos/thumbnails/bulldog.jpg} and cache directory {@code CACHE/images}:
 *
 * <ul>
 *   <li>{@link #sourceNameAsPath(String)} (specs' default):
 *       {@code CACHE/images/photos/thumbnails/bulldog/5ff3233527c5ac3e4b596343b440ff67.jpg};
 *   <li>{@link #sourceNameDotHash(String)}:
 *       {@code CACHE/images/photos/thumbnails/bulldog.5ff3233527c5.jpg};
 *   <li>{@link #hash(String)}: {@code CACHE/images/5ff3233527c5ac3e4b596343b440ff67.jpg}.
 * </ul>
 *
 * <p>Generators without a source are named as by {@link #hash(String)} in every layout. The two
 * layouts that name files after their source also say where a source's files are
 * ({@link #filesOf(Source)}), so that they can be deleted with it.
 */
@FunctionalInterface
public interface CacheFileNamer {

    /**
     * Names a generator's cache file.
     *
     * @param generator the generator
     * @return a storage name
     */
    String name(ImageGenerator generator);

    /**
     * Says where this namer puts the cache files of a source, of every generator and every
     * source version: what a deleted source's files are found by.
     *
     * @param source a source
     * @return the directory to list and the pattern the names match; empty when the names
     *     cannot be told from the source alone (the {@code hash} layout, and by default)
     */
    default Optional<Listing> filesOf(Source source) {
        return Optional.empty();
    }

    /**
     * Where the cache files of one source are.
     *
     * @param directory the storage directory that holds them ({@code ""} for the root)
     * @param names     the pattern their storage names match
     */
    record Listing(String directory, Pattern names) {

        /**
         * Tells whether a storage name is one of the files.
         *
         * @param name a storage name from the directory
         * @return whether it matches
         */
        public boolean matches(String name) {
            return names.matcher(name).matches();
        }
    }

    /**
     * The layout that mirrors the source's path: one directory per source, one file per spec.
     *
     * @param cacheDir the cache directory, such as {@code "CACHE/images"}
     * @return the namer
     */
    static CacheFileNamer sourceNameAsPath(String cacheDir) {
        return new SourceNamedLayout(prefix(cacheDir), "/", 0);
    }

    /**
     * The layout that keeps the source's directory and base name and adds 12 hash digits.
     *
     * @param cacheDir the cache directory, such as {@code "CACHE/images"}
     * @return the namer
     */
    static CacheFileNamer sourceNameDotHash(String cacheDir) {
        return new SourceNamedLayout(prefix(cacheDir), ".", 12);
    }

    /**
     * The flat layout: every file directly in the cache directory, named by its hash.
     *
     * @param cacheDir the cache directory, such as {@code "CACHE/images"}
     * @return the namer
     */
    static CacheFileNamer hash(String cacheDir) {
        String dir = prefix(cacheDir);
        return g -> dir + g.hash() + g.format().extension();
    }

    /**
     * Finds a built-in layout by its setting name.
     *
     * @param layout   {@code source-name-as-path}, {@code source-name-dot-hash} or {@code hash}
     * @param cacheDir the cache directory
     * @return the namer
     * @throws IllegalArgumentException naming the value when it is none of those
     */
    static CacheFileNamer forName(String layout, String cacheDir) {
        switch (layout.strip().toLowerCase(Locale.ROOT)) {
            case "source-name-as-path":
                return sourceNameAsPath(cacheDir);
            case "source-name-dot-hash":
                return sourceNameDotHash(cacheDir);
            case "hash":
                return hash(cacheDir);
            default:
                throw new IllegalArgumentException("\"" + layout + "\" is not a cache file namer"
                        + " (source-name-as-path, source-name-dot-hash, hash)");
        }
    }

    private static String prefix(String cacheDir) {
        String d = StorageNames.checkDirectory(cacheDir);
        return d.isEmpty() ? "" : d + "/";
    }
}
