package io.github.jimagekit;

import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.internal.BoundedMemo;
import io.github.jimagekit.source.Source;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers the cache file of each generator id and arguments as the template gave them, so a
 * warm render skips source resolution, generator creation and hashing: one map lookup. An entry
 * is trusted as long as a source version is ({@code imagekit.source.version-ttl}), so a replaced
 * source is still noticed; arguments holding application objects (whose equality is not known)
 * are not remembered here. Beyond {@value #MAX_ENTRIES} entries it evicts one not asked for
 * lately per new one ({@link BoundedMemo}).
 */
final class FileMemo {

    static final int MAX_ENTRIES = 50_000;

    private record Key(String generatorId, Map<String, ?> arguments) {
    }

    private final BoundedMemo<Key, ImageCacheFile> entries;

    FileMemo(Clock clock, long ttlMillis) {
        this.entries = BoundedMemo.expiring(MAX_ENTRIES, Duration.ofMillis(ttlMillis), clock);
    }

    ImageCacheFile get(String generatorId, Map<String, ?> arguments,
            Supplier<ImageCacheFile> resolve) {
        if (!entries.remembers() || !isPlain(arguments)) {
            return resolve.get();
        }
        ImageCacheFile f = entries.get(new Key(generatorId, arguments));
        if (f != null) {
            return f;
        }
        f = resolve.get();
        entries.put(new Key(generatorId, Map.copyOf(arguments)), f,
                f.generator().source().map(Source::name).orElse(null));
        return f;
    }

    void forget(String sourceName) {
        entries.forget(sourceName);
    }

    void clear() {
        entries.clear();
    }

    /** Arguments whose equality is value equality, so the template's own values can be keys. */
    private static boolean isPlain(Map<String, ?> arguments) {
        for (Object v : arguments.values()) {
            if (!(v instanceof CharSequence || v instanceof Number || v instanceof Boolean
                    || v instanceof Source || v instanceof Path || v instanceof File)) {
                return false;
            }
        }
        return true;
    }
}
