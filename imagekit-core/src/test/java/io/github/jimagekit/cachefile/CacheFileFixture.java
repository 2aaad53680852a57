package io.github.jimagekit.cachefile;

import io.github.jimagekit.internal.MeteredStorage;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.MutableClock;
import io.github.jimagekit.testing.TestImaging;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.provider.Arguments;

/** One cache-file layer for a strategy × backend × state-cache combination, and its probes. */
final class CacheFileFixture implements AutoCloseable {

    /** The state caches under test. */
    enum Cache { EHCACHE, MEMORY, NONE }

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final MeteredStorage storage;
    final TestImaging imaging = new TestImaging();
    final CacheFiles files;
    final CountingGenerator generator;
    final String strategyName;
    final String backendName;
    final Cache cache;

    CacheFileFixture(Path dir, String strategy, String backend, Cache cache) {
        this(dir, strategy, backend, cache, null);
    }

    CacheFileFixture(Path dir, String strategy, String backend, Cache cache, Path diskDir) {
        this.strategyName = strategy;
        this.backendName = backend;
        this.cache = cache;
        this.storage = new MeteredStorage(new FileSystemStorage(dir.resolve("media"), "/media/"));
        StateTimeouts timeouts = StateTimeouts.DEFAULT;
        StateCache states = switch (cache) {
            case EHCACHE -> StateCache.ehcache(timeouts, "imagekit:", 1000, diskDir, 16,
                    Duration.ofMinutes(1));
            case MEMORY -> StateCache.inMemory(timeouts, clock, "imagekit:");
            case NONE -> StateCache.none();
        };
        this.files = CacheFiles.builder()
                .storage(storage)
                .stateCache(states)
                .backend(backend.equals("async") ? CacheFileBackend.async(2, 100)
                        : CacheFileBackend.simple())
                .strategy(CacheFileStrategy.forName(strategy))
                .imaging(imaging)
                .timeouts(timeouts)
                .clock(clock)
                .build();
        this.generator = CountingGenerator.of("thumb",
                Source.of(storage.delegate(), "photos/dog.jpg").withVersion("1"),
                new Size(120, 80));
    }

    /** Every strategy × backend × state cache. */
    static List<Arguments> all() {
        List<Arguments> all = new ArrayList<>();
        for (String s : List.of("just-in-time", "optimistic", "generate-on-save")) {
            for (String b : List.of("simple", "async")) {
                for (Cache c : Cache.values()) {
                    all.add(Arguments.of(s, b, c));
                }
            }
        }
        return all;
    }

    /** Every combination whose state cache remembers. */
    static List<Arguments> remembering() {
        return all().stream().filter(a -> a.get()[2] != Cache.NONE).toList();
    }

    boolean isJustInTime() {
        return strategyName.equals("just-in-time");
    }

    boolean isAsync() {
        return backendName.equals("async");
    }

    String expectedName() {
        return "CACHE/images/photos/dog/" + generator.hash() + ".png";
    }

    ImageCacheFile fresh() {
        return files.file(generator);
    }

    /** Makes the file exist, whatever the strategy and backend. */
    void generateNow() {
        CacheFileBackend.simple().generate(fresh(), false);
    }

    /** Reports the source as saved, as the registry does for source groups. */
    void sourceSaved() {
        ImageCacheFile f = fresh();
        f.strategy().onSourceSaved(f);
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    void awaitGenerated() {
        await(() -> fresh().backend().exists(fresh()));
    }

    @Override
    public void close() {
        files.close();
    }

    @Override
    public String toString() {
        return strategyName + " × " + backendName + " × " + cache;
    }
}
