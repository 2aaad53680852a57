package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Caption}, rendered with DejaVu Sans (Debian's {@code fonts-dejavu-core}, which
 * {@code .ci/run} installs).
 */
final class CaptionTest {

    private static final String FONT = "DejaVu Sans";

    private static Caption.Builder hello() {
        return Caption.builder("Hello").font(FONT, Font.BOLD, 20).color(Color.WHITE);
    }

    /** The smallest rectangle holding every pixel that differs between two images. */
    private static Rectangle changed(BufferedImage before, BufferedImage after) {
        Rectangle r = null;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    Rectangle p = new Rectangle(x, y, 1, 1);
                    r = r == null ? p : r.union(p);
                }
            }
        }
        return r;
    }

    private static List<Integer> pixels(BufferedImage img) {
        return Arrays.stream(Pictures.argb(img)).boxed().toList();
    }

    private static int maxRed(BufferedImage img) {
        int max = 0;
        for (int p : Pictures.argb(img)) {
            max = Math.max(max, p >> 16 & 0xff);
        }
        return max;
    }

    @Test
    void process_topLeftWithInset_changesPixelsOnlyInsideTheTextBox() {
        BufferedImage in = TestImages.solid(120, 40, Color.BLACK);
        Caption caption = hello().anchor(Anchor.TOP_LEFT).inset(3).build();
        Size box = caption.layerSize();

        BufferedImage out = caption.process(in);

        // DejaVu Sans at 20 px: ascent + descent is about 23.3 px, "Hello" in bold about 60
        assertThat(box.height()).isBetween(23, 25);
        assertThat(box.width()).isBetween(50, 70);
        Rectangle ink = changed(in, out);
        assertThat(new Rectangle(3, 3, box.width(), box.height()).contains(ink)).isTrue();
        // the ink fills most of the box: capitals reach near its top, the text spans it
        assertThat(ink.y).isBetween(3, 9);
        assertThat(ink.width).isGreaterThan(box.width() * 3 / 4);
        assertThat(maxRed(out)).isEqualTo(255);
    }

    @Test
    void process_bottomRight_keepsTheTextInsideTheInset() {
        BufferedImage in = TestImages.solid(200, 100, Color.BLACK);
        Caption caption = hello().anchor(Anchor.BOTTOM_RIGHT).inset(10).build();
        Size box = caption.layerSize();

        Rectangle ink = changed(in, caption.process(in));

        assertThat(new Rectangle(190 - box.width(), 90 - box.height(), box.width(),
                box.height()).contains(ink)).isTrue();
        assertThat(ink.x + ink.width).isBetween(180, 190);
        // the box's bottom is the descent below the baseline: "Hello" has no descender
        assertThat(ink.y + ink.height).isBetween(80, 90);
    }

    @Test
    void process_antialiased_hasPartlyCoveredPixels() {
        BufferedImage out = hello().build().process(TestImages.solid(100, 40, Color.BLACK));

        assertThat(pixels(out)).anyMatch(p -> (p & 0xff) > 0 && (p & 0xff) < 255);
    }

    @Test
    void process_halfOpacity_blendsAtHalf() {
        BufferedImage out = hello().opacity(0.5).build()
                .process(TestImages.solid(100, 40, Color.BLACK));

        // fully covered white at alpha 128 over black: 255 * 128 / 255 = 128
        assertThat(maxRed(out)).isEqualTo(128);
    }

    @Test
    void process_colour_isKeptExactly() {
        BufferedImage out = hello().color(new Color(0x20, 0xc0, 0x60, 7)).build()
                .process(TestImages.solid(100, 40, Color.WHITE));

        // where the text covers fully, its colour (its alpha ignored); elsewhere white
        assertThat(pixels(out)).contains(0xff20c060)
                .allMatch(p -> p == 0xffffffff || (p >> 16 & 0xff) >= 0x20);
    }

    @Test
    void process_translucentImage_staysTranslucentOutsideTheText() {
        BufferedImage in = new BufferedImage(100, 40, BufferedImage.TYPE_INT_ARGB);
        in.setRGB(0, 0, 0x10abcdef);

        BufferedImage out = hello().build().process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(out.getRGB(0, 0)).isEqualTo(0x10abcdef);
        assertThat(pixels(out)).contains(0xffffffff, 0);
    }

    @Test
    void cacheKey_everyParameter_isPinned() {
        Caption c = Caption.builder("© Jane \"JD\" Doe").font(FONT, Font.BOLD | Font.ITALIC, 14)
                .color(Color.WHITE).opacity(0.8).anchor(Anchor.BOTTOM_RIGHT).inset(8).build();

        assertThat(c.cacheKey()).isEqualTo("Caption(text=\"© Jane \\\"JD\\\" Doe\","
                + "font=\"DejaVu Sans\",style=bold-italic,size=14,color=#ffffffff,opacity=0.8,"
                + "anchor=br,inset=8)");
        assertThat(Caption.builder("x").build().cacheKey()).isEqualTo("Caption(text=\"x\","
                + "font=\"SansSerif\",style=plain,size=12,color=#000000ff,opacity=1,anchor=c,"
                + "inset=0)");
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("text", Caption.builder("Hello!").font(FONT, Font.BOLD, 20)),
                Arguments.of("font", Caption.builder("Hello").font("DejaVu Sans Mono",
                        Font.BOLD, 20)),
                Arguments.of("style", Caption.builder("Hello").font(FONT, Font.PLAIN, 20)),
                Arguments.of("size", Caption.builder("Hello").font(FONT, Font.BOLD, 21)),
                Arguments.of("color", Caption.builder("Hello").font(FONT, Font.BOLD, 20)
                        .color(Color.RED)),
                Arguments.of("opacity", Caption.builder("Hello").font(FONT, Font.BOLD, 20)
                        .opacity(0.5)),
                Arguments.of("anchor", Caption.builder("Hello").font(FONT, Font.BOLD, 20)
                        .anchor(Anchor.TOP)),
                Arguments.of("inset", Caption.builder("Hello").font(FONT, Font.BOLD, 20)
                        .inset(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void cacheKey_eachParameter_changesTheKey(String parameter, Caption.Builder changed) {
        Caption base = Caption.builder("Hello").font(FONT, Font.BOLD, 20).build();

        Caption other = changed.build();

        assertThat(other.cacheKey()).isNotEqualTo(base.cacheKey()).contains(parameter + "=");
        assertThat(other).isNotEqualTo(base);
        assertThat(Caption.builder("Hello").font(FONT, Font.BOLD, 20).build()).isEqualTo(base);
    }

    @Test
    void builder_badText_failsNamingIt() {
        assertThatThrownBy(() -> Caption.builder("  ")).isInstanceOf(
                IllegalArgumentException.class)
                .hasMessage("caption text must not be blank, was \"  \"");
        assertThatThrownBy(() -> Caption.builder("two\nlines")).isInstanceOf(
                IllegalArgumentException.class)
                .hasMessage("caption text must be one line without control characters, found"
                        + " U+000A at index 3");
    }

    @Test
    void builder_badFont_failsNamingIt() {
        Caption.Builder b = Caption.builder("Hello");

        assertThatThrownBy(() -> b.font(FONT, 4, 12)).isInstanceOf(
                IllegalArgumentException.class)
                .hasMessage("font style must be Font.PLAIN, BOLD, ITALIC or BOLD | ITALIC, was 4");
        assertThatThrownBy(() -> b.font(FONT, Font.PLAIN, 0)).isInstanceOf(
                IllegalArgumentException.class)
                .hasMessage("font size must be from 1 to 1000, was 0");
        assertThatThrownBy(() -> b.font("No Such Font", Font.PLAIN, 12).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("font \"No Such Font\" is not installed (a logical name such as"
                        + " SansSerif or Serif always resolves)");
        assertThatThrownBy(() -> Caption.builder("a漢").font(FONT, Font.PLAIN, 12).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("font \"DejaVu Sans\" cannot display U+6F22 of caption \"a漢\"");
    }

    @Test
    void builder_badOpacityOrInset_failsNamingIt() {
        assertThatThrownBy(() -> hello().opacity(-0.1)).isInstanceOf(
                IllegalArgumentException.class).hasMessage("opacity must be from 0 to 1, was -0.1");
        assertThatThrownBy(() -> hello().inset(-3)).isInstanceOf(
                IllegalArgumentException.class).hasMessage("inset must be at least 0, was -3");
    }
}
