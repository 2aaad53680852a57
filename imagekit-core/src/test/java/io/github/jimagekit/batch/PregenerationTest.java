package io.github.jimagekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.GalleryLibrary;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PregenerationTest {

    private static final byte[] PNG = TestImages.encode(TestImages.solid(2, 2, Color.BLUE),
            "png");

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
        // the thread lists its sources only once the test has seen it alive: two tiny images
        // could otherwise be done before the test looks for the thread
        CountDownLatch seen = new CountDownLatch(1);
        SourceGroup photos = SourceGroup.glob("photos/*.png");
        SourceGroup gated = new SourceGroup() {
            @Override
            public Stream<Source> files(Storage storage) {
                try {
                    seen.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return photos.files(storage);
            }

            @Override
            public boolean contains(Source source) {
                return photos.contains(source);
            }
        };
        try (ImageKit kit = ImageKit.builder().config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .set("imagekit.pregenerate", " gallery:card , ").build())
                .discover(false)
                .library(r -> r.generator("gallery:card", SpecDefinition.builder()
                        .processors(new ResizeToFill(20, 10)).build())
                        .sourceGroup("gallery:card", gated))
                .build()) {
            Thread t = pregenerating().orElseThrow();
            assertThat(t.isDaemon()).isTrue();
            assertThat(t.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
            seen.countDown();
            t.join(30_000);

            assertThat(t.isAlive()).isFalse();
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
        }
    }

    @Test
    void close_stopsAfterTheImageInHand() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountingGenerator gated = CountingGenerator.of("gated", null, new Size(2, 2))
                .withGate(gate);
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
                .library(r -> r.generator("slow:gen", (ctx, args) -> gated.forSource(
                        args.source())).sourceGroup("slow:gen", thousand))
                .build();
        Thread pregeneration = pregenerating().orElseThrow();
        awaitTrue(() -> gated.generations() == 1);
        Thread closer = new Thread(kit::close);
        closer.start();
        // close() interrupts the pregeneration thread, which stops queueing sources and waits
        // for the image in hand (the only timed wait of that thread: its untimed one is the
        // queue's window); only then may the image in hand finish
        awaitTrue(() -> pregeneration.getState() == Thread.State.TIMED_WAITING);

        gate.countDown();
        closer.join(30_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(pregeneration.isAlive()).isFalse();
        assertThat(gated.generations()).isEqualTo(1);
    }

    private static void awaitTrue(BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.walk(root.resolve("CACHE"))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
