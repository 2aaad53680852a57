package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the README says of the sample photos the WAR ships. */
final class SampleImagesTest {

    private static final Path SAMPLES = Path.of("src/main/webapp/WEB-INF/samples");

    @Test
    void samples_areTheGeneratorsPhotos_smallInTotal() throws IOException {
        List<Path> files = files();

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(SampleImages.samples().keySet());
        long total = 0;
        for (Path p : files) {
            total += Files.size(p);
        }
        assertThat(total).as("bytes shipped").isBetween(100_000L, 600_000L);
    }

    @Test
    void rotatedSample_isStoredOnItsSide_withExifOrientation6() throws IOException {
        byte[] jpeg = Files.readAllBytes(SAMPLES.resolve(SampleImages.ROTATED));
        BufferedImage stored = TestImages.decode(jpeg);

        assertThat(stored.getWidth()).isEqualTo(1440);
        assertThat(stored.getHeight()).isEqualTo(960);
        // APP1 "Exif" right after SOI, big-endian TIFF, one IFD entry: Orientation (0x0112) = 6
        assertThat(jpeg[2] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[3] & 0xFF).isEqualTo(0xE1);
        assertThat(new String(jpeg, 6, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("Exif");
        assertThat((jpeg[22] & 0xFF) << 8 | jpeg[23] & 0xFF).isEqualTo(0x0112);
        assertThat((jpeg[30] & 0xFF) << 8 | jpeg[31] & 0xFF).isEqualTo(6);
    }

    @Test
    void transparentSample_hasAnAlphaChannel() throws IOException {
        BufferedImage png = TestImages.decode(Files.readAllBytes(
                SAMPLES.resolve(SampleImages.TRANSPARENT)));

        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(png.getRGB(0, 0), true).getAlpha()).isZero();
        assertThat(new Color(png.getRGB(png.getWidth() / 2, png.getHeight() / 2), true)
                .getAlpha()).isEqualTo(255);
    }

    @Test
    void landscapes_are1440PixelsWide() throws IOException {
        for (Path p : files()) {
            String name = p.getFileName().toString();
            if (name.endsWith(".jpg") && !name.equals(SampleImages.ROTATED)) {
                BufferedImage img = TestImages.decode(Files.readAllBytes(p));
                assertThat(img.getWidth() + "x" + img.getHeight()).as(name).isEqualTo("1440x960");
            }
        }
    }

    @Test
    void fallbackPicture_isA480By360Png() throws IOException {
        BufferedImage img = TestImages.decode(Files.readAllBytes(
                Path.of("src/main/webapp/static/missing.png")));

        assertThat(img.getWidth()).isEqualTo(480);
        assertThat(img.getHeight()).isEqualTo(360);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.sorted().toList();
        }
    }
}
