package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.codec.jpeg.Fixtures.Reference;
import io.github.jimagekit.testing.ImageMetrics;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the DCT-scaled decode with the full-size decode (ImageIO) box-downscaled by the same
 * factor: the faithful reduction it stands for. Runs over the committed JPEGs of 75x53
 * pixels a side (a saturated synthetic scene, hard on subsampled chroma) and over photo-like
 * JPEGs ImageIO writes here (baseline, progressive, greyscale), with tighter bounds. For the
 * committed files it also checks that this decoder is at least as close to that reference as
 * libjpeg-turbo's own scaled decode. The table is written to
 * {@code target/jpeg-reports/full-decode.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class FullDecodeComparisonTest {

    private final Map<String, String> report = new TreeMap<>();

    static Stream<Arguments> cases() {
        Stream<Arguments> committed = Fixtures.references().stream()
                .filter(r -> r.name().startsWith("s") || r.name().startsWith("grey")
                        || r.name().startsWith("imageio"))
                .map(r -> Arguments.of(r.name(), r.jpeg()));
        Stream<Arguments> written = Stream.of(
                Arguments.of("imageio-photo-baseline", encode(photo(203, 157), false)),
                Arguments.of("imageio-photo-progressive", encode(photo(203, 157), true)),
                Arguments.of("imageio-photo-grey", encode(grey(photo(131, 97)), false)));
        return Stream.concat(committed, written).flatMap(a -> Stream.of(8, 4, 2)
                .map(n -> Arguments.of(a.get()[0], a.get()[1], n)));
    }

    @ParameterizedTest(name = "{0} at 1/{2}")
    @MethodSource("cases")
    void decode_atReducedScale_isCloseToBoxDownscaledFullDecode(String name, byte[] jpeg,
            int reduction) throws IOException {
        BufferedImage expected = PixelDiff.boxDownscale(rgb(TestImages.decode(jpeg)),
                reduction);

        BufferedImage actual = Fixtures.decodeAt(jpeg, reduction);

        PixelDiff diff = PixelDiff.of(actual, expected);
        double psnr = ImageMetrics.psnr(actual, expected);
        Reference ref = Fixtures.references().stream().filter(r -> r.name().equals(name))
                .findFirst().orElse(null);
        PixelDiff djpeg = ref == null ? null : PixelDiff.of(ref.djpeg(reduction), expected);
        report.put(name + " 1/" + reduction, String.format("%d | %.2f | %.1f | %s", diff.max(),
                diff.mean(), psnr, djpeg == null ? "" : String.format("%d / %.2f", djpeg.max(),
                djpeg.mean())));
        boolean photo = name.contains("photo");
        assertThat(diff.mean()).as("mean error").isLessThanOrEqualTo(photo ? 1.5 : 7.0);
        assertThat(psnr).as("PSNR").isGreaterThanOrEqualTo(photo ? 38.0 : 27.0);
        if (djpeg != null) {
            assertThat(diff.mean()).as("mean error, djpeg's is " + djpeg.mean())
                    .isLessThanOrEqualTo(djpeg.mean() + 0.1);
        }
    }

    /**
     * Returns an image's samples as RGB. ImageIO decodes greyscale JPEGs to {@code
     * TYPE_BYTE_GRAY}, whose {@code getRGB} applies a linear-to-sRGB curve; the samples
     * themselves are what djpeg and this decoder output.
     */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, image.getRaster().getSample(x, y, 0) * 0x010101);
            }
        }
        return out;
    }

    @AfterAll
    void writeReport() throws IOException {
        StringBuilder md = new StringBuilder("| file, scale | max | mean | PSNR dB |"
                + " djpeg -scale: max / mean |\n|---|---|---|---|---|\n");
        report.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v)
                .append(" |\n"));
        Path dir = Files.createDirectories(Path.of("target", "jpeg-reports"));
        Files.writeString(dir.resolve("full-decode.md"), md);
    }

    /** A photo-like image: gradients, soft shapes, a few hard edges. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = TestImages.gradient(width, height);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 60, 40));
        g.fillOval(width / 5, height / 4, width / 3, height / 3);
        g.setColor(new Color(30, 90, 200));
        g.fillRect(width * 3 / 5, height / 2, width / 4, height / 3);
        g.setColor(Color.WHITE);
        g.drawLine(0, height - 1, width - 1, 0);
        g.dispose();
        return image;
    }

    private static BufferedImage grey(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_BYTE_GRAY);
        out.createGraphics().drawImage(image, 0, 0, null);
        return out;
    }

    private static byte[] encode(BufferedImage image, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
