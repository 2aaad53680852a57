package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

final class GallerySettingsTest {

    private static final Path HOME = Path.of("/home/ann");
    private static final Path TMP = Path.of("/var/tmp");
    private static final UnaryOperator<String> NONE = name -> null;

    @Test
    void resolve_nothingSet_usesTheTemporaryDirectoryAndTheSamples() {
        GallerySettings s = GallerySettings.resolve(NONE, NONE, NONE, HOME, TMP);

        assertThat(s.work()).isEqualTo(Path.of("/var/tmp/jimagekit-gallery"));
        assertThat(s.photos()).isEqualTo(Path.of("/var/tmp/jimagekit-gallery/photos"));
        assertThat(s.samplePhotos()).isTrue();
        assertThat(s.media()).isEqualTo(Path.of("/var/tmp/jimagekit-gallery/media"));
        assertThat(s.stateCache()).isEqualTo(Path.of("/var/tmp/jimagekit-gallery/state"));
    }

    @Test
    void resolve_contextParameter_winsOverPropertyAndEnvironment() {
        GallerySettings s = GallerySettings.resolve(
                of(GallerySettings.PHOTOS_DIR, "/srv/a"),
                of(GallerySettings.PHOTOS_DIR, "/srv/b", GallerySettings.WORK_DIR, "/srv/w"),
                of(GallerySettings.PHOTOS_DIR, "/srv/c", GallerySettings.WORK_DIR, "/srv/x"),
                HOME, TMP);

        assertThat(s.photos()).isEqualTo(Path.of("/srv/a"));
        assertThat(s.work()).isEqualTo(Path.of("/srv/w"));
        assertThat(s.samplePhotos()).isFalse();
    }

    @Test
    void resolve_blankValues_areNotSettings() {
        GallerySettings s = GallerySettings.resolve(of(GallerySettings.PHOTOS_DIR, "  "),
                NONE, of(GallerySettings.PHOTOS_DIR, "/srv/photos"), HOME, TMP);

        assertThat(s.photos()).isEqualTo(Path.of("/srv/photos"));
    }

    @Test
    void resolve_tilde_isTheHomeDirectory() {
        GallerySettings s = GallerySettings.resolve(NONE,
                of(GallerySettings.PHOTOS_DIR, "~/Pictures/../Pictures", GallerySettings.WORK_DIR,
                        "~"), NONE, HOME, TMP);

        assertThat(s.photos()).isEqualTo(Path.of("/home/ann/Pictures"));
        assertThat(s.work()).isEqualTo(HOME);
    }

    @Test
    void resolve_relativePath_isResolvedAgainstTheWorkingDirectory() {
        GallerySettings s = GallerySettings.resolve(NONE, NONE,
                of(GallerySettings.WORK_DIR, "gallery-work"), HOME, TMP);

        assertThat(s.work()).isEqualTo(Path.of("gallery-work").toAbsolutePath());
        assertThat(s.photos()).isEqualTo(s.work().resolve("photos"));
        assertThat(s.samplePhotos()).isTrue();
    }

    private static UnaryOperator<String> of(String... pairs) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m::get;
    }
}
