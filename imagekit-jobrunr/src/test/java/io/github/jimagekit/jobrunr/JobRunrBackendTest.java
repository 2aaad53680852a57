package io.github.jimagekit.jobrunr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.navigation.AmountRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

final class JobRunrBackendTest {

    @TempDir
    Path cache;

    @TempDir
    Path sources;

    private Nodes nodes(TestInfo test) throws Exception {
        for (String colour : List.of("red", "green", "blue")) {
            Color c = (Color) Color.class.getField(colour).get(null);
            Files.write(sources.resolve(colour + ".png"), TestImages.encode(
                    TestImages.solid(80, 60, c), "png"));
        }
        return new Nodes(test.getTestMethod().orElseThrow().getName(), cache, sources);
    }

    /** The page: three sources at two sizes. */
    private static List<ImageCacheFile> page(ImageKit kit) {
        List<ImageCacheFile> files = new ArrayList<>();
        for (String colour : List.of("red", "green", "blue")) {
            files.add(kit.thumbnail(colour + ".png", "40x30"));
            files.add(kit.thumbnail(colour + ".png", "20x15"));
        }
        return files;
    }

    @Test
    void generate_samePageOnTwoNodes_eachFileGeneratedOnceByTheWorkers(TestInfo test)
            throws Exception {
        try (Nodes nodes = nodes(test)) {
            ImageKit first = nodes.start();
            ImageKit second = nodes.start();
            List<ImageCacheFile> one = page(first);
            List<ImageCacheFile> two = page(second);
            one.forEach(ImageCacheFile::generate);
            two.forEach(ImageCacheFile::generate);

            await(() -> jobs(nodes, StateName.SUCCEEDED) >= 6
                    && nodes.saves.size() == 6);

            assertThat(nodes.saves).hasSize(6).allSatisfy((name, n) ->
                    assertThat(n.get()).as(name).isEqualTo(1));
            BufferedImage red = TestImages.decode(Files.readAllBytes(cache.resolve(
                    one.get(0).name())));
            assertThat(red.getWidth()).isEqualTo(40);
            assertThat(red.getHeight()).isEqualTo(30);
            assertThat(TestImages.isNear(red, 20, 15, Color.RED, 8)).isTrue();
            assertThat(two.get(5).isReady()).isTrue();
            assertThat(two.get(5).width()).isEqualTo(20);
        }
    }

    @Test
    void generate_corruptSource_jobFailsWithoutRetryAndTheKitRemembers(TestInfo test)
            throws Exception {
        try (Nodes nodes = nodes(test)) {
            Files.write(sources.resolve("broken.jpg"),
                    "not a jpeg".getBytes(StandardCharsets.US_ASCII));
            ImageKit kit = nodes.start();
            ImageCacheFile file = kit.thumbnail("broken.jpg", "40x30");
            file.generate();

            await(() -> jobs(nodes, StateName.FAILED) == 1);

            Job job = list(nodes, StateName.FAILED).get(0);
            assertThat(job.getJobStatesOfType(FailedState.class).count()).isEqualTo(1);
            assertThat(job.getJobStatesOfType(FailedState.class).findFirst().orElseThrow()
                    .mustNotRetry()).isTrue();
            assertThat(job.getJobStates().get(job.getJobStates().size() - 1))
                    .isInstanceOf(FailedState.class);
            assertThat(kit.cacheFiles().stateCache().get(file.name()))
                    .hasValueSatisfying(s -> assertThat(s)
                            .isInstanceOf(CacheFileState.Failed.class));
            assertThat(nodes.saves).isEmpty();
        }
    }

    @Test
    void generate_storageFailsFirstSave_retriedAndSucceeds(TestInfo test) throws Exception {
        try (Nodes nodes = nodes(test)) {
            ImageKit kit = nodes.start();
            ImageCacheFile file = kit.thumbnail("green.png", "40x30");
            nodes.failOnce.add(file.name());
            file.generate();

            await(() -> jobs(nodes, StateName.SUCCEEDED) == 1);

            Job job = list(nodes, StateName.SUCCEEDED).get(0);
            assertThat(job.getJobStatesOfType(FailedState.class).count()).isEqualTo(1);
            assertThat(job.getJobStatesOfType(FailedState.class).findFirst().orElseThrow()
                    .getExceptionCauseMessage()).isEqualTo(
                    "storage unreachable (first save of " + file.name() + ")");
            assertThat(nodes.saves.get(file.name()).get()).isEqualTo(1);
            assertThat(TestImages.decode(Files.readAllBytes(cache.resolve(file.name())))
                    .getWidth()).isEqualTo(40);
        }
    }

    static long jobs(Nodes nodes, StateName state) {
        return nodes.database.storageProvider().countJobs(state);
    }

    static List<Job> list(Nodes nodes, StateName state) {
        return nodes.database.storageProvider().getJobList(state,
                new AmountRequest("updatedAt:ASC", 100));
    }

    /** Waits for the workers, at most a minute (a failure, not a speed check). */
    static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the workers did not finish within a minute");
            }
            Thread.sleep(100);
        }
    }
}
