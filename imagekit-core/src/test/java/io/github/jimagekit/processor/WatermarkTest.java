package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Watermark} and the {@link Overlay} blending it shares with {@link Caption}. */
final class WatermarkTest {

    private static final int GREY = 0x808080;

    /** A 4x3 mark: opaque red, except a half-transparent blue pixel and a transparent one. */
    private static BufferedImage mark() {
        BufferedImage m = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                m.setRGB(x, y, 0xffff0000);
            }
        }
        m.setRGB(1, 1, 0x800000ff);
        m.setRGB(2, 2, 0x0000ff00);
        return m;
    }

    @Test
    void process_bottomRightWithInset_blendsTheMarkThereAndNowhereElse() {
        BufferedImage in = TestImages.solid(20, 10, new Color(GREY));

        BufferedImage out = Watermark.builder(mark()).anchor(Anchor.BOTTOM_RIGHT).opacity(0.5)
                .inset(2).build().process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        // the mark covers columns 14-17 and rows 5-7 (20 - 2 - 4, 10 - 2 - 3)
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                boolean under = x >= 14 && x < 18 && y >= 5 && y < 8;
                if (!under) {
                    assertThat(Pictures.rgb(out, x, y)).as("(%d,%d)", x, y).isEqualTo(GREY);
                }
            }
        }
        // red at alpha round(255 * 0.5) = 128: (255 * 128 + 128 * 127) / 255 = 191.75 -> 192
        assertThat(Pictures.rgb(out, 14, 5)).isEqualTo(0xc04040);
        assertThat(Pictures.rgb(out, 17, 7)).isEqualTo(0xc04040);
        // blue at alpha round(128 * 0.5) = 64: (255 * 64 + 128 * 191) / 255 = 159.87 -> 160
        assertThat(Pictures.rgb(out, 15, 6)).isEqualTo(0x6060a0);
        // the transparent pixel leaves the image as it was
        assertThat(Pictures.rgb(out, 16, 7)).isEqualTo(GREY);
    }

    @Test
    void process_fullOpacityTopLeft_copiesOpaquePixels() {
        BufferedImage out = Watermark.builder(mark()).anchor(Anchor.TOP_LEFT).build()
                .process(TestImages.solid(6, 6, Color.WHITE));

        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 3, 2)).isEqualTo(0xff0000);
        // alpha 128 over white: red and green (0 * 128 + 255 * 127) / 255 = 127, blue 255
        assertThat(Pictures.rgb(out, 1, 1)).isEqualTo(0x7f7fff);
        assertThat(Pictures.rgb(out, 4, 0)).isEqualTo(0xffffff);
        assertThat(Pictures.rgb(out, 0, 3)).isEqualTo(0xffffff);
    }

    @Test
    void process_fractionalAnchor_usesThePackagesRounding() {
        BufferedImage dot = TestImages.solid(1, 1, Color.BLACK);

        BufferedImage out = Watermark.builder(dot).anchor(Anchor.of(0.25, 1)).build()
                .process(TestImages.solid(11, 5, Color.WHITE));

        // int((11 - 1) * 0.25) = 2, int((5 - 1) * 1) = 4
        assertThat(Pictures.rgb(out, 2, 4)).isEqualTo(0);
        assertThat(Arrays.stream(Pictures.argb(out)).filter(p -> (p & 0xffffff) == 0).count())
                .isEqualTo(1);
    }

    @Test
    void process_markLargerThanImage_isCutOff() {
        BufferedImage out = Watermark.builder(TestImages.solid(10, 10, Color.BLUE)).build()
                .process(TestImages.solid(4, 2, Color.WHITE));

        assertThat(out.getWidth()).isEqualTo(4);
        assertThat(Pictures.argb(out)).containsOnly(0xff0000ff);
    }

    @Test
    void process_translucentImage_keepsPixelsOutsideTheMarkBitExact() {
        BufferedImage in = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 64; i++) {
            in.setRGB(i % 8, i / 8, i * 4 << 24 | i * 0x030507);
        }

        BufferedImage out = Watermark.builder(TestImages.solid(2, 2, Color.GREEN))
                .anchor(Anchor.TOP_LEFT).opacity(0.5).build().process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 64; i++) {
            if (i % 8 >= 2 || i / 8 >= 2) {
                assertThat(out.getRGB(i % 8, i / 8)).isEqualTo(in.getRGB(i % 8, i / 8));
            }
        }
        // pixel 0 is fully transparent: the green shows at alpha 128, in its own colour
        assertThat(out.getRGB(0, 0)).isEqualTo(0x8000ff00);
        // pixel 9 (alpha 36, colour 0x1b2d3f) under alpha 128: weights 128 * 255 = 32640 for
        // green, 36 * 127 = 4572 for the pixel; alpha (32640 + 4572) / 255 = 145.9 -> 146, red
        // 27 * 4572 / 37212 = 3.3 -> 3, green (255 * 32640 + 45 * 4572) / 37212 = 229.2 -> 229,
        // blue 63 * 4572 / 37212 = 7.7 -> 8
        assertThat(out.getRGB(1, 1)).isEqualTo(0x92_03_e5_08);
    }

    @Test
    void process_greyImageAndGreyMark_readAsSrgbLevels() {
        BufferedImage grey = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = grey.getRaster();
        r.setSample(0, 0, 0, 50);
        r.setSample(1, 0, 0, 50);
        r.setSample(2, 0, 0, 50);
        BufferedImage mark = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        mark.getRaster().setSample(0, 0, 0, 200);

        BufferedImage out = Watermark.builder(mark).build().process(grey);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(0x323232);
        assertThat(Pictures.rgb(out, 1, 0)).isEqualTo(0xc8c8c8);
    }

    @Test
    void process_keepsTheImageProperties() {
        BufferedImage in = ImageProperties.with(ImageProperties.with(TestImages.solid(4, 4,
                Color.WHITE), ImageProperties.ORIENTATION, 6), ImageProperties.FULL_SIZE,
                new Size(8, 8));

        BufferedImage out = Watermark.builder(mark()).build().process(in);

        assertThat(ImageProperties.orientation(out)).contains(6);
        assertThat(ImageProperties.fullSize(out)).isEqualTo(new Size(8, 8));
    }

    @Test
    void process_zeroOpacity_returnsTheImageItself() {
        BufferedImage in = TestImages.solid(4, 4, Color.WHITE);

        assertThat(Watermark.builder(mark()).opacity(0).build().process(in)).isSameAs(in);
    }

    @Test
    void builder_imageChangedAfterwards_keepsTheCopy() {
        BufferedImage m = mark();
        Watermark w = Watermark.builder(m).anchor(Anchor.TOP_LEFT).build();
        m.setRGB(0, 0, 0xff00ff00);

        assertThat(Pictures.rgb(w.process(TestImages.solid(4, 3, Color.WHITE)), 0, 0))
                .isEqualTo(0xff0000);
    }

    @Test
    void cacheKey_pixelsHashed_isPinned() {
        BufferedImage m = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        m.setRGB(0, 0, 0xff102030);
        m.setRGB(1, 0, 0x80ffffff);

        // python3 -c "import hashlib; print(hashlib.sha256(bytes.fromhex(
        //     '00000002' '00000001' 'ff102030' '80ffffff')).hexdigest())"
        assertThat(Watermark.builder(m).anchor(Anchor.BOTTOM_RIGHT).opacity(0.5).inset(8)
                .build().cacheKey()).isEqualTo("Watermark(image=\"sha256:"
                        + "f5f2a14d10218cbe74ea923203542b528fa6003a25176f9a151ee618b807c78d\","
                        + "anchor=br,opacity=0.5,inset=8)");
    }

    static Stream<Arguments> variants() {
        BufferedImage other = mark();
        other.setRGB(3, 2, 0xfeff0000);
        return Stream.of(
                Arguments.of("image", Watermark.builder(other)),
                Arguments.of("anchor", Watermark.builder(mark()).anchor(Anchor.TOP)),
                Arguments.of("opacity", Watermark.builder(mark()).opacity(0.99)),
                Arguments.of("inset", Watermark.builder(mark()).inset(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void cacheKey_eachParameter_changesTheKey(String parameter, Watermark.Builder changed) {
        Watermark base = Watermark.builder(mark()).build();

        assertThat(changed.build().cacheKey()).isNotEqualTo(base.cacheKey())
                .contains(parameter + "=");
        assertThat(changed.build()).isNotEqualTo(base);
        assertThat(Watermark.builder(mark()).build()).isEqualTo(base);
    }

    @Test
    void builder_badValues_failNamingThem() {
        Watermark.Builder b = Watermark.builder(mark());

        assertThatThrownBy(() -> b.opacity(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opacity must be from 0 to 1, was 1.5");
        assertThatThrownBy(() -> b.inset(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inset must be at least 0, was -1");
    }

    @Test
    void read_png_givesTheImage() throws IOException {
        byte[] png = TestImages.encode(mark(), "png");

        BufferedImage read = Watermark.read(new ByteArrayInputStream(png));

        assertThat(Pictures.argb(read)).containsExactly(Pictures.argb(mark()));
    }

    @Test
    void read_notAnImage_fails() {
        assertThatThrownBy(() -> Watermark.read(new ByteArrayInputStream(new byte[] {1, 2})))
                .isInstanceOf(IOException.class)
                .hasMessage("watermark image is in no format ImageIO can read");
    }

    @Test
    void resource_missing_failsNamingIt() {
        assertThatThrownBy(() -> Watermark.resource(WatermarkTest.class, "/no/such/logo.png"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("watermark resource \"/no/such/logo.png\" not found (looked up from"
                        + " io.github.jimagekit.processor.WatermarkTest)");
    }

    @Test
    void resource_notAnImage_failsNamingIt() {
        assertThatThrownBy(() -> Watermark.resource(WatermarkTest.class, "WatermarkTest.class"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("watermark resource \"WatermarkTest.class\": watermark image is in"
                        + " no format ImageIO can read");
    }
}
