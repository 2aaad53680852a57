package io.github.jimagekit.jobrunr;

import static io.github.jimagekit.jobrunr.JobRunrBackendTest.await;
import static io.github.jimagekit.jobrunr.JobRunrBackendTest.jobs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.batch.BatchSummary;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jobrunr.jobs.states.StateName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code generateimages --distributed} runs: the batch handed to the JobRunr backend. */
final class DistributedBatchTest {

    @TempDir
    Path cache;

    @TempDir
    Path sources;

    @Test
    void run_jobRunrBackend_enqueuesEveryFileAndAWorkerDrainsThem() throws Exception {
        for (int i = 0; i < 4; i++) {
            Files.write(sources.resolve("p" + i + ".png"), TestImages.encode(
                    TestImages.solid(80, 60, Color.ORANGE), "png"));
        }
        try (Nodes nodes = new Nodes("batch", cache, sources);
                ImageKit command = nodes.kit()) {
            BatchSummary s = command.batch().backend(command.cacheFiles().backend()).threads(2)
                    .build().run();

            assertThat(s.enqueued()).isEqualTo(4);
            assertThat(s.generated()).isZero();
            assertThat(s.describe()).endsWith(", 4 enqueued");
            assertThat(jobs(nodes, StateName.ENQUEUED)).isEqualTo(4);
            assertThat(nodes.saves).isEmpty();

            nodes.start();
            await(() -> jobs(nodes, StateName.SUCCEEDED) == 4);
            assertThat(nodes.saves).hasSize(4).allSatisfy((name, n) ->
                    assertThat(n.get()).isEqualTo(1));
        }
    }
}
