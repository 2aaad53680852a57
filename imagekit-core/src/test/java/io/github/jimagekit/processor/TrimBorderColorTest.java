package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class TrimBorderColorTest {

    /** A 40x30 pattern inside a border: 5 left, 3 top, 7 right, 2 bottom. */
    private static BufferedImage bordered(Color border) {
        BufferedImage img = TestImages.solid(52, 35, border);
        Graphics2D g = img.createGraphics();
        g.drawImage(Pictures.pattern(40, 30), 5, 3, null);
        g.dispose();
        return img;
    }

    @Test
    void process_detectedBorder_isTrimmedFromEverySide() {
        BufferedImage in = bordered(new Color(40, 200, 90));

        BufferedImage out = new TrimBorderColor().process(in);

        assertThat(out.getWidth()).isEqualTo(40);
        assertThat(out.getHeight()).isEqualTo(30);
        assertThat(out.getRGB(0, 0)).isEqualTo(in.getRGB(5, 3));
        assertThat(out.getRGB(39, 29)).isEqualTo(in.getRGB(44, 32));
    }

    @Test
    void process_someSides_trimsOnlyThose() {
        BufferedImage in = bordered(Color.WHITE);

        BufferedImage out = new TrimBorderColor(null, 0.3, EnumSet.of(TrimBorderColor.Side.TOP,
                TrimBorderColor.Side.RIGHT)).process(in);

        assertThat(out.getWidth()).isEqualTo(45);
        assertThat(out.getHeight()).isEqualTo(32);
        assertThat(out.getRGB(5, 0)).isEqualTo(in.getRGB(5, 3));
    }

    @Test
    void process_nearBorderColourWithinTolerance_isTrimmedToo() {
        BufferedImage in = TestImages.solid(30, 30, new Color(100, 100, 100));
        Graphics2D g = in.createGraphics();
        g.setColor(new Color(150, 100, 100));
        g.fillRect(0, 0, 30, 4);
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 5, 5);
        g.dispose();

        // 50 <= int(0.3 * 255) = 76: the reddish band counts as border
        BufferedImage tolerant = new TrimBorderColor(new Color(100, 100, 100), 0.3,
                EnumSet.allOf(TrimBorderColor.Side.class)).process(in);
        // tolerance 0: only the exact colour is border
        BufferedImage exact = new TrimBorderColor(new Color(100, 100, 100), 0,
                EnumSet.allOf(TrimBorderColor.Side.class)).process(in);

        assertThat(tolerant.getWidth()).isEqualTo(5);
        assertThat(tolerant.getHeight()).isEqualTo(5);
        assertThat(exact.getWidth()).isEqualTo(30);
        assertThat(exact.getHeight()).isEqualTo(15);
    }

    @Test
    void process_toleranceOne_countsAnyDifferenceAsPilkit() {
        BufferedImage in = TestImages.solid(20, 20, Color.WHITE);
        in.setRGB(10, 10, 0xfefefe);

        BufferedImage out = new TrimBorderColor(Color.WHITE, 1, Set.of(TrimBorderColor.Side
                .values())).process(in);

        assertThat(out.getWidth()).isEqualTo(1);
        assertThat(out.getHeight()).isEqualTo(1);
    }

    @Test
    void process_allBorder_returnsTheImage() {
        BufferedImage in = TestImages.solid(20, 20, Color.PINK);

        assertThat(new TrimBorderColor().process(in)).isSameAs(in);
        assertThat(new TrimBorderColor().outputSize(new Size(20, 20))).isEmpty();
    }

    @Test
    void constructor_badArguments_fail() {
        assertThatThrownBy(() -> new TrimBorderColor(null, 1.2, EnumSet.allOf(
                TrimBorderColor.Side.class))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance must be from 0 to 1, was 1.2");
        assertThatThrownBy(() -> new TrimBorderColor(null, 0.3, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sides must name at least one side, was empty");
    }
}
