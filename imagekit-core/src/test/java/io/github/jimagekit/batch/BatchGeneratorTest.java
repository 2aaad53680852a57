package io.github.jimagekit.batch;

import static io.github.jimagekit.batch.BatchItem.Outcome.GENERATED;
import static io.github.jimagekit.batch.BatchItem.Outcome.WOULD_GENERATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.storage.StorageStatistics.Operation;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.template.ImageTag;
import io.github.jimagekit.testing.GalleryFiles;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BatchGeneratorTest {

    @TempDir
    Path root;

    @BeforeEach
    void photos() throws IOException {
        GalleryFiles.photos(root, 4);
    }

    private static BatchSummary run(ImageKit kit, BatchListener listener,
            java.util.function.UnaryOperator<BatchGenerator.Builder> options) {
        return options.apply(kit.batch().threads(2).listener(listener)).build()
                .run();
    }

    @Test
    void run_generatesEveryRegistrationOverItsGroup() throws IOException {
        BatchFixture.Recorder r = new BatchFixture.Recorder();
        try (ImageKit kit = BatchFixture.kit(root)) {
            BatchSummary s = run(kit, r, b -> b);

            assertThat(s.generated()).isEqualTo(8);
            assertThat(s.total()).isEqualTo(8);
            assertThat(s.failed()).isZero();
            assertThat(s.exitStatus()).isZero();
            assertThat(s.imagesPerSecond()).isPositive();
            assertThat(r.summary).isEqualTo(s);
            assertThat(r.total).isEqualTo(-1);
            assertThat(GalleryFiles.cacheFiles(root)).hasSize(8);
            String card = kit.cacheFile("gallery:card", Map.of("source", "photos/p00.png"))
                    .name();
            BufferedImage img = TestImages.decode(Files.readAllBytes(root.resolve(card)));
            assertThat(img.getWidth()).isEqualTo(20);
            assertThat(img.getHeight()).isEqualTo(10);
            assertThat(r.with(GENERATED)).extracting(BatchItem::cacheFile).contains(card);
        }
    }

    @Test
    void run_templateOnlyRegistration_isTheFileThePageAsksFor() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            run(kit, new BatchListener() {
            }, b -> b.patterns("imagekit:thumbnail"));
            long generated = kit.cacheFiles().statistics().snapshot().generations();
            kit.storageStatistics().reset();

            String html = kit.templates().render(ImageTag.builder().geometry("8x8")
                    .argument("anchor", "c").source("photos/p01.png").build()).html();

            assertThat(generated).isEqualTo(4);
            assertThat(html).contains("width=\"8\"").contains("height=\"8\"");
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(4);
            assertThat(kit.storageStatistics().count(Operation.SAVE)).isZero();
        }
    }

    @Test
    void run_patterns_selectGenerators() throws IOException {
        try (ImageKit kit = BatchFixture.kit(root)) {
            BatchSummary s = run(kit, new BatchListener() {
            }, b -> b.patterns("gallery"));

            assertThat(s.generated()).isEqualTo(4);
            assertThat(GalleryFiles.cacheFiles(root)).hasSize(4);
        }
    }

    @Test
    void run_rerun_knownStates_noStorageCall() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            run(kit, new BatchListener() {
            }, b -> b);
            kit.storageStatistics().reset();

            BatchSummary again = run(kit, new BatchListener() {
            }, b -> b);

            assertThat(again.alreadyThere()).isEqualTo(8);
            assertThat(again.generated()).isZero();
            assertThat(kit.storageStatistics().total()).isZero();
        }
    }

    @Test
    void run_rerun_unknownStates_oneExistenceCheckPerFile() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            run(kit, new BatchListener() {
            }, b -> b);
        }
        try (ImageKit fresh = BatchFixture.kit(root)) {
            BatchSummary again = run(fresh, new BatchListener() {
            }, b -> b);

            assertThat(again.alreadyThere()).isEqualTo(8);
            assertThat(fresh.storageStatistics().count(Operation.EXISTS)).isEqualTo(8);
            assertThat(fresh.storageStatistics().total()).isEqualTo(8);
        }
    }

    @Test
    void run_force_regeneratesExistingFiles() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            run(kit, new BatchListener() {
            }, b -> b);

            BatchSummary forced = run(kit, new BatchListener() {
            }, b -> b.force(true));

            assertThat(forced.generated()).isEqualTo(8);
            assertThat(forced.alreadyThere()).isZero();
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(16);
        }
    }

    @Test
    void run_dryRun_listsWhatWouldBeGeneratedAndGeneratesNothing() throws IOException {
        BatchFixture.Recorder r = new BatchFixture.Recorder();
        try (ImageKit kit = BatchFixture.kit(root)) {
            run(kit, new BatchListener() {
            }, b -> b.patterns("gallery:card"));

            BatchSummary s = run(kit, r, b -> b.dryRun(true).countFirst(true));

            assertThat(s.dryRun()).isTrue();
            assertThat(s.generated()).isEqualTo(4);
            assertThat(s.alreadyThere()).isEqualTo(4);
            assertThat(r.total).isEqualTo(8);
            assertThat(r.with(WOULD_GENERATE)).extracting(BatchItem::generatorId)
                    .containsOnly("imagekit:thumbnail");
            assertThat(r.with(WOULD_GENERATE)).allSatisfy(i -> assertThat(
                    root.resolve(i.cacheFile())).doesNotExist());
            assertThat(GalleryFiles.cacheFiles(root)).hasSize(4);
            assertThat(s.describe()).contains("4 would be generated").doesNotContain("img/s");
        }
    }

    @Test
    void run_brokenSource_othersStillGenerated_failureNamesSourceAndError()
            throws IOException {
        Files.write(root.resolve("photos/broken.png"), "not an image".getBytes());
        try (ImageKit kit = BatchFixture.kit(root)) {
            BatchSummary s = run(kit, new BatchListener() {
            }, b -> b);

            assertThat(s.generated()).isEqualTo(8);
            assertThat(s.failed()).isEqualTo(2);
            assertThat(s.exitStatus()).isEqualTo(BatchSummary.FAILURES);
            assertThat(s.failures()).extracting(BatchItem::source)
                    .containsOnly("photos/broken.png");
            assertThat(s.failures()).allSatisfy(f -> assertThat(f.message())
                    .contains("photos/broken.png").doesNotContain(root.toString()));
            assertThat(s.describe()).endsWith("0 missing source, 2 failed");
        }
    }

    @Test
    void run_failFast_stopsAtTheFirstFailure() throws IOException {
        Files.write(root.resolve("photos/broken.png"), "not an image".getBytes());
        try (ImageKit kit = BatchFixture.kit(root)) {
            BatchSummary s = run(kit, new BatchListener() {
            }, b -> b.threads(1).failFast(true));

            assertThat(s.stopped()).isTrue();
            assertThat(s.failed()).isEqualTo(1);
            assertThat(s.failures().get(0).generatorId()).isEqualTo("gallery:card");
            ImageCacheFile thumb = kit.cacheFile(ImageKit.THUMBNAIL, Map.of("source",
                    "photos/p00.png", "width", 8, "height", 8, "anchor", "c"));
            assertThat(root.resolve(thumb.name())).doesNotExist();
        }
    }

    @Test
    void run_missingSource_isCountedApartAndIsNoFailure() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            kit.registry().sourceGroup("gallery:card", new SourceGroup() {
                @Override
                public Stream<Source> files(Storage storage) {
                    return Stream.of(Source.of(storage, "photos/ghost.png"));
                }

                @Override
                public boolean contains(Source source) {
                    return false;
                }
            });

            BatchSummary s = run(kit, new BatchListener() {
            }, b -> b.patterns("gallery:card"));

            assertThat(s.missingSource()).isEqualTo(1);
            assertThat(s.generated()).isEqualTo(4);
            assertThat(s.exitStatus()).isZero();
        }
    }

    @Test
    void run_interrupted_thenRerun_generatesOnlyTheRest() throws IOException {
        GalleryFiles.photos(root, 12);
        Thread runner = Thread.currentThread();
        BatchListener interruptAfterThree = new BatchListener() {
            private int done;

            @Override
            public synchronized void done(BatchItem item) {
                if (++done == 3) {
                    runner.interrupt();
                }
            }
        };
        try (ImageKit kit = BatchFixture.kit(root)) {
            BatchSummary first = run(kit, interruptAfterThree, b -> b.threads(1)
                    .patterns("gallery:card"));
            assertThat(Thread.interrupted()).isTrue();
            kit.storageStatistics().reset();

            BatchSummary rest = run(kit, new BatchListener() {
            }, b -> b.patterns("gallery:card"));

            assertThat(first.stopped()).isTrue();
            assertThat(first.generated()).isBetween(3L, 11L);
            assertThat(rest.alreadyThere()).isEqualTo(first.generated());
            assertThat(rest.generated()).isEqualTo(12 - first.generated());
            assertThat(kit.storageStatistics().count(Operation.EXISTS)).isEqualTo(rest.generated());
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isEqualTo(12);
        }
    }

    @Test
    void plan_patternMatchingNoGenerator_isRefusedListingTheRegistered() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            BatchGenerator b = kit.batch().patterns("galery").build();
            assertThatThrownBy(b::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pattern \"galery\" matches no registered generator"
                            + " (registered: gallery:card, gallery:unused, imagekit:thumbnail)");
        }
    }

    @Test
    void plan_warnsOfGroupsOnUnknownGeneratorsAndOfPatternsSelectingNoGroup() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            kit.registry().sourceGroup("ghost:gen", SourceGroup.glob("photos/*.png"));
            List<String> warnings = new ArrayList<>();

            BatchGenerator b = kit.batch().patterns("gallery:unused", "ghost")
                    .build();
            assertThatThrownBy(b::run).hasMessageStartingWith("pattern \"ghost\"");
            List<?> plan = kit.batch().patterns("gallery:unused").build()
                    .plan(warnings);

            assertThat(plan).isEmpty();
            assertThat(warnings).containsExactly("pattern \"gallery:unused\" selects generators"
                    + " without a source group, so nothing: gallery:unused");
            warnings.clear();
            kit.batch().build().plan(warnings);
            assertThat(warnings).containsExactly("source group registered for generator"
                    + " \"ghost:gen\", which is not registered: left out");
        }
    }

    @Test
    void builder_threadsBelowOne_isRefused() {
        try (ImageKit kit = BatchFixture.kit(root)) {
            assertThatThrownBy(() -> kit.batch().threads(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("threads must be at least 1, was 0");
        }
    }
}
