package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImaging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

final class AsyncBackendTest {

    @Test
    void queued_oneThreadBusy_countsTheFilesWaitingForIt() {
        MemoryStorage storage = new MemoryStorage("/media/");
        CountDownLatch gate = new CountDownLatch(1);
        CountingGenerator generator = CountingGenerator.of("q",
                Source.of(storage, "photos/0.jpg"), new Size(10, 10)).withGate(gate);
        try (CacheFiles files = CacheFiles.builder().storage(storage)
                .stateCache(StateCache.none()).backend(CacheFileBackend.async(1, 10))
                .imaging(new TestImaging()).build()) {
            for (int i = 0; i < 3; i++) {
                files.file(generator.forSource(Source.of(storage, "photos/" + i + ".jpg")))
                        .generate();
            }

            CacheFileFixture.await(() -> files.statistics().activeGenerations() == 1);
            assertThat(files.backend().queued()).isEqualTo(2);
            gate.countDown();
            CacheFileFixture.await(() -> files.statistics().generations() == 3);
            assertThat(files.backend().queued()).isZero();
        }
    }

    @Test
    void generate_givenExecutor_runsOnItAndCloseLeavesItRunning() {
        MemoryStorage storage = new MemoryStorage("/media/");
        CountingGenerator generator = CountingGenerator.of("x",
                Source.of(storage, "photos/0.jpg"), new Size(12, 8));
        List<Runnable> tasks = new ArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (CacheFiles files = CacheFiles.builder().storage(storage)
                .stateCache(StateCache.inMemory(StateTimeouts.DEFAULT, Clock.systemUTC(), ""))
                .backend(CacheFileBackend.async((Executor) tasks::add))
                .imaging(new TestImaging()).build()) {
            ImageCacheFile file = files.file(generator);
            file.generate();
            file.generate();

            assertThat(tasks).hasSize(1);
            assertThat(storage.size()).isZero();
            tasks.get(0).run();
            assertThat(storage.size()).isEqualTo(1);
            assertThat(generator.generations()).isEqualTo(1);
            assertThat(files.backend().queued()).isZero();
            assertThat(files.backend().toString()).startsWith("CacheFileBackend.async(");
        } finally {
            assertThat(executor.isShutdown()).isFalse();
            executor.shutdown();
        }
    }

    @Test
    void generate_executorRejects_callerGenerates() {
        MemoryStorage storage = new MemoryStorage("/media/");
        CountingGenerator generator = CountingGenerator.of("r",
                Source.of(storage, "photos/0.jpg"), new Size(12, 8));
        try (CacheFiles files = CacheFiles.builder().storage(storage)
                .stateCache(StateCache.none())
                .backend(CacheFileBackend.async(task -> {
                    throw new RejectedExecutionException("full");
                }))
                .imaging(new TestImaging()).build()) {
            files.file(generator).generate();

            assertThat(generator.generations()).isEqualTo(1);
            assertThat(storage.size()).isEqualTo(1);
        }
    }

    @Test
    void queued_simpleBackend_isZero() {
        assertThat(CacheFileBackend.simple().queued()).isZero();
    }
}
