package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.cachefile.CacheFileFixture.Cache;
import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.codec.RenderTimes;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.GeneratorArguments;
import io.github.jimagekit.spec.GeneratorContext;
import io.github.jimagekit.spec.ImageSpec;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CacheStatisticsTest {

    @TempDir
    Path dir;

    /** Keeps what it is told. */
    private static final class Recording implements GenerationListener {

        final List<Generated> generated = new CopyOnWriteArrayList<>();
        final List<Failed> failed = new CopyOnWriteArrayList<>();

        @Override
        public void generated(Generated generation) {
            generated.add(generation);
        }

        @Override
        public void failed(Failed failure) {
            failed.add(failure);
        }
    }

    private CacheFileFixture fixture() {
        return new CacheFileFixture(dir, "just-in-time", "simple", Cache.MEMORY);
    }

    private static Recording recording(CacheFileFixture fx) {
        Recording listener = new Recording();
        fx.files.statistics().addListener(listener);
        return listener;
    }

    @Test
    void listener_specGenerated_toldItsIdNameAndEngineTimes() throws IOException {
        try (CacheFileFixture fx = fixture()) {
            Files.createDirectories(dir.resolve("media/photos"));
            Files.write(dir.resolve("media/photos/a.png"),
                    TestImages.encode(TestImages.quadrants(40, 20), "png"));
            ImageSpec spec = SpecDefinition.builder().build().create(
                    new GeneratorContext("app:copy", Imaging.builder().build(),
                            EncodeOptions.DEFAULT),
                    GeneratorArguments.of(Map.of("source",
                            Source.of(fx.storage.delegate(), "photos/a.png"))));
            Recording listener = recording(fx);

            ImageCacheFile file = fx.files.file(spec);
            file.url();
            file.url();

            assertThat(listener.failed).isEmpty();
            assertThat(listener.generated).singleElement().satisfies(g -> {
                assertThat(g.spec()).isEqualTo("app:copy");
                assertThat(g.name()).isEqualTo(file.name());
                assertThat(g.saveNanos()).isPositive();
                assertThat(g.nanos()).isGreaterThan(g.saveNanos()
                        + g.render().decodeNanos() + g.render().encodeNanos());
                assertThat(g.render().decodeMeasured()).isTrue();
                assertThat(g.render().encodeMeasured()).isTrue();
            });
        }
    }

    @Test
    void listener_otherGenerator_toldItsClassNameAndNoEngineTimes() {
        try (CacheFileFixture fx = fixture()) {
            Recording listener = recording(fx);

            fx.fresh().url();

            assertThat(listener.generated).singleElement().satisfies(g -> {
                assertThat(g.spec()).isEqualTo("CountingGenerator");
                assertThat(g.name()).isEqualTo(fx.expectedName());
                assertThat(g.render()).isEqualTo(RenderTimes.UNMEASURED);
            });
        }
    }

    @Test
    void listener_failure_toldTheCauseOncePerWindow() {
        try (CacheFileFixture fx = fixture()) {
            Recording listener = recording(fx);
            CountingGenerator broken = fx.generator.failing("source \"x\" is not an image");

            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> fx.files.file(broken).url())
                        .isInstanceOf(GenerationFailedException.class);
            }

            assertThat(listener.generated).isEmpty();
            assertThat(listener.failed).containsExactly(new GenerationListener.Failed(
                    "CountingGenerator", fx.expectedName(), FailureCause.BAD_IMAGE));
            assertThat(fx.files.statistics().failures()).isEqualTo(1);
        }
    }

    @Test
    void listener_thatThrows_neitherFailsTheGenerationNorSilencesTheOthers() {
        try (CacheFileFixture fx = fixture()) {
            Recording after = new Recording();
            fx.files.statistics().addListener(new GenerationListener() {
                @Override
                public void generated(Generated generation) {
                    throw new IllegalStateException("broken listener");
                }
            });
            fx.files.statistics().addListener(after);

            assertThat(fx.fresh().width()).isEqualTo(120);
            assertThat(after.generated).hasSize(1);
        }
    }

    @Test
    void removeListener_stopsTellingIt() {
        try (CacheFileFixture fx = fixture()) {
            Recording listener = recording(fx);

            assertThat(fx.files.statistics().removeListener(listener)).isTrue();
            fx.fresh().url();

            assertThat(listener.generated).isEmpty();
            assertThat(fx.files.statistics().removeListener(listener)).isFalse();
        }
    }

    @Test
    void activeGenerations_whileOneRuns_isOneThenZero() {
        try (CacheFileFixture fx = fixture()) {
            CountDownLatch gate = new CountDownLatch(1);
            CacheStatistics stats = fx.files.statistics();
            CompletableFuture<String> url = CompletableFuture.supplyAsync(
                    () -> fx.files.file(fx.generator.withGate(gate)).url());

            CacheFileFixture.await(() -> stats.activeGenerations() == 1);
            gate.countDown();

            assertThat(url.join()).endsWith(fx.expectedName());
            assertThat(stats.activeGenerations()).isZero();
            assertThat(stats.generations()).isEqualTo(1);
        }
    }

    @Test
    void accessors_agreeWithTheSnapshot() {
        try (CacheFileFixture fx = fixture()) {
            fx.fresh().url();
            fx.fresh().url();
            CacheStatistics stats = fx.files.statistics();
            CacheStatistics.Snapshot s = stats.snapshot();

            assertThat(new long[] {stats.stateHits(), stats.stateMisses(), stats.generations(),
                    stats.failures()}).containsExactly(s.stateHits(), s.stateMisses(),
                    s.generations(), s.failures());
            assertThat(new long[] {s.stateHits(), s.stateMisses(), s.generations()})
                    .containsExactly(1, 1, 1);
        }
    }
}
