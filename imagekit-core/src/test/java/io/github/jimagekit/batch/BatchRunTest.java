package io.github.jimagekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.MemoryStorage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class BatchRunTest {

    private static final int SOURCES = 100_000;

    /** 100,000 versioned sources made on demand, counting how many were listed. */
    static final class Synthetic implements SourceGroup {
        final AtomicLong listed = new AtomicLong();
        final AtomicLong maxAhead = new AtomicLong();
        final CountingGenerator generator;

        Synthetic(CountingGenerator generator) {
            this.generator = generator;
        }

        @Override
        public Stream<Source> files(Storage storage) {
            return IntStream.range(0, SOURCES)
                    .mapToObj(i -> Source.of(storage, "s/" + i + ".png").withVersion("1"))
                    .peek(s -> maxAhead.accumulateAndGet(listed.incrementAndGet()
                            - generator.generations(), Math::max));
        }

        @Override
        public boolean contains(Source source) {
            return source.name().startsWith("s/");
        }
    }

    @Test
    void run_100kSources_listsAtMostTheWindowAhead() {
        CountingGenerator tiny = CountingGenerator.of("tiny", null, new Size(1, 1));
        Synthetic group = new Synthetic(tiny);
        MemoryStorage storage = new MemoryStorage("/media/");
        try (ImageKit kit = ImageKit.builder()
                .config(ImageKitConfig.builder().set("imagekit.cache.backend", "none").build())
                .storage(storage)
                .discover(false)
                .library(r -> r.generator("bulk:tiny", (ctx, args) -> tiny.forSource(
                        args.source())).sourceGroup("bulk:tiny", group))
                .build()) {
            BatchSummary s = kit.batch().threads(2).build().run();

            assertThat(s.generated()).isEqualTo(SOURCES);
            assertThat(storage.size()).isEqualTo(SOURCES);
            assertThat(group.listed.get()).isEqualTo(SOURCES);
            // the window is twice the threads; one more is listed while waiting for a slot
            assertThat(tiny.generations()).isEqualTo(SOURCES);
            assertThat(group.maxAhead.get()).isBetween(1L, 2L * 2 + 1);
        }
    }
}
