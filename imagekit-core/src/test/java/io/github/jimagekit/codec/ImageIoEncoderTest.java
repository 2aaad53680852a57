package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.ImageMetrics;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ImageIoEncoderTest {

    private final ImageIoEncoder encoder = new ImageIoEncoder();
    private final BufferedImage photo = TestImages.gradient(160, 120);

    @Test
    void encode_jpeg_plainJfifWith420Subsampling() throws IOException {
        byte[] jpeg = encoder.encode(photo, ImageFormat.JPEG, EncodeOptions.DEFAULT);

        assertThat(CodecFixtures.markers(jpeg)).containsExactly(0xFFD8, 0xFFE0, 0xFFDB,
                0xFFDB, 0xFFC0, 0xFFC4, 0xFFC4, 0xFFC4, 0xFFC4, 0xFFDA);
        byte[] app0 = CodecFixtures.segmentData(jpeg, 0xFFE0).orElseThrow();
        assertThat(new String(app0, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("JFIF\0");
        assertThat(app0[12]).as("no JFIF thumbnail: width").isZero();
        assertThat(app0[13]).as("no JFIF thumbnail: height").isZero();
        byte[] sof = CodecFixtures.segmentData(jpeg, 0xFFC0).orElseThrow();
        assertThat(sof[5]).as("components").isEqualTo((byte) 3);
        assertThat(sof[7]).as("Y sampling").isEqualTo((byte) 0x22);
        assertThat(sof[10]).as("Cb sampling").isEqualTo((byte) 0x11);
        assertThat(sof[13]).as("Cr sampling").isEqualTo((byte) 0x11);
        assertThat(TestImages.decode(jpeg).getWidth()).isEqualTo(160);
    }

    @Test
    void encode_jpegQuality_higherIsLargerAndCloser() throws IOException {
        byte[] low = encoder.encode(photo, ImageFormat.JPEG, EncodeOptions.DEFAULT.withQuality(30));
        byte[] high = encoder.encode(photo, ImageFormat.JPEG,
                EncodeOptions.DEFAULT.withQuality(95));

        assertThat(high.length).isGreaterThan(low.length);
        assertThat(ImageMetrics.psnr(photo, TestImages.decode(high)))
                .isGreaterThan(ImageMetrics.psnr(photo, TestImages.decode(low)));
    }

    @Test
    void encode_jpegProgressive_sof2() throws IOException {
        byte[] jpeg = encoder.encode(photo, ImageFormat.JPEG,
                EncodeOptions.DEFAULT.withProgressive(true));

        assertThat(CodecFixtures.markers(jpeg)).contains(0xFFC2).doesNotContain(0xFFC0);
        assertThat(ImageMetrics.psnr(photo, TestImages.decode(jpeg))).isGreaterThan(30);
    }

    @Test
    void encode_jpegOptimize_smallerWithSamePixels() throws IOException {
        byte[] plain = encoder.encode(photo, ImageFormat.JPEG, EncodeOptions.DEFAULT);
        byte[] optimized = encoder.encode(photo, ImageFormat.JPEG,
                EncodeOptions.DEFAULT.withOptimize(true));

        assertThat(optimized.length).isLessThan(plain.length);
        assertThat(ImageMetrics.psnr(TestImages.decode(plain), TestImages.decode(optimized)))
                .isInfinite();
    }

    @Test
    void encode_pngOptimize_smallerLossless() throws IOException {
        BufferedImage flat = TestImages.quadrants(160, 120);
        byte[] plain = encoder.encode(flat, ImageFormat.PNG, EncodeOptions.DEFAULT);
        byte[] optimized = encoder.encode(flat, ImageFormat.PNG,
                EncodeOptions.DEFAULT.withOptimize(true));

        assertThat(optimized.length).isLessThan(plain.length);
        assertThat(ImageMetrics.psnr(flat, TestImages.decode(optimized))).isInfinite();
        assertThat(CodecFixtures.pngChunks(optimized)).containsExactly("IHDR", "IDAT", "IEND");
    }

    @Test
    void encode_gifAndBmpAndTiff_decodeBack() throws IOException {
        BufferedImage quads = TestImages.quadrants(32, 32);
        for (ImageFormat f : List.of(ImageFormat.GIF, ImageFormat.BMP, ImageFormat.TIFF)) {
            BufferedImage back = TestImages.decode(encoder.encode(quads, f,
                    EncodeOptions.DEFAULT));
            assertThat(ImageMetrics.psnr(quads, back)).as(f.name()).isInfinite();
        }
    }

    @Test
    void encode_alphaToJpeg_alphaDroppedColoursKept() throws IOException {
        BufferedImage argb = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                argb.setRGB(x, y, 0x200000ff);
            }
        }

        BufferedImage back = TestImages.decode(encoder.encode(argb, ImageFormat.JPEG,
                EncodeOptions.DEFAULT));

        assertThat(back.getColorModel().getNumComponents()).isEqualTo(3);
        assertThat(TestImages.isNear(back, 8, 8, java.awt.Color.BLUE, 8)).isTrue();
    }

    @Test
    void supports_imageIoWriters() {
        assertThat(encoder.supports(ImageFormat.JPEG)).isTrue();
        assertThat(encoder.supports(ImageFormat.PNG)).isTrue();
        assertThat(encoder.supports(ImageFormat.GIF)).isTrue();
        assertThat(encoder.supports(ImageFormat.BMP)).isTrue();
        assertThat(encoder.supports(ImageFormat.of("NOPE", "image/x-nope", false,
                List.of(".nope")))).isFalse();
    }
}
