package io.github.jimagekit.template;

import io.github.jimagekit.internal.BoundedMemo;
import io.github.jimagekit.source.Source;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers what a warm request rendered to, so that the next page asking the same (same spec,
 * source, geometry, arguments and attributes, in the same order) gets the finished
 * {@code <img>} from one map lookup: no argument map, no geometry parsing, no cache-file lookup,
 * no escaping. Only images whose size is known are remembered, never a fallback or an omission,
 * and only requests whose values compare by value (text, numbers, booleans, paths, sources).
 *
 * <p>An entry is trusted for as long as the kit trusts a source version
 * ({@code imagekit.source.version-ttl}): a replaced source shows within twice that time, and
 * at once when the application reports it ({@code ImageKit.forgetFilesOf}). Beyond
 * {@value #MAX_ENTRIES} requests it evicts one not asked for lately per new one
 * ({@link BoundedMemo}).
 */
final class RenderMemo {

    /** Beyond this many entries the memo evicts one for each it adds. */
    static final int MAX_ENTRIES = 50_000;

    /**
     * A remembered rendering.
     *
     * @param result what {@link ImageTagRenderer#render} returned
     * @param html   the {@code <img>} it writes
     */
    record Entry(ImageTagRenderer.Result result, String html) {
    }

    private final BoundedMemo<Key, Entry> entries;

    RenderMemo(Clock clock, long ttlMillis) {
        this.entries = BoundedMemo.expiring(MAX_ENTRIES, Duration.ofMillis(ttlMillis), clock);
    }

    /** Returns the fresh entry of a request, or {@code null}. */
    Entry get(ImageTag tag) {
        if (!entries.remembers() || !isPlain(tag)) {
            return null;
        }
        return entries.get(new Key(tag));
    }

    /** Remembers an image rendered for a request. */
    void put(ImageTag tag, ImageTagRenderer.Result result, String sourceName) {
        if (!entries.remembers() || !isPlain(tag)) {
            return;
        }
        entries.put(new Key(tag), new Entry(result, result.html()), sourceName);
    }

    /** Forgets the renderings of a source. */
    void forget(String sourceName) {
        entries.forget(sourceName);
    }

    private static boolean isPlain(ImageTag tag) {
        if (!isPlain(tag.source())) {
            return false;
        }
        if (tag.arguments().isEmpty()) {
            // the usual case; spares the iterator
            return true;
        }
        for (Object v : tag.arguments().values()) {
            if (!isPlain(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlain(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Source || v instanceof Path || v instanceof File;
    }

    /** A request compared by value, attributes and arguments in order. */
    private static final class Key {

        private final ImageTag tag;
        private final int hash;

        Key(ImageTag tag) {
            this.tag = tag;
            int h = Objects.hash(tag.spec(), tag.source(), tag.geometry());
            this.hash = 31 * (31 * h + orderedHash(tag.arguments()))
                    + orderedHash(tag.attributes());
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.hash != hash) {
                return false;
            }
            ImageTag t = k.tag;
            return Objects.equals(t.spec(), tag.spec()) && Objects.equals(t.source(), tag.source())
                    && Objects.equals(t.geometry(), tag.geometry())
                    && orderedEquals(t.arguments(), tag.arguments())
                    && orderedEquals(t.attributes(), tag.attributes());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static int orderedHash(Map<String, ?> m) {
            if (m.isEmpty()) {
                return 0;
            }
            int h = 1;
            for (Map.Entry<String, ?> e : m.entrySet()) {
                h = 31 * (31 * h + e.getKey().hashCode()) + e.getValue().hashCode();
            }
            return h;
        }

        private static boolean orderedEquals(Map<String, ?> a, Map<String, ?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            if (a.isEmpty()) {
                return true;
            }
            Iterator<? extends Map.Entry<String, ?>> i = a.entrySet().iterator();
            for (Map.Entry<String, ?> e : b.entrySet()) {
                Map.Entry<String, ?> f = i.next();
                if (!e.getKey().equals(f.getKey()) || !e.getValue().equals(f.getValue())) {
                    return false;
                }
            }
            return true;
        }
    }
}
