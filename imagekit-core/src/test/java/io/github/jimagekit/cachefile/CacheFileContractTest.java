package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cachefile.CacheFileFixture.Cache;
import io.github.jimagekit.storage.StorageStatistics.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The caching layer's contract, run over every strategy × backend × state cache: what a warm
 * page costs, what a file's whole life costs, what 16 simultaneous first requests do, and what
 * {@link ImageCacheFile#isReady()} says.
 */
final class CacheFileContractTest {

    @TempDir
    Path dir;

    /** A rendered {@code <img>}: what a template reads from a cache file. */
    record Rendered(String url, int width, int height) {
        static Rendered of(ImageCacheFile f) {
            return new Rendered(f.url(), f.width(), f.height());
        }
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("io.github.jimagekit.cachefile.CacheFileFixture#remembering")
    void urlWidthHeight_knownExistingFile_noStorageCallAndNoDecode(String strategy,
            String backend, Cache cache) {
        try (CacheFileFixture fx = new CacheFileFixture(dir, strategy, backend, cache)) {
            fx.generateNow();
            fx.storage.reset();
            int headerReads = fx.imaging.headerReads();

            Rendered r = Rendered.of(fx.fresh());

            assertThat(r).isEqualTo(new Rendered("/media/" + fx.expectedName(), 120, 80));
            assertThat(fx.storage.total()).as("storage calls").isZero();
            assertThat(fx.imaging.headerReads()).as("decodes").isEqualTo(headerReads);
            assertThat(fx.generator.generations()).isEqualTo(1);
            assertThat(fx.generator.predictions()).isZero();
        }
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("io.github.jimagekit.cachefile.CacheFileFixture#remembering")
    void wholeLife_firstRenderSourceSaveAndManyWarmRenders_atMostOneLookupAndOneSave(
            String strategy, String backend, Cache cache) {
        try (CacheFileFixture fx = new CacheFileFixture(dir, strategy, backend, cache)) {
            Rendered first = Rendered.of(fx.fresh());
            fx.sourceSaved();
            fx.awaitGenerated();
            for (int i = 0; i < 50; i++) {
                assertThat(Rendered.of(fx.fresh())).isEqualTo(first);
            }

            assertThat(first).isEqualTo(new Rendered("/media/" + fx.expectedName(), 120, 80));
            long checks = fx.storage.count(Operation.EXISTS) + fx.storage.count(Operation.STAT)
                    + fx.storage.count(Operation.OPEN);
            assertThat(checks).as("existence checks and reads").isLessThanOrEqualTo(1);
            assertThat(fx.storage.count(Operation.SAVE)).as("saves").isEqualTo(1);
            assertThat(fx.storage.total()).as("all storage calls").isLessThanOrEqualTo(2);
            assertThat(fx.generator.generations()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("io.github.jimagekit.cachefile.CacheFileFixture#all")
    void render_sixteenThreadsOnNeverGeneratedFile_oneGenerationAndAllSucceed(String strategy,
            String backend, Cache cache) throws Exception {
        try (CacheFileFixture fx = new CacheFileFixture(dir, strategy, backend, cache)) {
            CountDownLatch gate = new CountDownLatch(1);
            CountDownLatch arrived = new CountDownLatch(16);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Rendered>> results = new ArrayList<>();
            try {
                for (int i = 0; i < 16; i++) {
                    results.add(pool.submit(() -> {
                        arrived.countDown();
                        arrived.await();
                        return Rendered.of(fx.files.file(fx.generator.withGate(gate)));
                    }));
                }
                arrived.await(10, TimeUnit.SECONDS);
                Thread.sleep(100);
                gate.countDown();
                for (Future<Rendered> f : results) {
                    assertThat(f.get(10, TimeUnit.SECONDS))
                            .isEqualTo(new Rendered("/media/" + fx.expectedName(), 120, 80));
                }
            } finally {
                gate.countDown();
                pool.shutdownNow();
            }
            if (fx.isJustInTime()) {
                fx.awaitGenerated();
                assertThat(fx.generator.generations()).isEqualTo(1);
            } else {
                assertThat(fx.generator.generations()).as("rendering never generates")
                        .isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("io.github.jimagekit.cachefile.CacheFileFixture#all")
    void isReady_missingFile_followsDjangoTruthiness(String strategy, String backend,
            Cache cache) {
        try (CacheFileFixture fx = new CacheFileFixture(dir, strategy, backend, cache)) {
            CountDownLatch gate = new CountDownLatch(1);
            ImageCacheFile f = fx.files.file(fx.generator.withGate(gate));
            boolean trusting = fx.strategyName.equals("optimistic");
            if (fx.isJustInTime() && !fx.isAsync()) {
                gate.countDown();
                assertThat(f.isReady()).as("generated on the spot").isTrue();
            } else if (trusting) {
                assertThat(f.isReady()).as("optimistic trusts, as django does").isTrue();
                assertThat(fx.generator.generations()).isZero();
            } else {
                assertThat(f.isReady()).as("not generated yet").isFalse();
            }
            gate.countDown();
            fx.sourceSaved();
            CacheFileFixture.await(() -> fx.fresh().isReady());
            fx.awaitGenerated();
            assertThat(fx.generator.generations()).isEqualTo(1);
        }
    }
}
