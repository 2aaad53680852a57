package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.Hashtable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PixelsTest {

    private static BufferedImage ofType(int type, int[] argb, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, type);
        img.setRGB(0, 0, w, h, argb, 0, w);
        return img;
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR,
        BufferedImage.TYPE_INT_BGR})
    void read_opaqueTypes_giveTheSameArgb(int type) {
        int[] expected = Pictures.argb(Pictures.pattern(7, 5));

        assertThat(Pixels.read(ofType(type, expected, 7, 5))).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR})
    void read_alphaTypes_giveTheSameArgb(int type) {
        int[] expected = Pictures.argb(Pictures.withAlpha(Pictures.pattern(7, 5)));

        assertThat(Pixels.read(ofType(type, expected, 7, 5))).containsExactly(expected);
    }

    @Test
    void read_premultipliedType_givesStraightAlpha() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        img.setRGB(0, 0, 0x80ff0000);

        assertThat(Pixels.read(img)[0] >>> 24).isEqualTo(0x80);
        assertThat(Pixels.read(img)[0] >> 16 & 0xff).isGreaterThan(0xfc);
    }

    @Test
    void read_subimage_honoursTheRasterOffsets() {
        BufferedImage parent = ofType(BufferedImage.TYPE_3BYTE_BGR,
                Pictures.argb(Pictures.pattern(9, 6)), 9, 6);
        BufferedImage intParent = Pictures.pattern(9, 6);

        int[] bytes = Pixels.read(parent.getSubimage(2, 1, 4, 3));
        int[] ints = Pixels.read(intParent.getSubimage(2, 1, 4, 3), 1, 1, 2, 2);

        assertThat(bytes[0]).isEqualTo(parent.getRGB(2, 1));
        assertThat(bytes[11]).isEqualTo(parent.getRGB(5, 3));
        assertThat(ints).containsExactly(intParent.getRGB(3, 2), intParent.getRGB(4, 2),
                intParent.getRGB(3, 3), intParent.getRGB(4, 3));
    }

    @Test
    void read_grey_takesTheLevelsAsSrgbAsPillowDoes() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 100);
        grey.getRaster().setSample(1, 0, 0, 200);

        // getRGB would brighten these (ImageIO's grey is labelled linear)
        assertThat(Pixels.read(grey)).containsExactly(0xff646464, 0xffc8c8c8);
    }

    @Test
    void read_greyWithAlpha_keepsLevelsAndAlpha() {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(
                ColorSpace.CS_GRAY), true, false, Transparency.TRANSLUCENT,
                DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(1, 1);
        raster.setPixel(0, 0, new int[] {100, 50});

        int[] px = Pixels.read(new BufferedImage(cm, raster, false, null));

        assertThat(px).containsExactly(0x32646464);
    }

    @Test
    void read_indexed_usesThePalette() {
        IndexColorModel palette = new IndexColorModel(2, 2, new byte[] {0, (byte) 255},
                new byte[] {0, 0}, new byte[] {(byte) 255, 0});
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY, palette);
        img.getRaster().setSample(1, 0, 0, 1);

        assertThat(Pixels.read(img)).containsExactly(0xff0000ff, 0xffff0000);
    }

    @Test
    void image_wrapsWithoutCopyingAsIntTypes() {
        int[] px = {0xff102030, 0x80405060};
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("k", "v");

        BufferedImage rgb = Pixels.image(px, 2, 1, false);
        BufferedImage argb = Pixels.image(px, 1, 2, true, props);

        assertThat(rgb.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(argb.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(rgb.getRGB(1, 0)).isEqualTo(0xff405060);
        assertThat(argb.getRGB(0, 1)).isEqualTo(0x80405060);
        assertThat(argb.getProperty("k")).isEqualTo("v");
        px[0] = 0xffffffff;
        assertThat(rgb.getRGB(0, 0)).isEqualTo(0xffffffff);
    }
}
