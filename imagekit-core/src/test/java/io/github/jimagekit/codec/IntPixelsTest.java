package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;

final class IntPixelsTest {

    @Test
    void of_intRgb_returnsSameImage() {
        BufferedImage img = TestImages.quadrants(4, 4);

        assertThat(IntPixels.of(img)).isSameAs(img);
    }

    @Test
    void of_subimage_copiesOnlyItsPixels() {
        BufferedImage sub = TestImages.quadrants(8, 8).getSubimage(4, 4, 4, 4);

        BufferedImage out = IntPixels.of(sub);

        assertThat(out).isNotSameAs(sub);
        assertThat(IntPixels.data(out)).hasSize(16).containsOnly(0xffffff);
    }

    @Test
    void of_3ByteBgr_sameColoursAsIntRgb() {
        BufferedImage bgr = new BufferedImage(3, 1, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(0, 0, 0x123456);
        bgr.setRGB(1, 0, 0xff0000);
        bgr.setRGB(2, 0, 0x0000ff);

        BufferedImage out = IntPixels.of(bgr);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(IntPixels.data(out)).containsExactly(0x123456, 0xff0000, 0x0000ff);
    }

    @Test
    void of_4ByteAbgr_keepsAlpha() {
        BufferedImage abgr = new BufferedImage(2, 1, BufferedImage.TYPE_4BYTE_ABGR);
        abgr.setRGB(0, 0, 0x80123456);
        abgr.setRGB(1, 0, 0x00ffffff);

        BufferedImage out = IntPixels.of(abgr);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(IntPixels.data(out)).containsExactly(0x80123456, 0x00ffffff);
    }

    @Test
    void of_greyByte_copiedAsStoredNotBrightened() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 64);
        grey.getRaster().setSample(1, 0, 0, 200);

        BufferedImage out = IntPixels.of(grey);

        assertThat(IntPixels.data(out)).containsExactly(0x404040, 0xc8c8c8);
    }

    @Test
    void of_grey16_scaledTo8Bits() {
        BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(0, 0, 0, 0x4080);

        assertThat(IntPixels.data(IntPixels.of(grey))).containsExactly(0x404040);
    }

    @Test
    void of_binary_expandsToBlackAndWhite() {
        BufferedImage binary = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY);
        binary.getRaster().setSample(1, 0, 0, 1);

        assertThat(IntPixels.data(IntPixels.of(binary))).containsExactly(0x000000, 0xffffff);
    }

    @Test
    void of_paletteWithTransparentEntry_argb() {
        IndexColorModel cm = new IndexColorModel(8, 2, new byte[] {(byte) 255, 0},
                new byte[] {0, 0}, new byte[] {0, (byte) 255}, 1);
        BufferedImage indexed = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, cm);
        indexed.getRaster().setSample(0, 0, 0, 0);
        indexed.getRaster().setSample(1, 0, 0, 1);

        BufferedImage out = IntPixels.of(indexed);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(IntPixels.data(out)[0]).isEqualTo(0xffff0000);
        assertThat(IntPixels.data(out)[1] >>> 24).isZero();
    }

    @Test
    void of_samplesLabelledWithAnotherProfile_copiedWithoutConversion() {
        ICC_ColorSpace linear = new ICC_ColorSpace(
                ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB));
        ComponentColorModel cm = new ComponentColorModel(linear, false, false,
                java.awt.Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 1, 1, 3,
                null);
        raster.setPixel(0, 0, new int[] {10, 64, 200});
        BufferedImage labelled = new BufferedImage(cm, raster, false, null);

        assertThat(IntPixels.data(IntPixels.of(labelled))).containsExactly(0x0a40c8);
    }
}
