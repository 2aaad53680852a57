package io.github.jimagekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.ImageKitConfig;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class BatchRunTest {

    private static final int SOURCES = 100_000;
    private static final byte[] PNG = TestImages.encode(TestImages.solid(1, 1, Color.RED),
            "png");

    /** 100,000 versioned sources made on demand, counting how many were listed. */
    static final class Synthetic implements SourceGroup {
        final AtomicLong listed = new AtomicLong();
        final AtomicLong maxAhead = new AtomicLong();
        final AtomicInteger finished;

        Synthetic(AtomicInteger finished) {
            this.finished = finished;
        }

        @Override
        public Stream<Source> files(Storage storage) {
            return IntStream.range(0, SOURCES)
                    .mapToObj(i -> Source.of(storage, "s/" + i + ".png").withVersion("1"))
                    .peek(s -> maxAhead.accumulateAndGet(listed.incrementAndGet()
                            - finished.get(), Math::max));
        }

        @Override
        public boolean contains(Source source) {
            return source.name().startsWith("s/");
        }
    }

    /** A 1x1 PNG per source, counting finished generations. */
    record Tiny(Source source0, AtomicInteger finished) implements ImageGenerator {

        @Override
        public EncodedImage generate() {
            finished.incrementAndGet();
            return new EncodedImage(PNG, ImageFormat.PNG, 1, 1);
        }

        @Override
        public String cacheKey() {
            return "Tiny(" + source0.name() + ")";
        }

        @Override
        public ImageFormat format() {
            return ImageFormat.PNG;
        }

        @Override
        public Optional<Source> source() {
            return Optional.of(source0);
        }
    }

    @Test
    void run_100kSources_listsAtMostTheWindowAhead() {
        AtomicInteger finished = new AtomicInteger();
        Synthetic group = new Synthetic(finished);
        MemoryStorage storage = new MemoryStorage("/media/");
        try (ImageKit kit = ImageKit.builder()
                .config(ImageKitConfig.builder().set("imagekit.cache.backend", "none").build())
                .storage(storage)
                .discover(false)
                .library(r -> r.generator("bulk:tiny", (ctx, args) -> new Tiny(args.source(),
                        finished)).sourceGroup("bulk:tiny", group))
                .build()) {
            BatchSummary s = BatchGenerator.builder(kit).threads(2).build().run();

            assertThat(s.generated()).isEqualTo(SOURCES);
            assertThat(storage.size()).isEqualTo(SOURCES);
            assertThat(group.listed.get()).isEqualTo(SOURCES);
            // the window is twice the threads; one more is listed while waiting for a slot
            assertThat(group.maxAhead.get()).isBetween(1L, 2L * 2 + 1);
        }
    }
}
