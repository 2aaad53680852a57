package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ScaledJpegDecoderTest {

    private final ScaledJpegDecoder decoder = new ScaledJpegDecoder();

    @Test
    void decode_largeReduction_returnsUnconvertedIntRgbAtOneEighth() throws IOException {
        Optional<BufferedImage> out = decode(Fixtures.bytes("s420-prog.jpg"), 75, 53,
                new Size(4, 3));

        assertThat(out).isPresent();
        BufferedImage image = out.get();
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(image.getWidth()).isEqualTo(10);
        assertThat(image.getHeight()).isEqualTo(7);
        assertThat(PixelDiff.of(image, Fixtures.references().stream()
                .filter(r -> r.name().equals("s420-prog")).findFirst().get().djpeg(8)).max())
                .isLessThanOrEqualTo(3);
    }

    @Test
    void decode_targetOneEighthDoesNotCover_picksQuarterScale() throws IOException {
        // 1/8 gives 10x7, one column short of 11x7: 1/4 gives 19x14
        BufferedImage image = decode(Fixtures.bytes("s444-base.jpg"), 75, 53, new Size(11, 7))
                .orElseThrow();

        assertThat(image.getWidth()).isEqualTo(19);
        assertThat(image.getHeight()).isEqualTo(14);
    }

    @Test
    void decode_greyscale_setsEqualChannels() throws IOException {
        BufferedImage image = decode(Fixtures.bytes("grey-prog.jpg"), 75, 53, new Size(20, 14))
                .orElseThrow();

        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                assertThat(rgb).isEqualTo((rgb & 0xFF) * 0x010101);
            }
        }
    }

    @Test
    void decode_imageIoJpeg_keepsColours() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(160, 120), "jpeg");

        BufferedImage image = decode(jpeg, 160, 120, new Size(8, 6)).orElseThrow();

        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(TestImages.isNear(image, 4, 4, java.awt.Color.RED, 12)).isTrue();
        assertThat(TestImages.isNear(image, 15, 4, java.awt.Color.GREEN, 12)).isTrue();
        assertThat(TestImages.isNear(image, 4, 11, java.awt.Color.BLUE, 12)).isTrue();
        assertThat(TestImages.isNear(image, 15, 11, java.awt.Color.WHITE, 12)).isTrue();
    }

    @Test
    void decode_sequentialReducedLessThanFourTimes_declines() throws IOException {
        assertThat(decode(Fixtures.bytes("s420-base.jpg"), 75, 53, new Size(20, 14))).isEmpty();
        assertThat(decode(Fixtures.bytes("s420-base.jpg"), 75, 53, new Size(300, 200)))
                .isEmpty();
    }

    @Test
    void decode_progressiveAtHalfOrFullSize_decodes() throws IOException {
        assertThat(decode(Fixtures.bytes("s420-prog.jpg"), 75, 53, new Size(20, 14))
                .orElseThrow().getWidth()).isEqualTo(38);
        assertThat(decode(Fixtures.bytes("s420-prog.jpg"), 75, 53, new Size(300, 200))
                .orElseThrow().getWidth()).isEqualTo(75);
    }

    @ParameterizedTest
    @ValueSource(strings = {"decline-arithmetic.jpg", "decline-rgb.jpg"})
    void decode_unsupportedCoding_declines(String name) throws IOException {
        assertThat(decode(Fixtures.bytes(name), 75, 53, new Size(4, 3))).isEmpty();
    }

    @Test
    void decode_twelveBitPrecision_declines() throws IOException {
        byte[] jpeg = Fixtures.bytes("s420-base.jpg");
        jpeg[sof(jpeg) + 4] = 12;

        assertThat(decode(jpeg, 75, 53, new Size(4, 3))).isEmpty();
    }

    @Test
    void decode_losslessProcess_declines() throws IOException {
        byte[] jpeg = Fixtures.bytes("s420-base.jpg");
        jpeg[sof(jpeg) + 1] = (byte) 0xC3;

        assertThat(decode(jpeg, 75, 53, new Size(4, 3))).isEmpty();
    }

    @Test
    void decode_heightFromDnl_declines() throws IOException {
        byte[] jpeg = Fixtures.bytes("s420-base.jpg");
        jpeg[sof(jpeg) + 5] = 0;
        jpeg[sof(jpeg) + 6] = 0;

        assertThat(decode(jpeg, 75, 53, new Size(4, 3))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void decode_twoOrFourComponents_declines(int components) throws IOException {
        byte[] jpeg = frameOnly(components);

        assertThat(decode(jpeg, 16, 16, new Size(2, 2))).isEmpty();
    }

    @Test
    void decode_headerDisagreesWithFrame_declines() throws IOException {
        byte[] jpeg = Fixtures.bytes("s420-base.jpg");

        assertThat(decode(jpeg, 7500, 5300, new Size(4, 3))).isEmpty();
    }

    @Test
    void decode_notJpeg_declines() throws IOException {
        byte[] png = TestImages.encode(TestImages.solid(20, 20, java.awt.Color.RED), "png");

        assertThat(decode(png, 20, 20, new Size(2, 2))).isEmpty();
    }

    @Test
    void decode_truncatedScan_throwsTruncated() {
        byte[] jpeg = Fixtures.bytes("s420-base.jpg");
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length * 2 / 3);

        assertThatThrownBy(() -> decode(cut, 75, 53, new Size(4, 3)))
                .isInstanceOf(IOException.class)
                .hasMessage("truncated JPEG: entropy-coded data of scan 1 ends too early");
    }

    @Test
    void decode_invalidHuffmanCodes_throwsCorrupt() {
        byte[] jpeg = Fixtures.bytes("s420-base.jpg");
        int data = sos(jpeg) + 2 + ((jpeg[sos(jpeg) + 2] & 0xFF) << 8
                | jpeg[sos(jpeg) + 3] & 0xFF);
        for (int i = data; i < data + 40; i += 2) {
            jpeg[i] = (byte) 0xFF;
            jpeg[i + 1] = 0;
        }

        assertThatThrownBy(() -> decode(jpeg, 75, 53, new Size(4, 3)))
                .isInstanceOf(IOException.class)
                .hasMessage("corrupt JPEG: bad huffman code");
    }

    @Test
    void decode_wrongRestartMarker_throwsCorrupt() {
        byte[] jpeg = Fixtures.bytes("s420-base-rst.jpg");
        int rst = indexOf(jpeg, (byte) 0xD0, sos(jpeg));
        jpeg[rst] = (byte) 0xD3;

        assertThatThrownBy(() -> decode(jpeg, 75, 53, new Size(4, 3)))
                .isInstanceOf(IOException.class)
                .hasMessage("corrupt JPEG: entropy-coded data of scan 1 has marker 0xD3 where"
                        + " restart marker RST0 belongs");
    }

    @Test
    void decode_undefinedHuffmanTable_throwsCorrupt() {
        byte[] jpeg = Fixtures.bytes("s444-base.jpg");
        jpeg[sos(jpeg) + 6] = 0x33;

        assertThatThrownBy(() -> decode(jpeg, 75, 53, new Size(4, 3)))
                .isInstanceOf(IOException.class)
                .hasMessage("corrupt JPEG: DC huffman table 3 is not defined");
    }

    @Test
    void decode_noFrame_throwsCorrupt() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

        assertThatThrownBy(() -> decode(jpeg, 8, 8, new Size(1, 1)))
                .isInstanceOf(IOException.class)
                .hasMessage("corrupt JPEG: no SOF segment before EOI");
    }

    @Test
    void decode_nullArguments_throwNullPointerException() {
        byte[] jpeg = Fixtures.bytes("s420-base.jpg");
        Size size = new Size(75, 53);

        assertThatThrownBy(() -> decoder.decode(null, size, new Size(1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("jpeg");
        assertThatThrownBy(() -> decoder.decode(jpeg, null, new Size(1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("size");
        assertThatThrownBy(() -> decoder.decode(jpeg, size, null))
                .isInstanceOf(NullPointerException.class).hasMessage("atLeast");
    }

    private Optional<BufferedImage> decode(byte[] jpeg, int width, int height, Size atLeast)
            throws IOException {
        return decoder.decode(jpeg, new Size(width, height), atLeast);
    }

    /** A JPEG of an SOF segment with n components and EOI, no scan. */
    private static byte[] frameOnly(int n) {
        byte[] jpeg = new byte[4 + 10 + 3 * n + 2];
        int p = 0;
        for (int b : new int[] {0xFF, 0xD8, 0xFF, 0xC0, 0, 8 + 3 * n, 8, 0, 16, 0, 16, n}) {
            jpeg[p++] = (byte) b;
        }
        for (int i = 0; i < n; i++) {
            jpeg[p++] = (byte) (i + 1);
            jpeg[p++] = 0x11;
            jpeg[p++] = 0;
        }
        jpeg[p++] = (byte) 0xFF;
        jpeg[p] = (byte) 0xD9;
        return jpeg;
    }

    private static int sof(byte[] jpeg) {
        return indexOf(jpeg, (byte) 0xC0, 2) - 1;
    }

    private static int sos(byte[] jpeg) {
        return indexOf(jpeg, (byte) 0xDA, 2) - 1;
    }

    /** Finds the marker byte after a 0xFF. */
    private static int indexOf(byte[] data, byte marker, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == (byte) 0xFF && data[i + 1] == marker) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker " + marker);
    }
}
