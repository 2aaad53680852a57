package io.github.jimagekit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.ImageKitBuilder;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.testing.ForwardingStorage;
import io.github.jimagekit.testing.GalleryFiles;
import io.github.jimagekit.testing.GalleryLibrary;
import io.github.jimagekit.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KitStatusTest {

    private static final String PROBE = "CACHE/images/" + KitStatus.PROBE_FILE;
    private static final String BROKEN = "spec \"gallery:card\": source \"photos/broken.png\" is"
            + " not an image in a supported format";

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    /** The file storage, recording the writes and failing those of the names it is told. */
    private final class ProbedStorage extends ForwardingStorage {

        final List<String> writes = new ArrayList<>();
        String refuseSave = "";
        String refuseDelete = "";

        ProbedStorage() {
            super(new FileSystemStorage(root, "/media/"));
        }

        @Override
        public void save(String name, InputStream content) throws IOException {
            writes.add("save " + name);
            if (name.equals(refuseSave)) {
                throw new IOException("read-only file system");
            }
            super.save(name, content);
        }

        @Override
        public boolean delete(String name) throws IOException {
            writes.add("delete " + name);
            if (name.equals(refuseDelete)) {
                throw new IOException("permission denied");
            }
            return super.delete(name);
        }

        @Override
        public String toString() {
            return "ProbedStorage";
        }
    }

    private ProbedStorage storage;

    @BeforeEach
    void photos() throws IOException {
        storage = new ProbedStorage();
        GalleryFiles.photos(root, 2);
        Files.writeString(root.resolve("photos/broken.png"), "this is not a picture");
    }

    private ImageKitBuilder kitBuilder() {
        return ImageKit.builder()
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .build())
                .storage(storage)
                .discover(false)
                .clock(clock)
                .library(new GalleryLibrary());
    }

    @Test
    void health_freshKit_upAndTheProbeLeavesNothingUncounted() throws IOException {
        try (ImageKit kit = kitBuilder().build()) {
            KitHealth health = KitStatus.of(kit).health();

            assertThat(health).isEqualTo(new KitHealth(Check.passed("writable"),
                    Check.passed("open"), 0));
            assertThat(health.isUp()).isTrue();
            assertThat(storage.writes).containsExactly("save " + PROBE, "delete " + PROBE);
            try (Stream<String> files = storage.list("")) {
                assertThat(files).as("nothing left").noneMatch(n -> n.contains("probe"));
            }
            assertThat(kit.storageStatistics().total()).as("not counted").isZero();
        }
    }

    @Test
    void health_readOnlyStorage_downNamingTheProbeFile() {
        storage.refuseSave = PROBE;
        try (ImageKit kit = kitBuilder().build()) {
            KitHealth health = KitStatus.of(kit).health();

            assertThat(health.isUp()).isFalse();
            assertThat(health.storage()).isEqualTo(Check.failed("cannot save \"" + PROBE
                    + "\": IOException: read-only file system"));
            assertThat(health.stateCache().ok()).isTrue();
        }
    }

    @Test
    void health_probeNotDeleted_downAndTheNextProbeRemovesIt() throws IOException {
        storage.refuseDelete = PROBE;
        try (ImageKit kit = kitBuilder().build()) {
            KitStatus status = KitStatus.of(kit, Duration.ZERO, clock);

            assertThat(status.health().storage()).isEqualTo(Check.failed("cannot delete \""
                    + PROBE + "\": IOException: permission denied"));
            assertThat(storage.exists(PROBE)).isTrue();
            storage.refuseDelete = "";

            assertThat(status.health().isUp()).isTrue();
            assertThat(storage.exists(PROBE)).isFalse();
        }
    }

    @Test
    void health_askedOftenWithinTheInterval_probesOncePerInterval() {
        try (ImageKit kit = kitBuilder().build()) {
            KitStatus status = KitStatus.of(kit, Duration.ofSeconds(10), clock);
            for (int i = 0; i < 10; i++) {
                assertThat(status.health().isUp()).isTrue();
                clock.advance(Duration.ofSeconds(1));
            }

            assertThat(storage.writes).filteredOn(w -> w.startsWith("save")).hasSize(1);
            assertThat(status.health().isUp()).isTrue();
            assertThat(storage.writes).filteredOn(w -> w.startsWith("save")).hasSize(2);
        }
    }

    @Test
    void health_closedKit_downWithTheStateCacheClosed() {
        ImageKit kit = kitBuilder().build();
        KitStatus status = KitStatus.of(kit);
        kit.close();

        KitHealth health = status.health();

        assertThat(health.stateCache()).isEqualTo(Check.failed("closed"));
        assertThat(health.isUp()).isFalse();
    }

    @Test
    void health_brokenSource_stillUpWithTheFailureCounted() {
        try (ImageKit kit = kitBuilder().build()) {
            assertThatThrownBy(() -> kit.cacheFile("gallery:card",
                    Map.of("source", "photos/broken.png")).url())
                    .isInstanceOf(GenerationFailedException.class);

            KitHealth health = KitStatus.of(kit).health();

            assertThat(health.isUp()).isTrue();
            assertThat(health.failuresLastMinute()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(60));
            assertThat(KitStatus.of(kit).health().failuresLastMinute()).isZero();
        }
    }

    @Test
    void report_afterGoodAndBrokenImages_countsFailuresCallsGeneratorsAndGroups() {
        try (ImageKit kit = kitBuilder().build()) {
            String good = kit.cacheFile("gallery:card", Map.of("source", "photos/p00.png"))
                    .url();
            String broken = kit.cacheFile("gallery:card",
                    Map.of("source", "photos/broken.png")).name();
            assertThatThrownBy(() -> kit.cacheFile("gallery:card",
                    Map.of("source", "photos/broken.png")).url()).hasMessage(BROKEN);
            KitStatus status = KitStatus.of(kit);
            status.health();

            KitReport report = status.report();

            assertThat(good).startsWith("/media/CACHE/images/photos/p00/");
            assertThat(report.cache().generations()).isEqualTo(1);
            assertThat(report.cache().failures()).isEqualTo(1);
            assertThat(report.failuresLastMinute()).isEqualTo(1);
            assertThat(report.cache().recentFailures()).singleElement().satisfies(f -> {
                assertThat(f.name()).isEqualTo(broken);
                assertThat(f.message()).isEqualTo(BROKEN);
                assertThat(f.at()).isEqualTo(clock.instant());
            });
            assertThat(report.storageCalls().cacheFiles()).as("the probe is not counted")
                    .containsExactly(Map.entry("exists", 0L), Map.entry("stat", 2L),
                            Map.entry("open", 4L), Map.entry("save", 1L),
                            Map.entry("delete", 0L), Map.entry("list", 0L));
            assertThat(report.storageCalls().shared()).isTrue();
            assertThat(report.storageCalls().sources())
                    .isEqualTo(report.storageCalls().cacheFiles());
            assertThat(report.generators()).containsExactly("gallery:card", "gallery:unused",
                    "imagekit:thumbnail");
            assertThat(report.sourceGroups()).containsExactly(
                    new KitReport.SourceGroupUse("gallery:card",
                            "SourceGroup.glob(photos/*.png)", Map.of()),
                    new KitReport.SourceGroupUse("imagekit:thumbnail",
                            "SourceGroup.glob(photos/*.png)",
                            Map.of("anchor", "c", "height", "8", "width", "8")));
            assertThat(report.components()).isEqualTo(new KitReport.Components(
                    "ProbedStorage", "ProbedStorage", "StateCache.inMemory(2 entries)",
                    "CacheFileBackend.simple()", "CacheFileStrategy.just-in-time"));
        }
    }

    @Test
    void of_negativeInterval_isRefused() {
        try (ImageKit kit = kitBuilder().build()) {
            assertThatThrownBy(() -> KitStatus.of(kit, Duration.ofSeconds(-1), clock))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("probe interval must not be negative: PT-1S");
        }
    }
}
