package io.github.jimagekit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.processor.Anchor;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.storage.StorageStatistics.Operation;
import io.github.jimagekit.testing.TestImages;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kit over a temporary directory, generating real images, with its metrics bound to a
 * {@link SimpleMeterRegistry}.
 */
final class ImageKitMetricsTest {

    private static final String THUMBNAIL = "imagekit:thumbnail";
    private static final String CARD = "app:card";
    private static final List<String> PHOTOS = List.of("photos/a.jpg", "photos/b.png");

    @TempDir
    Path dir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private ImageKit kit(Consumer<ImageKitConfig.Builder> settings) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("photos"));
        Files.write(src.resolve(PHOTOS.get(0)),
                TestImages.encode(TestImages.quadrants(300, 200), "jpeg"));
        Files.write(src.resolve(PHOTOS.get(1)),
                TestImages.encode(TestImages.quadrants(120, 240), "png"));
        ImageKitConfig.Builder config = ImageKitConfig.builder()
                .set("imagekit.storage.root", dir.resolve("media").toString())
                .set("imagekit.source.root", src.toString())
                .set("imagekit.cache.backend", "memory");
        settings.accept(config);
        return ImageKit.builder().discover(false).config(config.build())
                .library(r -> r.generator(CARD, SpecDefinition.builder()
                        .processors(new ResizeToFill(40, 30, Anchor.CENTER)).build()))
                .build();
    }

    /** Every photo as a thumbnail and as a card: four cache files. */
    private static void page(ImageKit kit) {
        for (String photo : PHOTOS) {
            assertThat(kit.thumbnail(photo, "60x60").width()).isEqualTo(60);
            assertThat(kit.cacheFile(CARD, Map.of("source", photo)).width()).isEqualTo(40);
        }
    }

    private double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    private double functionCounter(String name, String... tags) {
        return registry.get(name).tags(tags).functionCounter().count();
    }

    private Timer timer(String name, String spec) {
        return registry.get(name).tag("spec", spec).timer();
    }

    private double storageCalls() {
        return registry.find(ImageKitMetrics.STORAGE_CALLS).functionCounters().stream()
                .mapToDouble(FunctionCounter::count).sum();
    }

    @Test
    void bindTo_coldThenWarmPage_countsGenerationsOnceAndNoWarmStorageCall() throws IOException {
        try (ImageKit kit = kit(c -> { })) {
            new ImageKitMetrics(kit).bindTo(registry);

            page(kit);
            double coldCalls = storageCalls();
            page(kit);

            for (String spec : List.of(THUMBNAIL, CARD)) {
                assertThat(counter(ImageKitMetrics.GENERATIONS, "spec", spec)).isEqualTo(2);
                for (String t : List.of(ImageKitMetrics.GENERATION, ImageKitMetrics.DECODE,
                        ImageKitMetrics.ENCODE, ImageKitMetrics.SAVE)) {
                    assertThat(timer(t, spec).count()).as(t + " " + spec).isEqualTo(2);
                    assertThat(timer(t, spec).totalTime(TimeUnit.NANOSECONDS)).isPositive();
                }
                Timer whole = timer(ImageKitMetrics.GENERATION, spec);
                assertThat(whole.totalTime(TimeUnit.NANOSECONDS)).isGreaterThan(
                        timer(ImageKitMetrics.DECODE, spec).totalTime(TimeUnit.NANOSECONDS)
                        + timer(ImageKitMetrics.SAVE, spec).totalTime(TimeUnit.NANOSECONDS));
            }
            assertThat(storageCalls()).as("the warm page").isEqualTo(coldCalls);
            assertThat(functionCounter(ImageKitMetrics.STORAGE_CALLS, "storage", "cache-files",
                    "operation", "save")).isEqualTo(4);
            assertThat(functionCounter(ImageKitMetrics.STATE_LOOKUPS, "result", "miss"))
                    .isEqualTo(4);
            assertThat(functionCounter(ImageKitMetrics.STATE_LOOKUPS, "result", "hit")).isZero();
            assertThat(registry.find(ImageKitMetrics.FAILURES).meters()).isEmpty();
            assertThat(registry.get(ImageKitMetrics.ACTIVE_GENERATIONS).gauge().value()).isZero();
            assertThat(registry.get(ImageKitMetrics.QUEUE_DEPTH).gauge().value()).isZero();
        }
    }

    @Test
    void bindTo_storageCalls_areTheKitsCountsForEachStorageAndOperation() throws IOException {
        try (ImageKit kit = kit(c -> { })) {
            new ImageKitMetrics(kit).bindTo(registry);
            page(kit);

            for (Operation op : Operation.values()) {
                String operation = op.name().toLowerCase(Locale.ROOT);
                assertThat(functionCounter(ImageKitMetrics.STORAGE_CALLS, "storage",
                        "cache-files", "operation", operation))
                        .isEqualTo(kit.storageStatistics().count(op));
                assertThat(functionCounter(ImageKitMetrics.STORAGE_CALLS, "storage", "sources",
                        "operation", operation))
                        .isEqualTo(kit.sourceStorageStatistics().count(op));
            }
            assertThat(functionCounter(ImageKitMetrics.STORAGE_CALLS, "storage", "sources",
                    "operation", "open")).as("each photo read once per spec").isEqualTo(4);
        }
    }

    @Test
    void bindTo_sourcesInTheCacheFileStorage_countsThemOnce() throws IOException {
        Path media = dir.resolve("media");
        Files.createDirectories(media.resolve("photos"));
        Files.write(media.resolve("photos/a.jpg"),
                TestImages.encode(TestImages.quadrants(300, 200), "jpeg"));
        try (ImageKit kit = ImageKit.builder().discover(false).config(ImageKitConfig.builder()
                .set("imagekit.storage.root", media.toString()).build()).build()) {
            new ImageKitMetrics(kit).bindTo(registry);
            kit.thumbnail("photos/a.jpg", "60x60").url();

            assertThat(registry.find(ImageKitMetrics.STORAGE_CALLS).tag("storage", "sources")
                    .meters()).isEmpty();
            assertThat(functionCounter(ImageKitMetrics.STORAGE_CALLS, "storage", "cache-files",
                    "operation", "open")).as("the photo and the absent thumbnail").isEqualTo(2);
        }
    }

    @Test
    void failures_corruptAndOversizedSources_countedBySpecAndCauseOncePerWindow()
            throws IOException {
        try (ImageKit kit = kit(c -> c.set("imagekit.image.max-pixels", "50000"))) {
            Files.write(dir.resolve("src/photos/broken.jpg"), "not a photo".getBytes());
            new ImageKitMetrics(kit).bindTo(registry);

            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> kit.thumbnail("photos/broken.jpg", "60x60").url())
                        .isInstanceOf(GenerationFailedException.class);
                assertThatThrownBy(() -> kit.cacheFile(CARD, Map.of("source", PHOTOS.get(0)))
                        .url()).isInstanceOf(GenerationFailedException.class)
                        .hasMessageContaining("over the limit");
            }
            kit.thumbnail(PHOTOS.get(1), "60x60").url();

            assertThat(counter(ImageKitMetrics.FAILURES, "spec", THUMBNAIL, "cause",
                    "bad-image")).isEqualTo(1);
            assertThat(counter(ImageKitMetrics.FAILURES, "spec", CARD, "cause",
                    "image-too-large")).isEqualTo(1);
            assertThat(registry.find(ImageKitMetrics.FAILURES).meters()).hasSize(2);
            assertThat(counter(ImageKitMetrics.GENERATIONS, "spec", THUMBNAIL)).isEqualTo(1);
            assertThat(registry.find(ImageKitMetrics.GENERATIONS).tag("spec", CARD).meters())
                    .isEmpty();
        }
    }

    @Test
    void gauges_asyncBackendWithOneBusyThread_queueDepthAndActiveGenerations()
            throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ImageKit kit = kit(c -> c.set("imagekit.default.cachefile.backend", "async")
                .set("imagekit.async.threads", "1"))) {
            kit.registry().generator("app:slow", SpecDefinition.builder()
                    .processors(new Gate(gate), new ResizeToFill(40, 30, Anchor.CENTER))
                    .build());
            new ImageKitMetrics(kit).bindTo(registry);
            Gauge depth = registry.get(ImageKitMetrics.QUEUE_DEPTH).gauge();
            Gauge active = registry.get(ImageKitMetrics.ACTIVE_GENERATIONS).gauge();

            for (String photo : PHOTOS) {
                kit.cacheFile("app:slow", Map.of("source", photo)).generate();
            }
            await(() -> active.value() == 1);
            assertThat(depth.value()).isEqualTo(1);
            gate.countDown();
            await(() -> kit.cacheFiles().statistics().generations() == 2);

            assertThat(depth.value()).isZero();
            assertThat(active.value()).isZero();
            assertThat(counter(ImageKitMetrics.GENERATIONS, "spec", "app:slow")).isEqualTo(2);
        } finally {
            gate.countDown();
        }
    }

    /** Waits until the background generations get there (at most 10 s). */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** A processor that holds its generation until the test opens the latch. */
    private record Gate(CountDownLatch latch) implements Processor {

        @Override
        public BufferedImage process(BufferedImage image) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return image;
        }

        @Override
        public String cacheKey() {
            return "Gate";
        }
    }

    @Test
    void bindTo_commonTags_onEveryMeter() throws IOException {
        try (ImageKit kit = kit(c -> { })) {
            new ImageKitMetrics(kit, Tags.of("app", "shop")).bindTo(registry);
            page(kit);

            List<Meter> meters = registry.getMeters();
            assertThat(meters).hasSizeGreaterThan(20);
            assertThat(meters).allSatisfy(m -> assertThat(m.getId().getTag("app"))
                    .as(m.getId().getName()).isEqualTo("shop"));
        }
    }

    @Test
    void bindTo_twiceOnOneRegistry_countsEachGenerationOnce() throws IOException {
        try (ImageKit kit = kit(c -> { })) {
            ImageKitMetrics metrics = new ImageKitMetrics(kit);
            metrics.bindTo(registry);
            metrics.bindTo(registry);
            page(kit);

            assertThat(counter(ImageKitMetrics.GENERATIONS, "spec", CARD)).isEqualTo(2);
        }
    }

    @Test
    void close_stopsRecordingGenerations() throws IOException {
        try (ImageKit kit = kit(c -> { })) {
            ImageKitMetrics metrics = new ImageKitMetrics(kit);
            metrics.bindTo(registry);
            kit.thumbnail(PHOTOS.get(0), "60x60").url();
            metrics.close();
            kit.thumbnail(PHOTOS.get(1), "60x60").url();

            assertThat(counter(ImageKitMetrics.GENERATIONS, "spec", THUMBNAIL)).isEqualTo(1);
            assertThat(kit.cacheFiles().statistics().generations()).isEqualTo(2);
        }
    }
}
