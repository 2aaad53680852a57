package io.github.jimagekit;

import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.source.Source;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Remembers the cache file of each generator id and arguments as the template gave them, so a
 * warm render skips source resolution, generator creation and hashing: one map lookup. An entry
 * is trusted as long as a source version is ({@code imagekit.source.version-ttl}), so a replaced
 * source is still noticed; arguments holding application objects (whose equality is not known)
 * are not remembered here.
 */
final class FileMemo {

    static final int MAX_ENTRIES = 50_000;

    private record Key(String generatorId, Map<String, ?> arguments) {
    }

    private record Entry(ImageCacheFile file, long at) {
    }

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long ttlMillis;

    FileMemo(Clock clock, long ttlMillis) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttlMillis = ttlMillis;
    }

    ImageCacheFile get(String generatorId, Map<String, ?> arguments,
            Supplier<ImageCacheFile> resolve) {
        if (ttlMillis <= 0 || !isPlain(arguments)) {
            return resolve.get();
        }
        Entry e = entries.get(new Key(generatorId, arguments));
        long now = clock.millis();
        if (e != null && now - e.at < ttlMillis) {
            return e.file;
        }
        ImageCacheFile f = resolve.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(new Key(generatorId, Map.copyOf(arguments)), new Entry(f, now));
        return f;
    }

    void forget(String sourceName) {
        entries.values().removeIf(e -> e.file.generator().source().map(Source::name)
                .filter(sourceName::equals).isPresent());
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
