package io.github.jimagekit.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two kits, as two servers would be: one storage directory, and the JCache state cache of a
 * 3-member Hazelcast cluster, each kit through its own member.
 */
final class HazelcastKitTest {

    @TempDir
    Path storage;

    private ImageKit kit(HazelcastCluster cluster, int member) {
        ImageKitConfig config = ImageKitConfig.builder()
                .set("imagekit.storage.root", storage.toString())
                .set("imagekit.cache.generating-lease", "2s").build();
        return ImageKit.builder().config(config)
                .stateCache(JCacheStateCache.using(cluster.cacheManager(member), config)).build();
    }

    @Test
    void generate_sameFileFromTwoKitsAtOnce_generatesOnce() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountingGenerator generator = CountingGenerator.of("shared", null, new Size(40, 30));
        try (HazelcastCluster cluster = new HazelcastCluster(3);
                ImageKit first = kit(cluster, 0); ImageKit second = kit(cluster, 1)) {
            ImageCacheFile one = first.cacheFiles().file(generator.withGate(gate));
            ImageCacheFile two = second.cacheFiles().file(generator.withGate(gate));
            StateCache seenBySecond = second.cacheFiles().stateCache();

            CompletableFuture<Size> a = CompletableFuture.supplyAsync(one::size);
            CompletableFuture<Size> b = CompletableFuture.supplyAsync(two::size);
            awaitLease(seenBySecond, one.name());
            gate.countDown();

            assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(new Size(40, 30));
            assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo(new Size(40, 30));
            assertThat(generator.generations()).isEqualTo(1);
            assertThat(seenBySecond.get(one.name()))
                    .hasValueSatisfying(s -> assertThat(s).isInstanceOf(
                            CacheFileState.Exists.class));
            BufferedImage image = TestImages.decode(Files.readAllBytes(storage.resolve(
                    one.name())));
            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(image.getHeight()).isEqualTo(30);
        }
    }

    @Test
    void generate_leaseHolderKilled_anotherKitGeneratesAfterTheDeadline() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountingGenerator doomed = CountingGenerator.of("orphan", null, new Size(20, 10));
        CountingGenerator survivor = CountingGenerator.of("orphan", null, new Size(20, 10));
        try (HazelcastCluster cluster = new HazelcastCluster(3);
                ImageKit dying = kit(cluster, 2); ImageKit living = kit(cluster, 0)) {
            ImageCacheFile held = dying.cacheFiles().file(doomed.withGate(never));
            StateCache states = living.cacheFiles().stateCache();
            CompletableFuture<Void> stuck = CompletableFuture.runAsync(held::generate);
            CacheFileState.Generating lease = awaitLease(states, held.name());

            cluster.member(2).getLifecycleService().terminate();
            ImageCacheFile taken = living.cacheFiles().file(survivor);
            taken.generate();
            long done = System.currentTimeMillis();

            assertThat(taken.name()).isEqualTo(held.name());
            assertThat(done).isGreaterThanOrEqualTo(lease.leaseUntil());
            assertThat(survivor.generations()).isEqualTo(1);
            assertThat(taken.size()).isEqualTo(new Size(20, 10));
            assertThat(states.get(taken.name())).contains(
                    new CacheFileState.Exists(20, 10, "PNG", Files.size(storage.resolve(
                            taken.name()))));
            never.countDown();
            stuck.handle((v, e) -> null).get(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until a kit holds the file's lease, as another member sees it. */
    private static CacheFileState.Generating awaitLease(StateCache states, String name)
            throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            if (states.get(name).orElse(null) instanceof CacheFileState.Generating g) {
                return g;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no lease on \"" + name + "\" after 10 s");
    }
}
