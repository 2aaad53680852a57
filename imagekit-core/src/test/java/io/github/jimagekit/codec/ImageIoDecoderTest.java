package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ImageIoDecoderTest {

    private final ImageIoDecoder decoder = new ImageIoDecoder();

    @ParameterizedTest
    @CsvSource({"jpeg, JPEG", "png, PNG", "gif, GIF", "bmp, BMP", "tiff, TIFF"})
    void readHeader_builtInFormat_formatAndSizeFromContent(String writer, String format)
            throws IOException {
        byte[] bytes = TestImages.encode(TestImages.quadrants(30, 20), writer);

        ImageHeader header = decoder.readHeader(new ImageData("x.dat", bytes)).orElseThrow();

        assertThat(header.format().name()).isEqualTo(format);
        assertThat(header.size()).isEqualTo(new Size(30, 20));
        assertThat(header.orientation()).isEqualTo(1);
    }

    @Test
    void readHeader_wbmp_declined() throws IOException {
        BufferedImage binary = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_BINARY);
        byte[] wbmp = TestImages.encode(binary, "wbmp");

        assertThat(decoder.readHeader(new ImageData("x.wbmp", wbmp))).isEmpty();
    }

    @Test
    void decode_smallNeed_subsampledWithCentredSamples() throws IOException {
        // every fourth column, from column 1, is red; the others are black
        BufferedImage stripes = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 600; y++) {
            for (int x = 1; x < 600; x += 4) {
                stripes.setRGB(x, y, 0xff0000);
            }
        }
        ImageData data = new ImageData("s.png", TestImages.encode(stripes, "png"));
        ImageHeader header = decoder.readHeader(data).orElseThrow();

        DecodedImage decoded = decoder.decode(data, header, new Size(50, 50)).orElseThrow();

        BufferedImage img = decoded.image();
        // 3 x 50 = 150 samples are kept: every fourth, from the second of each block of four
        assertThat(new Size(img.getWidth(), img.getHeight())).isEqualTo(new Size(150, 150));
        assertThat(IntPixels.data(img)).containsOnly(0xff0000);
        assertThat(decoded.colorConverted()).isFalse();
    }

    @Test
    void decode_subsamplingOff_fullSize() throws IOException {
        ImageData data = new ImageData("g.jpg",
                TestImages.encode(TestImages.gradient(400, 300), "jpeg"));
        ImageHeader header = decoder.readHeader(data).orElseThrow();

        BufferedImage img = new ImageIoDecoder(false).decode(data, header, new Size(10, 10))
                .orElseThrow().image();

        assertThat(img.getWidth()).isEqualTo(400);
        assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void decode_pngWithAlpha_intArgb() throws IOException {
        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(1, 1, 0x80ff0000);
        ImageData data = new ImageData("a.png", TestImages.encode(argb, "png"));

        BufferedImage img = decoder.decode(data, decoder.readHeader(data).orElseThrow(),
                new Size(4, 4)).orElseThrow().image();

        assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(img.getRGB(1, 1)).isEqualTo(0x80ff0000);
        assertThat(img.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void decode_greyJpeg_levelsAsStored() throws IOException {
        BufferedImage grey = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                grey.getRaster().setSample(x, y, 0, 64);
            }
        }
        ImageData data = new ImageData("g.jpg", TestImages.encode(grey, "jpeg"));

        BufferedImage img = decoder.decode(data, decoder.readHeader(data).orElseThrow(),
                new Size(16, 16)).orElseThrow().image();

        assertThat(TestImages.isNear(img, 8, 8, new java.awt.Color(64, 64, 64), 2)).isTrue();
    }

    @Test
    void decode_cmyk_reportedAsConverted() throws IOException {
        ImageData data = new ImageData("c.jpg", CodecFixtures.cmykJpeg(16, 16,
                new int[][] {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}));

        DecodedImage decoded = decoder.decode(data, decoder.readHeader(data).orElseThrow(),
                new Size(16, 16)).orElseThrow();

        assertThat(decoded.colorConverted()).isTrue();
        assertThat(TestImages.isNear(decoded.image(), 8, 8, java.awt.Color.WHITE, 10)).isTrue();
    }

    @Test
    void decode_headerFromAnotherImage_refused() throws IOException {
        ImageData data = new ImageData("g.png",
                TestImages.encode(TestImages.gradient(40, 30), "png"));
        ImageHeader lying = new ImageHeader(ImageFormat.PNG, 4000, 3000, 1, null);

        assertThatThrownBy(() -> decoder.decode(data, lying, new Size(40, 30)))
                .isInstanceOf(IOException.class)
                .hasMessage("the header says 4000x3000 but the image is 40x30");
    }

    @Test
    void decode_notAnImage_declined() throws IOException {
        ImageData data = new ImageData("t.txt", "plain text".getBytes());
        ImageHeader header = new ImageHeader(ImageFormat.PNG, 1, 1, 1, null);

        assertThat(decoder.decode(data, header, new Size(1, 1))).isEmpty();
    }
}
