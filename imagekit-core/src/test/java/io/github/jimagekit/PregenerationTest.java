package io.github.jimagekit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.batch.GalleryLibrary;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PregenerationTest {

    private static final byte[] PNG = TestImages.encode(TestImages.solid(2, 2, Color.BLUE),
            "png");

    /** Waits at a gate before making a 2x2 PNG. */
    record Gated(Source source0, CountDownLatch gate, AtomicInteger started)
            implements ImageGenerator {

        @Override
        public EncodedImage generate() {
            started.incrementAndGet();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new EncodedImage(PNG, ImageFormat.PNG, 2, 2);
        }

        @Override
        public String cacheKey() {
            return "Gated";
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

    @TempDir
    Path root;

    private static Optional<Thread> pregenerating() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(Pregeneration.THREAD_NAME) && t.isAlive())
                .findFirst();
    }

    @Test
    void build_pregenerateSet_generatesInALowPriorityDaemonThread() throws Exception {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve("photos/a.png"), PNG);
        Files.write(root.resolve("photos/b.png"), PNG);
        try (ImageKit kit = ImageKit.builder().config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .set("imagekit.pregenerate", " gallery:card , ").build())
                .discover(false).library(new GalleryLibrary()).build()) {
            Thread t = pregenerating().orElseThrow();
            assertThat(t.isDaemon()).isTrue();
            assertThat(t.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
            t.join(30_000);

            assertThat(cacheFiles()).hasSize(2);
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(2);
        }
    }

    @Test
    void build_pregenerateEmpty_startsNoThread() {
        try (ImageKit kit = ImageKit.builder().config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString()).build())
                .discover(false).library(new GalleryLibrary()).build()) {
            assertThat(pregenerating()).isEmpty();
            assertThat(Pregeneration.patterns(" a, ,b ,")).containsExactly("a", "b");
        }
    }

    @Test
    void close_stopsAfterTheImageInHand() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        SourceGroup thousand = new SourceGroup() {
            @Override
            public Stream<Source> files(Storage storage) {
                return IntStream.range(0, 1000).mapToObj(i -> Source.of(storage, "s/" + i
                        + ".png").withVersion("1"));
            }

            @Override
            public boolean contains(Source source) {
                return true;
            }
        };
        ImageKit kit = ImageKit.builder()
                .config(ImageKitConfig.builder().set("imagekit.cache.backend", "memory")
                        .set("imagekit.pregenerate", "slow").build())
                .storage(new MemoryStorage("/media/"))
                .discover(false)
                .library(r -> r.generator("slow:gen", (ctx, args) -> new Gated(args.source(),
                        gate, started)).sourceGroup("slow:gen", thousand))
                .build();
        Thread pregeneration = pregenerating().orElseThrow();
        awaitTrue(() -> started.get() == 1);
        Thread closer = new Thread(kit::close);
        closer.start();
        // close() interrupts the pregeneration first, then waits for it
        awaitTrue(() -> closer.getState() == Thread.State.TIMED_WAITING);

        gate.countDown();
        closer.join(30_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(pregeneration.isAlive()).isFalse();
        assertThat(started.get()).isEqualTo(1);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private Stream<Path> cacheFilesStream() throws IOException {
        return Files.walk(root.resolve("CACHE")).filter(Files::isRegularFile);
    }

    private java.util.List<Path> cacheFiles() throws IOException {
        try (Stream<Path> s = cacheFilesStream()) {
            return s.toList();
        }
    }
}
