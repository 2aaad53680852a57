package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

final class AutoconvertTest {

    private static BufferedImage argb(int... pixels) {
        BufferedImage img = new BufferedImage(pixels.length, 1, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < pixels.length; i++) {
            img.setRGB(i, 0, pixels[i]);
        }
        return img;
    }

    @Test
    void prepare_alphaToJpeg_compositedOntoWhite() {
        BufferedImage out = Autoconvert.prepare(argb(0x00000000, 0x80000000, 0xff102030,
                0x400000ff), ImageFormat.JPEG);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(IntPixels.data(out)).containsExactly(0xffffff, 0x7f7f7f, 0x102030,
                0xbfbfff);
    }

    @Test
    void prepare_alphaToPng_kept() {
        BufferedImage img = argb(0x00000000, 0x80123456);

        assertThat(Autoconvert.prepare(img, ImageFormat.PNG)).isSameAs(img);
    }

    @Test
    void prepare_alphaToGif_snappedAtHalf() {
        BufferedImage out = Autoconvert.prepare(argb(0x80ff0000, 0x81ff0000, 0x00ffffff),
                ImageFormat.GIF);

        assertThat(IntPixels.data(out)).containsExactly(0x00000000, 0xffff0000, 0x00000000);
    }

    @Test
    void prepare_greyToJpeg_rgbWithSameLevels() {
        BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 64);

        BufferedImage out = Autoconvert.prepare(grey, ImageFormat.JPEG);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(IntPixels.data(out)).containsExactly(0x404040);
    }

    @Test
    void prepare_opaqueRgb_unchanged() {
        BufferedImage img = TestImages.gradient(4, 4);

        assertThat(Autoconvert.prepare(img, ImageFormat.GIF)).isSameAs(img);
        assertThat(Autoconvert.prepare(img, ImageFormat.BMP)).isSameAs(img);
    }

    @Test
    void prepare_palette_keptForPngAndGifFlattenedForJpeg() {
        IndexColorModel cm = new IndexColorModel(8, 2, new byte[] {(byte) 255, 0},
                new byte[] {0, 0}, new byte[] {0, 0}, 1);
        BufferedImage indexed = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, cm);
        indexed.getRaster().setSample(1, 0, 0, 1);

        BufferedImage jpeg = Autoconvert.prepare(indexed, ImageFormat.JPEG);

        assertThat(Autoconvert.prepare(indexed, ImageFormat.PNG)).isSameAs(indexed);
        assertThat(Autoconvert.prepare(indexed, ImageFormat.GIF)).isSameAs(indexed);
        assertThat(IntPixels.data(jpeg)).containsExactly(0xff0000, 0xffffff);
    }
}
