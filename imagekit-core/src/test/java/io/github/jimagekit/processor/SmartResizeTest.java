package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class SmartResizeTest {

    @Test
    void process_detailOnTheLeft_keepsTheLeftAtTheTargetSize() {
        BufferedImage in = TestImages.solid(600, 200, Color.WHITE);
        Graphics2D g = in.createGraphics();
        g.drawImage(Pictures.pattern(150, 200), 0, 0, null);
        g.dispose();

        BufferedImage out = new SmartResize(100, 100).process(in);

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(100);
        // the busy left part is kept, the flat white right part is cut
        assertThat(Pictures.rgb(out, 99, 50)).isEqualTo(0xffffff);
        assertThat(Pictures.rgb(out, 10, 50)).isNotEqualTo(0xffffff);
    }

    @Test
    void outputSize_withoutUpscale_cropsOnly() {
        assertThat(new SmartResize(200, 200, false).outputSize(new Size(300, 100)))
                .contains(new Size(200, 100));
        assertThat(new SmartResize(200, 200).outputSize(new Size(300, 100)))
                .contains(new Size(200, 200));
    }

    @Test
    void requiredInputSize_photo_isTheCoverSize() {
        assertThat(new SmartResize(200, 200).requiredInputSize(new Size(4000, 3000),
                new Size(100, 100))).isEqualTo(new Size(267, 200));
    }
}
