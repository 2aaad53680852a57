package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class SmartCropTest {

    /** A flat grey image with a busy patch whose top-left corner is at (x, y). */
    private static BufferedImage detailAt(int w, int h, int x, int y, int size) {
        BufferedImage img = TestImages.solid(w, h, Color.GRAY);
        Graphics2D g = img.createGraphics();
        g.drawImage(Pictures.pattern(size, size), x, y, null);
        g.dispose();
        return img;
    }

    @Test
    void process_detailOnTheRight_keepsTheRight() {
        BufferedImage in = detailAt(300, 100, 230, 10, 70);

        BufferedImage out = new SmartCrop(100, 100).process(in);

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(100);
        // every flat slice on the left loses to a busy one on the right: columns 200-299
        assertThat(Pictures.rgb(out, 30, 10)).isEqualTo(Pictures.rgb(in, 230, 10));
        assertThat(Pictures.rgb(out, 99, 79)).isEqualTo(Pictures.rgb(in, 299, 79));
    }

    @Test
    void process_detailNotAtTheEdge_cropsAsPilkit() {
        BufferedImage in = detailAt(300, 100, 220, 10, 70);

        BufferedImage out = new SmartCrop(100, 100).process(in);

        // pilkit 2.0 keeps columns 190-289 of this image (checked with bench/quality)
        assertThat(Pictures.rgb(out, 30, 10)).isEqualTo(Pictures.rgb(in, 220, 10));
        assertThat(Pictures.rgb(out, 99, 79)).isEqualTo(Pictures.rgb(in, 289, 79));
    }

    @Test
    void process_detailAtTheTop_keepsTheTop() {
        BufferedImage in = detailAt(100, 300, 10, 0, 60);

        BufferedImage out = new SmartCrop(100, 100).process(in);

        assertThat(out.getHeight()).isEqualTo(100);
        assertThat(Pictures.rgb(out, 10, 0)).isEqualTo(Pictures.rgb(in, 10, 0));
        assertThat(Pictures.rgb(out, 69, 59)).isEqualTo(Pictures.rgb(in, 69, 59));
    }

    @Test
    void process_sameDetailOnBothSides_cropsFromBothSides() {
        // a symmetric image: equal entropies, so slices come off both sides and the middle
        // column (a marker) stays in the middle
        BufferedImage in = TestImages.gradient(1, 100);
        BufferedImage img = new BufferedImage(301, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 301; x++) {
            for (int y = 0; y < 100; y++) {
                img.setRGB(x, y, in.getRGB(0, y) ^ (Math.abs(x - 150) * 0x010101));
            }
        }
        img.setRGB(150, 0, 0xff00ff);

        BufferedImage out = new SmartCrop(101, 100).process(img);

        assertThat(Pictures.rgb(out, 50, 0)).isEqualTo(0xff00ff);
    }

    @Test
    void process_smallerImage_keepsItsSmallerSide() {
        BufferedImage in = TestImages.gradient(80, 300);

        BufferedImage out = new SmartCrop(100, 100).process(in);

        assertThat(out.getWidth()).isEqualTo(80);
        assertThat(out.getHeight()).isEqualTo(100);
    }

    @Test
    void process_imageThatFits_isReturnedAsIs() {
        BufferedImage in = TestImages.gradient(50, 50);

        assertThat(new SmartCrop(100, 100).process(in)).isSameAs(in);
    }

    @Test
    void entropy_twoEqualHalves_isOneBitPerChannelMix() {
        int[] px = {0xff000000, 0xffffffff};

        // histogram: six bins of one count each over six counts -> log2(6) bits
        assertThat(SmartCrop.entropy(px, 2, 0, 0, 2, 1, false))
                .isCloseTo(Math.log(6) / Math.log(2), org.assertj.core.data.Offset.offset(
                        1e-12));
        // with alpha: one more bin of two counts, over eight counts
        assertThat(SmartCrop.entropy(px, 2, 0, 0, 2, 1, true)).isCloseTo(2.75,
                org.assertj.core.data.Offset.offset(1e-12));
    }
}
