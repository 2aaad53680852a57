package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImaging;
import java.util.concurrent.CountDownLatch;
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
    void queued_simpleBackend_isZero() {
        assertThat(CacheFileBackend.simple().queued()).isZero();
    }
}
