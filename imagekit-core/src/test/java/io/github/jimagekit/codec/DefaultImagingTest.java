package io.github.jimagekit.codec;

import static io.github.jimagekit.codec.CodecFixtures.markers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.processor.ImageProperties;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.ImageMetrics;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class DefaultImagingTest {

    private static final Color R = Color.RED;
    private static final Color G = Color.GREEN;
    private static final Color B = Color.BLUE;
    private static final Color W = Color.WHITE;

    private final Imaging imaging = Imaging.builder().build();

    /**
     * Displayed corners (top-left, top-right, bottom-left, bottom-right) of a stored image with
     * red, green, blue and white corners, from the EXIF table of where the stored 0th row and
     * 0th column are shown.
     */
    static Stream<Arguments> orientations() {
        return Stream.of(
                Arguments.of(1, new Color[] {R, G, B, W}),
                Arguments.of(2, new Color[] {G, R, W, B}),
                Arguments.of(3, new Color[] {W, B, G, R}),
                Arguments.of(4, new Color[] {B, W, R, G}),
                Arguments.of(5, new Color[] {R, B, G, W}),
                Arguments.of(6, new Color[] {B, R, W, G}),
                Arguments.of(7, new Color[] {W, G, B, R}),
                Arguments.of(8, new Color[] {G, W, R, B}));
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("orientations")
    void render_exifOrientation_outputIsUpright(int orientation, Color[] corners) {
        byte[] jpeg = CodecFixtures.withExifOrientation(
                TestImages.encode(TestImages.quadrants(64, 32), "jpeg"), orientation);

        EncodedImage out = imaging.render(new ImageData("photos/o.jpg", jpeg), Processor.pipeline(),
                ImageFormat.PNG, EncodeOptions.DEFAULT, true);

        BufferedImage img = TestImages.decode(out.bytes());
        int w = orientation >= 5 ? 32 : 64;
        int h = orientation >= 5 ? 64 : 32;
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
        assertThat(out.width()).isEqualTo(w);
        assertThat(out.height()).isEqualTo(h);
        assertThat(TestImages.isNear(img, w / 4, h / 4, corners[0], 40)).isTrue();
        assertThat(TestImages.isNear(img, 3 * w / 4, h / 4, corners[1], 40)).isTrue();
        assertThat(TestImages.isNear(img, w / 4, 3 * h / 4, corners[2], 40)).isTrue();
        assertThat(TestImages.isNear(img, 3 * w / 4, 3 * h / 4, corners[3], 40)).isTrue();
    }

    @Test
    void render_autoOrientOff_leavesPixelsAndRecordsOrientation() {
        byte[] jpeg = CodecFixtures.withExifOrientation(
                TestImages.encode(TestImages.quadrants(64, 32), "jpeg"), 6);
        CodecFixtures.Recorder recorder = new CodecFixtures.Recorder();

        EncodedImage out = Imaging.builder().autoOrient(false).build().render(
                new ImageData("o.jpg", jpeg), recorder, ImageFormat.PNG, EncodeOptions.DEFAULT,
                true);

        BufferedImage seen = recorder.inputs().get(0);
        assertThat(seen.getProperty(ImageProperties.ORIENTATION)).isEqualTo(6);
        assertThat(seen.getWidth()).isEqualTo(64);
        assertThat(TestImages.isNear(seen, 16, 8, R, 40)).isTrue();
        assertThat(out.width()).isEqualTo(64);
        assertThat(out.height()).isEqualTo(32);
    }

    @Test
    void render_autoOrientOn_leavesNoOrientationProperty() {
        byte[] jpeg = CodecFixtures.withExifOrientation(
                TestImages.encode(TestImages.quadrants(64, 32), "jpeg"), 6);
        CodecFixtures.Recorder recorder = new CodecFixtures.Recorder();

        imaging.render(new ImageData("o.jpg", jpeg), recorder, ImageFormat.PNG,
                EncodeOptions.DEFAULT, true);

        assertThat(recorder.inputs().get(0).getProperty(ImageProperties.ORIENTATION))
                .isEqualTo(java.awt.Image.UndefinedProperty);
    }

    @Test
    void render_cmykJpeg_comesOutInRgb() {
        byte[] jpeg = CodecFixtures.cmykJpeg(64, 64, new int[][] {
            {0, 0, 0, 0}, {255, 0, 0, 0}, {0, 255, 0, 0}, {0, 0, 0, 255}});

        EncodedImage out = imaging.render(new ImageData("print/cmyk.jpg", jpeg),
                Processor.pipeline(), ImageFormat.PNG, EncodeOptions.DEFAULT, true);

        BufferedImage img = TestImages.decode(out.bytes());
        assertThat(TestImages.isNear(img, 16, 16, W, 30)).isTrue();
        assertThat(TestImages.isNear(img, 48, 16, new Color(0, 255, 255), 60)).isTrue();
        assertThat(TestImages.isNear(img, 16, 48, new Color(255, 0, 255), 60)).isTrue();
        assertThat(TestImages.isNear(img, 48, 48, Color.BLACK, 40)).isTrue();
    }

    @Test
    void render_jpegWithLinearRgbProfile_convertsToSrgb() {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] jpeg = CodecFixtures.withIccProfile(
                TestImages.encode(TestImages.solid(32, 32, new Color(64, 64, 64)), "jpeg"), icc,
                200);

        BufferedImage managed = renderToImage(imaging, jpeg);
        BufferedImage unmanaged = renderToImage(
                Imaging.builder().colorManagement(false).build(), jpeg);

        // linear 64/255 is sRGB 1.055 * 0.251^(1/2.4) - 0.055 = 0.538, that is 137
        assertThat(TestImages.isNear(managed, 16, 16, new Color(137, 137, 137), 3)).isTrue();
        assertThat(TestImages.isNear(unmanaged, 16, 16, new Color(64, 64, 64), 3)).isTrue();
    }

    @Test
    void render_pngWithLinearRgbProfile_convertsToSrgb() {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] png = CodecFixtures.pngWithIccProfile(
                TestImages.encode(TestImages.solid(32, 32, new Color(64, 64, 64)), "png"), icc);

        BufferedImage managed = renderToImage(imaging, png);

        assertThat(TestImages.isNear(managed, 16, 16, new Color(137, 137, 137), 2)).isTrue();
    }

    @Test
    void render_srgbProfile_leavesPixelsExactlyAsStored() {
        BufferedImage source = TestImages.gradient(48, 32);
        byte[] png = CodecFixtures.pngWithIccProfile(TestImages.encode(source, "png"),
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

        BufferedImage out = renderToImage(imaging, png);

        assertThat(ImageMetrics.psnr(source, out)).isInfinite();
    }

    @Test
    void render_pngNamedJpg_readAsPngAndWrittenAsJpeg() {
        byte[] png = TestImages.encode(TestImages.quadrants(64, 32), "png");
        ImageData data = new ImageData("photos/liar.jpg", png);

        EncodedImage out = imaging.render(data, Processor.pipeline(), ImageFormat.JPEG,
                EncodeOptions.DEFAULT, true);

        assertThat(imaging.readHeader(data).format()).isEqualTo(ImageFormat.PNG);
        assertThat(out.bytes()[0]).isEqualTo((byte) 0xFF);
        assertThat(out.bytes()[1]).isEqualTo((byte) 0xD8);
        assertThat(out.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(TestImages.isNear(TestImages.decode(out.bytes()), 16, 8, R, 40)).isTrue();
    }

    @Test
    void render_transparentPngToJpeg_flattenedOntoWhite() {
        BufferedImage argb = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                // transparent black | half-transparent black | opaque red
                argb.setRGB(x, y, x < 16 ? 0x00000000 : x < 32 ? 0x80000000 : 0xffff0000);
            }
        }
        byte[] png = TestImages.encode(argb, "png");

        BufferedImage out = TestImages.decode(imaging.render(new ImageData("t.png", png),
                Processor.pipeline(), ImageFormat.JPEG, EncodeOptions.DEFAULT, true).bytes());

        assertThat(TestImages.isNear(out, 6, 16, W, 6)).isTrue();
        assertThat(TestImages.isNear(out, 22, 16, new Color(127, 127, 127), 8)).isTrue();
        assertThat(TestImages.isNear(out, 50, 16, R, 30)).isTrue();
    }

    @Test
    void render_transparentPngToGif_keepsTransparency() {
        BufferedImage argb = new BufferedImage(32, 16, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                argb.setRGB(x, y, x < 8 ? 0x00000000 : x < 16 ? 0x80ff0000 : 0x81ff0000);
            }
        }
        byte[] png = TestImages.encode(argb, "png");

        BufferedImage out = TestImages.decode(imaging.render(new ImageData("t.png", png),
                Processor.pipeline(), ImageFormat.GIF, EncodeOptions.DEFAULT, true).bytes());

        assertThat(out.getRGB(2, 8) >>> 24).isZero();
        assertThat(out.getRGB(12, 8) >>> 24).isZero();
        assertThat(out.getRGB(24, 8)).isEqualTo(0xffff0000);
    }

    @Test
    void render_subsampledDecode_smallerInputCoveringTheNeedSameOutputSize() {
        byte[] jpeg = TestImages.encode(TestImages.gradient(2400, 1600), "jpeg");
        CodecFixtures.FitRecorder sub = new CodecFixtures.FitRecorder(100, 100);
        CodecFixtures.FitRecorder full = new CodecFixtures.FitRecorder(100, 100);

        EncodedImage a = imaging.render(new ImageData("big.jpg", jpeg), sub, ImageFormat.PNG,
                EncodeOptions.DEFAULT, true);
        EncodedImage b = Imaging.builder().subsampledDecode(false).jpegDctScaling(false).build()
                .render(new ImageData("big.jpg", jpeg), full, ImageFormat.PNG,
                        EncodeOptions.DEFAULT, true);

        Size need = sub.requiredInputSize(new Size(2400, 1600), new Size(100, 67));
        BufferedImage seen = sub.inputs().get(0);
        assertThat(new Size(seen.getWidth(), seen.getHeight())).satisfies(s -> {
            assertThat(s.covers(need)).isTrue();
            assertThat(s.width()).isLessThanOrEqualTo(2400 / 6);
        });
        assertThat(full.inputs().get(0).getWidth()).isEqualTo(2400);
        assertThat(new Size(a.width(), a.height())).isEqualTo(new Size(100, 67))
                .isEqualTo(new Size(b.width(), b.height()));
        assertThat(ImageMetrics.psnr(TestImages.decode(a.bytes()), TestImages.decode(b.bytes())))
                .isGreaterThan(35);
    }

    @Test
    void render_rotatedSource_decodeSizeMappedToStoredOrientation() {
        byte[] jpeg = CodecFixtures.withExifOrientation(
                TestImages.encode(TestImages.gradient(2400, 1200), "jpeg"), 6);
        CodecFixtures.FitRecorder fit = new CodecFixtures.FitRecorder(100, 100);

        EncodedImage out = imaging.render(new ImageData("r.jpg", jpeg), fit, ImageFormat.PNG,
                EncodeOptions.DEFAULT, true);

        // displayed 1200x2400 fits to 50x100, which needs 50x100 of the displayed image
        BufferedImage seen = fit.inputs().get(0);
        assertThat(seen.getHeight()).isGreaterThanOrEqualTo(100).isLessThan(400);
        assertThat(seen.getWidth()).isGreaterThanOrEqualTo(50).isLessThan(200);
        assertThat(new Size(out.width(), out.height())).isEqualTo(new Size(50, 100));
    }

    @Test
    void render_sourceWithExifAndIcc_outputHasNoMetadata() {
        byte[] source = CodecFixtures.withIccProfile(CodecFixtures.withExifOrientation(
                TestImages.encode(TestImages.quadrants(64, 32), "jpeg"), 3),
                ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData(), 1000);
        ImageData data = new ImageData("m.jpg", source);

        byte[] jpeg = imaging.render(data, Processor.pipeline(), ImageFormat.JPEG,
                EncodeOptions.DEFAULT, true).bytes();
        byte[] png = imaging.render(data, Processor.pipeline(), ImageFormat.PNG,
                EncodeOptions.DEFAULT, true).bytes();

        assertThat(markers(jpeg)).containsExactly(0xFFD8, 0xFFE0, 0xFFDB, 0xFFDB, 0xFFC0,
                0xFFC4, 0xFFC4, 0xFFC4, 0xFFC4, 0xFFDA);
        assertThat(CodecFixtures.contains(jpeg, "Exif")).isFalse();
        assertThat(CodecFixtures.contains(jpeg, "ICC_PROFILE")).isFalse();
        assertThat(CodecFixtures.pngChunks(png)).containsExactly("IHDR", "IDAT", "IEND");
    }

    @Test
    void predictSize_rotatedHeader_usesOrientedSize() {
        ImageHeader header = new ImageHeader(ImageFormat.JPEG, 400, 200, 6, null);
        CodecFixtures.FitRecorder fit = new CodecFixtures.FitRecorder(100, 100);

        assertThat(imaging.predictSize(header, fit)).contains(new Size(50, 100));
        assertThat(Imaging.builder().autoOrient(false).build().predictSize(header, fit))
                .contains(new Size(100, 50));
        assertThat(imaging.predictSize(header, Processor.pipeline()))
                .contains(new Size(200, 400));
    }

    @Test
    void cacheKey_settings_exactSpelling() {
        assertThat(imaging.cacheKey())
                .isEqualTo("Imaging(autoOrient=true,colorManagement=true)");
        assertThat(Imaging.builder().autoOrient(false).colorManagement(false).maxPixels(5)
                .subsampledDecode(false).build().cacheKey())
                .isEqualTo("Imaging(autoOrient=false,colorManagement=false)");
    }

    @Test
    void readHeader_jpeg_sizeFormatOrientationAndProfile() {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] jpeg = CodecFixtures.withIccProfile(CodecFixtures.withExifOrientation(
                TestImages.encode(TestImages.quadrants(64, 32), "jpeg"), 8), icc, 100);

        ImageHeader header = imaging.readHeader(new ImageData("h.jpg", jpeg));

        assertThat(header.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(header.size()).isEqualTo(new Size(64, 32));
        assertThat(header.orientation()).isEqualTo(8);
        assertThat(header.iccProfile()).isEqualTo(icc);
    }

    @Test
    void render_jpegSource_reportsItsDecodeAndEncodeTimes() {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(64, 32), "jpeg");

        RenderTimes times = imaging.render(new ImageData("t.jpg", jpeg), Processor.pipeline(),
                ImageFormat.PNG, EncodeOptions.DEFAULT, true).times();

        assertThat(times.decodeMeasured()).isTrue();
        assertThat(times.encodeMeasured()).isTrue();
        assertThat(times.decodeNanos()).isPositive();
        assertThat(times.encodeNanos()).isPositive();
    }

    @Test
    void encodedImage_withoutTimes_isUnmeasured() {
        EncodedImage made = new EncodedImage(new byte[] {1}, ImageFormat.PNG, 1, 1);

        assertThat(made.times()).isEqualTo(RenderTimes.UNMEASURED);
        assertThat(made.times().decodeMeasured()).isFalse();
        assertThat(made.times().encodeMeasured()).isFalse();
    }

    private static BufferedImage renderToImage(Imaging imaging, byte[] source) {
        return TestImages.decode(imaging.render(new ImageData("s", source), Processor.pipeline(),
                ImageFormat.PNG, EncodeOptions.DEFAULT, true).bytes());
    }
}
