package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.cachefile.CacheFileFixture.Cache;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.StorageStatistics;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.testing.TestImaging;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class CacheFilesTest {

    private static final String BROKEN = "spec \"app:thumb\": source \"photos/dog.jpg\" is not"
            + " an image";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Cache.class, names = {"EHCACHE", "MEMORY"})
    void generate_failure_sameErrorInTheWindowThenRetrySucceeds(Cache cache) throws IOException {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple", cache)) {
            CountingGenerator broken = fx.generator.failing(BROKEN);

            assertThatThrownBy(() -> fx.files.file(broken).url())
                    .isInstanceOf(GenerationFailedException.class).hasMessage(BROKEN);
            assertThatThrownBy(() -> fx.files.file(broken).width())
                    .isInstanceOf(GenerationFailedException.class).hasMessage(BROKEN);
            assertThatThrownBy(() -> fx.files.file(fx.generator).url())
                    .as("fixed within the window: still the remembered error")
                    .isInstanceOf(GenerationFailedException.class).hasMessage(BROKEN);
            assertThat(fx.generator.generations()).as("one attempt in the window").isEqualTo(1);
            assertThat(fx.storage.exists(fx.expectedName())).isFalse();
            assertThat(fx.files.statistics().snapshot().recentFailures())
                    .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(BROKEN));

            fx.clock.advance(Duration.ofSeconds(6));

            assertThat(fx.files.file(fx.generator).url()).endsWith(fx.expectedName());
            assertThat(fx.generator.generations()).isEqualTo(2);
            assertThat(fx.files.file(fx.generator).isReady()).isTrue();
            try (Stream<Path> files = Files.walk(dir)) {
                assertThat(files.filter(p -> p.getFileName().toString().startsWith(".ik-tmp")))
                        .as("no partial file").isEmpty();
            }
        }
    }

    @Test
    void generate_sameFailureAfterTheWindow_warnsOnce() {
        Logger log = Logger.getLogger(StateKeeper.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level level = log.getLevel();
        log.addHandler(capture);
        log.setLevel(Level.ALL);
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            CountingGenerator broken = fx.generator.failing(BROKEN);
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> fx.files.file(broken).url()).hasMessage(BROKEN);
                fx.clock.advance(Duration.ofSeconds(6));
            }

            assertThat(fx.generator.generations()).as("retried after each window").isEqualTo(3);
            assertThat(fx.files.statistics().snapshot().failures()).isEqualTo(3);
            assertThat(records).extracting(LogRecord::getLevel)
                    .containsExactly(Level.WARNING, Level.FINE, Level.FINE);
            assertThat(records).allSatisfy(r -> assertThat(r.getMessage()).contains(BROKEN));
        } finally {
            log.removeHandler(capture);
            log.setLevel(level);
        }
    }

    @Test
    void generate_failureWithoutStateCache_retriedOnEveryRequest() {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.NONE)) {
            CountingGenerator broken = fx.generator.failing(BROKEN);
            assertThatThrownBy(() -> fx.files.file(broken).url()).hasMessage(BROKEN);
            assertThatThrownBy(() -> fx.files.file(broken).url()).hasMessage(BROKEN);
            assertThat(fx.generator.generations()).isEqualTo(2);
            assertThat(fx.files.file(fx.generator).width()).isEqualTo(120);
        }
    }

    @Test
    void generate_asyncFailure_isNotReadyThenRetriedAfterTheWindow() {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "async",
                Cache.MEMORY)) {
            CountingGenerator broken = fx.generator.failing(BROKEN);
            ImageCacheFile f = fx.files.file(broken);
            assertThat(f.width()).as("predicted while generating").isEqualTo(120);
            CacheFileFixture.await(() -> fx.files.statistics().snapshot().failures() == 1);
            assertThat(fx.files.file(broken).isReady()).isFalse();
            assertThat(fx.generator.generations()).isEqualTo(1);

            fx.clock.advance(Duration.ofSeconds(6));
            CacheFileFixture.await(() -> fx.files.file(fx.generator).isReady());
            assertThat(fx.generator.generations()).isEqualTo(2);
        }
    }

    @Test
    void close_asyncBackend_returnsOnceItsThreadsHaveEnded() {
        Set<Thread> before = asyncThreads();
        Set<Thread> started;
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "async",
                Cache.MEMORY)) {
            fx.files.file(fx.generator).width();
            CacheFileFixture.await(() -> fx.files.file(fx.generator).isReady());
            started = asyncThreads();
            started.removeAll(before);
            assertThat(started).isNotEmpty();
        }

        assertThat(started).allSatisfy(t -> assertThat(t.isAlive()).as(t.getName()).isFalse());
    }

    private static Set<Thread> asyncThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("imagekit-async-"))
                .collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void restart_persistentEhcacheTier_stillNoStorageCall() throws IOException {
        Path disk = dir.resolve("state");
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.EHCACHE, disk)) {
            fx.fresh().url();
        }
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.EHCACHE, disk)) {
            ImageCacheFile f = fx.fresh();
            assertThat(f.url()).isEqualTo("/media/" + fx.expectedName());
            assertThat(f.width()).isEqualTo(120);
            assertThat(f.height()).isEqualTo(80);
            assertThat(fx.storage.total()).as("storage calls after restart").isZero();
            assertThat(fx.imaging.headerReads()).isZero();
            assertThat(fx.generator.generations()).isZero();
        }
    }

    @Test
    void restart_withoutStateTier_readsTheFileOnceForExistenceAndSize() {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            fx.fresh().url();
        }
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            for (int i = 0; i < 5; i++) {
                assertThat(fx.fresh().width()).isEqualTo(120);
            }
            assertThat(fx.storage.total()).as("one read, no separate exists").isEqualTo(1);
            assertThat(fx.storage.count(StorageStatistics.Operation.OPEN)).isEqualTo(1);
            assertThat(fx.imaging.headerReads()).isEqualTo(1);
            assertThat(fx.generator.generations()).isZero();
        }
    }

    @Test
    void ehcache_sameDiskDirTwice_failsSayingTheDirectoryMayBeInUse() {
        Path disk = dir.resolve("state");
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.EHCACHE, disk)) {
            assertThatThrownBy(() -> new CacheFileFixture(dir, "just-in-time", "simple",
                    Cache.EHCACHE, disk))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot open the state cache (is another process"
                            + " using its directory?): ");
        }
    }

    @Test
    void delete_removesFileAndState_nextRenderRegenerates() throws IOException {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            fx.fresh().url();
            assertThat(fx.files.delete(fx.expectedName())).isTrue();
            assertThat(fx.storage.exists(fx.expectedName())).isFalse();
            assertThat(fx.files.stateCache().get(fx.expectedName()))
                    .contains(CacheFileState.DoesNotExist.INSTANCE);

            fx.fresh().url();
            assertThat(fx.generator.generations()).isEqualTo(2);
        }
    }

    @Test
    void openStream_returnsTheGeneratedImage() throws IOException {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY); InputStream in = fx.fresh().openStream()) {
            assertThat(TestImages.decode(in.readAllBytes()).getWidth()).isEqualTo(120);
        }
    }

    @Test
    void size_unpredictableAndNotGenerated_isEmptyAndWidthExplains() {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "optimistic", "simple",
                Cache.MEMORY)) {
            ImageCacheFile f = fx.files.file(fx.generator.unpredictable());
            assertThat(f.optionalSize()).isEmpty();
            assertThatThrownBy(f::width).isInstanceOf(ImageKitException.class)
                    .hasMessage("the size of cache file \"" + fx.expectedName()
                            + "\" cannot be known before it is generated");
        }
    }

    @Test
    void widthAndHeight_predictedBeforeGeneration_askTheGeneratorOnce() {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "optimistic", "simple",
                Cache.MEMORY)) {
            ImageCacheFile f = fx.fresh();
            assertThat(f.width()).isEqualTo(120);
            assertThat(f.height()).isEqualTo(80);
            assertThat(f.size()).isEqualTo(new Size(120, 80));
            assertThat(fx.generator.predictions())
                    .as("a prediction reads the source: once per file, not per property")
                    .isEqualTo(1);
            assertThat(fx.generator.generations()).isZero();
        }
    }

    @Test
    void lease_heldByAnotherJvm_waitsForItsResultInsteadOfGenerating() throws Exception {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            String name = fx.expectedName();
            fx.files.stateCache().put(name, new CacheFileState.Generating("other-jvm",
                    fx.clock.millis() + 60_000));
            CompletableFuture<Integer> width = CompletableFuture.supplyAsync(
                    () -> fx.fresh().width());
            Thread.sleep(100);
            assertThat(width).isNotDone();

            fx.files.stateCache().put(name, new CacheFileState.Exists(120, 80, "PNG", 99));

            assertThat(width.get(5, TimeUnit.SECONDS)).isEqualTo(120);
            assertThat(fx.generator.generations()).isZero();
        }
    }

    @Test
    void lease_ofACrashedGeneration_isTakenOverWhenItExpires() throws Exception {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            fx.files.stateCache().put(fx.expectedName(), new CacheFileState.Generating(
                    "crashed-jvm", fx.clock.millis() + 60_000));
            CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> fx.fresh().url());
            Thread.sleep(100);
            assertThat(url).isNotDone();

            fx.clock.advance(Duration.ofSeconds(61));

            assertThat(url.get(5, TimeUnit.SECONDS)).endsWith(fx.expectedName());
            assertThat(fx.generator.generations()).isEqualTo(1);
        }
    }

    @Test
    void lazyFile_resolvesOnFirstUseOnly() {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            AtomicInteger resolutions = new AtomicInteger();
            LazyImageCacheFile lazy = new LazyImageCacheFile("app:thumb", () -> {
                resolutions.incrementAndGet();
                return fx.fresh();
            });
            assertThat(resolutions).hasValue(0);
            assertThat(lazy.toString()).isEqualTo("LazyImageCacheFile[app:thumb]");

            assertThat(lazy.getUrl()).isEqualTo("/media/" + fx.expectedName());
            assertThat(lazy.getWidth()).isEqualTo(120);
            assertThat(lazy.name()).isEqualTo(fx.expectedName());
            assertThat(resolutions).hasValue(1);
        }
    }

    @Test
    void statistics_countHitsMissesAndGenerations() {
        try (CacheFileFixture fx = new CacheFileFixture(dir, "just-in-time", "simple",
                Cache.MEMORY)) {
            fx.fresh().url();
            fx.fresh().url();
            fx.fresh().url();
            CacheStatistics.Snapshot s = fx.files.statistics().snapshot();
            assertThat(s.generations()).isEqualTo(1);
            assertThat(s.stateMisses()).isEqualTo(1);
            assertThat(s.stateHits()).isEqualTo(2);
            assertThat(s.failures()).isZero();
        }
    }

    @Test
    void holds_onlyFilesInTheCacheDirectoryOfItsStorage() {
        MemoryStorage storage = new MemoryStorage("/media/");
        try (CacheFiles files = CacheFiles.builder().storage(storage).directory("CACHE/x")
                .stateCache(StateCache.none()).imaging(new TestImaging()).build()) {
            assertThat(files.holds(Source.of(storage, "CACHE/x/a/0123.jpg"))).isTrue();
            assertThat(files.holds(Source.of(storage, "CACHE/xy/a.jpg"))).isFalse();
            assertThat(files.holds(Source.of(storage, "photos/a.jpg"))).isFalse();
            assertThat(files.holds(Source.of(new MemoryStorage("/"), "CACHE/x/a.jpg")))
                    .as("another storage's file").isFalse();
        }
    }
}
