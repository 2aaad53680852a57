package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.junit.jupiter.api.Test;

final class JpegDctDecoderTest {

    private static final byte[] JPEG = TestImages.encode(TestImages.quadrants(160, 120), "jpeg");

    private final JpegDctDecoder decoder = new JpegDctDecoder();

    @Test
    void readHeader_anyJpeg_isEmpty() {
        assertThat(decoder.readHeader(new ImageData("a.jpg", JPEG))).isEmpty();
    }

    @Test
    void decode_largeReduction_returnsUnconvertedPixelsAtOneEighth() throws IOException {
        DecodedImage out = decoder.decode(new ImageData("a.jpg", JPEG),
                new ImageHeader(ImageFormat.JPEG, 160, 120, 1, null), new Size(8, 6))
                .orElseThrow();

        BufferedImage image = out.image();
        assertThat(out.colorConverted()).isFalse();
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(15);
        assertThat(TestImages.isNear(image, 4, 4, Color.RED, 12)).isTrue();
        assertThat(TestImages.isNear(image, 15, 11, Color.WHITE, 12)).isTrue();
    }

    @Test
    void decode_headerOfAnotherFormat_declines() throws IOException {
        assertThat(decoder.decode(new ImageData("a.png", JPEG),
                new ImageHeader(ImageFormat.PNG, 160, 120, 1, null), new Size(8, 6))).isEmpty();
    }

    @Test
    void decode_nullArguments_throwNullPointerException() {
        ImageData data = new ImageData("a.jpg", JPEG);
        ImageHeader header = new ImageHeader(ImageFormat.JPEG, 160, 120, 1, null);

        assertThatThrownBy(() -> decoder.decode(null, header, new Size(1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("data");
        assertThatThrownBy(() -> decoder.decode(data, null, new Size(1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("header");
        assertThatThrownBy(() -> decoder.decode(data, header, null))
                .isInstanceOf(NullPointerException.class).hasMessage("atLeast");
    }
}
