package io.github.jimagekit.cachefile;

import java.util.Locale;

/**
 * When cache files are generated: django-imagekit's cache file strategies. Every callback is a
 * no-op by default; {@link #shouldVerifyExistence} defaults to asking the storage (through the
 * state cache) only for asynchronous backends, as django-imagekit does.
 *
 * <ul>
 *   <li>{@link #justInTime()} (the default): generate right before the file is needed;
 *   <li>{@link #optimistic()}: generate when the source is saved, and otherwise assume the file
 *       exists (no check at all when a page is rendered);
 *   <li>{@link #generateOnSave()}: generate when the source is saved, and still verify
 *       existence, so {@link ImageCacheFile#isReady()} stays truthful with an async backend
 *       (the strategy django-imagekit's documentation asks users to write themselves).
 * </ul>
 */
public interface CacheFileStrategy {

    /**
     * Called when a file must exist (its URL, path, width or height is asked for).
     *
     * @param file the cache file
     */
    default void onExistenceRequired(ImageCacheFile file) {
    }

    /**
     * Called when a file's content is needed ({@link ImageCacheFile#openStream()}).
     *
     * @param file the cache file
     */
    default void onContentRequired(ImageCacheFile file) {
    }

    /**
     * Called when the file's source was saved (created or replaced).
     *
     * @param file the cache file
     */
    default void onSourceSaved(ImageCacheFile file) {
    }

    /**
     * Tells whether {@link ImageCacheFile#isReady()} checks that the file exists, or trusts the
     * strategy.
     *
     * @param file the cache file
     * @return by default, whether the file's backend is asynchronous
     */
    default boolean shouldVerifyExistence(ImageCacheFile file) {
        return file.backend().isAsync();
    }

    /**
     * Returns the strategy that generates files right before they are needed.
     *
     * @return the just-in-time strategy
     */
    static CacheFileStrategy justInTime() {
        return Strategies.JUST_IN_TIME;
    }

    /**
     * Returns the strategy that generates files when their source is saved and never checks
     * them when a page is rendered.
     *
     * @return the optimistic strategy
     */
    static CacheFileStrategy optimistic() {
        return Strategies.OPTIMISTIC;
    }

    /**
     * Returns the strategy that generates files when their source is saved and still verifies
     * existence when asked.
     *
     * @return the generate-on-save strategy
     */
    static CacheFileStrategy generateOnSave() {
        return Strategies.GENERATE_ON_SAVE;
    }

    /**
     * Finds a built-in strategy by its setting name.
     *
     * @param name {@code just-in-time}, {@code optimistic} or {@code generate-on-save}
     * @return the strategy
     * @throws IllegalArgumentException naming the value when it is none of those
     */
    static CacheFileStrategy forName(String name) {
        for (Strategies s : Strategies.values()) {
            if (s.settingName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not a cache file strategy"
                + " (just-in-time, optimistic, generate-on-save)");
    }
}
