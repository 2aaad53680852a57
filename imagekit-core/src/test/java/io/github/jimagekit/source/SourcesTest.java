package io.github.jimagekit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.error.UnsafeNameException;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SourcesTest {

    @TempDir
    Path root;

    private FileSystemStorage storage;
    private final MutableClock clock = new MutableClock(Instant.EPOCH);

    @BeforeEach
    void setUp() throws IOException {
        storage = new FileSystemStorage(root, "/media/");
        storage.save("photos/dog.jpg", new byte[] {1, 2, 3});
        Files.setLastModifiedTime(root.resolve("photos/dog.jpg"),
                FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    private Sources sources(SourceVersioning v, Duration ttl) {
        return new Sources(storage, v, ttl, List.of(), clock);
    }

    @Test
    void resolve_name_givesMetadataVersion() {
        Source s = sources(SourceVersioning.METADATA, Duration.ofMinutes(1))
                .resolve("photos/dog.jpg");
        assertThat(s.name()).isEqualTo("photos/dog.jpg");
        assertThat(s.storage()).isSameAs(storage);
        // size 3 and 2026-01-01 in base 36
        assertThat(s.version()).isEqualTo("3-" + Long.toString(1767225600000L, 36));
    }

    @Test
    void resolve_replacedFile_getsANewVersionAfterForget() throws IOException {
        Sources sources = sources(SourceVersioning.METADATA, Duration.ofMinutes(1));
        String before = sources.resolve("photos/dog.jpg").version();
        storage.save("photos/dog.jpg", new byte[] {9, 9, 9, 9});

        assertThat(sources.resolve("photos/dog.jpg").version())
                .as("remembered within the TTL").isEqualTo(before);
        sources.forget("photos/dog.jpg");
        assertThat(sources.resolve("photos/dog.jpg").version()).isNotEqualTo(before);
    }

    @Test
    void resolve_afterTtl_readsTheStorageAgain() throws IOException {
        Sources sources = sources(SourceVersioning.METADATA, Duration.ofSeconds(60));
        String before = sources.resolve("photos/dog.jpg").version();
        storage.save("photos/dog.jpg", new byte[] {9, 9, 9, 9});

        clock.advance(Duration.ofSeconds(59));
        assertThat(sources.resolve("photos/dog.jpg").version()).isEqualTo(before);
        clock.advance(Duration.ofSeconds(2));
        assertThat(sources.resolve("photos/dog.jpg").version()).isNotEqualTo(before);
    }

    @Test
    void resolve_contentVersioning_changesWithContentOnly() throws IOException {
        Sources sources = sources(SourceVersioning.CONTENT, Duration.ZERO);
        String v1 = sources.resolve("photos/dog.jpg").version();
        Files.setLastModifiedTime(root.resolve("photos/dog.jpg"), FileTime.from(Instant.now()));
        assertThat(sources.resolve("photos/dog.jpg").version()).isEqualTo(v1).hasSize(16);
        storage.save("photos/dog.jpg", new byte[] {4, 5, 6});
        assertThat(sources.resolve("photos/dog.jpg").version()).isNotEqualTo(v1);
    }

    @Test
    void resolve_noVersioning_leavesVersionEmptyAndDoesNotTouchStorage() {
        Source s = sources(SourceVersioning.NONE, Duration.ZERO).resolve("photos/missing.jpg");
        assertThat(s.version()).isEmpty();
        assertThat(s.isVersioned()).isFalse();
    }

    @Test
    void resolve_missingFile_throwsMissingSourceNamingIt() {
        assertThatThrownBy(() -> sources(SourceVersioning.METADATA, Duration.ZERO)
                .resolve("photos/cat.jpg"))
                .isInstanceOf(MissingSourceException.class)
                .hasMessage("source \"photos/cat.jpg\" does not exist");
    }

    @Test
    void resolve_nullOrBlank_throwsMissingSource() {
        Sources sources = sources(SourceVersioning.METADATA, Duration.ZERO);
        assertThatThrownBy(() -> sources.resolve(null)).isInstanceOf(MissingSourceException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> sources.resolve("  ")).isInstanceOf(MissingSourceException.class);
    }

    @Test
    void resolve_pathInsideRoot_becomesRelativeName() {
        Sources sources = sources(SourceVersioning.METADATA, Duration.ZERO);
        assertThat(sources.resolve(root.resolve("photos/dog.jpg")).name())
                .isEqualTo("photos/dog.jpg");
        assertThat(sources.resolve(root.resolve("photos/dog.jpg").toFile()).name())
                .isEqualTo("photos/dog.jpg");
        assertThat(sources.resolve(Path.of("photos/dog.jpg")).name()).isEqualTo("photos/dog.jpg");
    }

    @Test
    void resolve_pathOutsideRoot_isRefusedWithoutRevealingIt() {
        Sources sources = sources(SourceVersioning.METADATA, Duration.ZERO);
        assertThatThrownBy(() -> sources.resolve(Path.of("/etc/passwd")))
                .isInstanceOf(UnsafeNameException.class)
                .hasMessage("path \"passwd\" is not inside the source storage");
        assertThatThrownBy(() -> sources.resolve(root.resolve("../x.jpg")))
                .isInstanceOf(UnsafeNameException.class);
    }

    @Test
    void resolve_traversalName_isRefused() {
        Sources sources = sources(SourceVersioning.NONE, Duration.ZERO);
        assertThatThrownBy(() -> sources.resolve("../../etc/passwd"))
                .isInstanceOf(UnsafeNameException.class);
    }

    @Test
    void resolve_applicationType_usesResolverThenVersions() {
        record Photo(String file) {
        }
        Sources sources = new Sources(storage, SourceVersioning.METADATA, Duration.ZERO,
                List.of((value, st) -> value instanceof Photo p
                        ? Optional.of(Source.of(st, "photos/" + p.file())) : Optional.empty()),
                clock);

        Source s = sources.resolve(new Photo("dog.jpg"));

        assertThat(s.name()).isEqualTo("photos/dog.jpg");
        assertThat(s.isVersioned()).isTrue();
    }

    @Test
    void resolve_unknownType_explainsWhatIsAccepted() {
        assertThatThrownBy(() -> sources(SourceVersioning.NONE, Duration.ZERO).resolve(42))
                .isInstanceOf(ImageKitException.class)
                .hasMessageContaining("java.lang.Integer")
                .hasMessageContaining("SourceResolver");
    }

    @Test
    void resolve_alreadyVersionedSource_isKeptAsIs() {
        Source given = Source.of(storage, "photos/none.jpg").withVersion("db-7");
        assertThat(sources(SourceVersioning.METADATA, Duration.ZERO).resolve(given))
                .isEqualTo(given);
    }
}
