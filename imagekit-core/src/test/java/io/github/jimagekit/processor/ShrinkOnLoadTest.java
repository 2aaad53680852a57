package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.ImageMetrics;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * What the imaging engine does when {@code requiredInputSize} lets it decode small: the
 * processors get a shrunk image that carries {@link ImageProperties#FULL_SIZE}, and must give
 * the full decode's size and look.
 */
final class ShrinkOnLoadTest {

    private static BufferedImage shrunk(BufferedImage full, int factor) {
        return ImageProperties.with(Pictures.boxShrink(full, factor), ImageProperties.FULL_SIZE,
                new Size(full.getWidth(), full.getHeight()));
    }

    @Test
    void fit_shrunkInput_hasTheFullDecodesSize() {
        // 1600x1035 fits 200 wide as 200x129 (129.375); a quarter-size 400x259 input would
        // give 200x130 (129.5 rounds to even) without the full size
        BufferedImage full = TestImages.gradient(1600, 1035);
        Processor fit = new ResizeToFit(200, null);
        Size need = fit.requiredInputSize(new Size(1600, 1035), new Size(200, 129));

        BufferedImage fromFull = fit.process(full);
        BufferedImage fromShrunk = fit.process(shrunk(full, 4));
        BufferedImage unaware = fit.process(Pictures.boxShrink(full, 4));

        assertThat(new Size(400, 259).covers(need)).isTrue();
        assertThat(fromShrunk.getWidth()).isEqualTo(fromFull.getWidth()).isEqualTo(200);
        assertThat(fromShrunk.getHeight()).isEqualTo(fromFull.getHeight()).isEqualTo(129);
        assertThat(unaware.getHeight()).isEqualTo(130);
        assertThat(ImageMetrics.psnr(fromFull, fromShrunk)).isGreaterThan(40);
    }

    @Test
    void fill_shrunkInput_looksLikeTheFullDecode() {
        BufferedImage full = TestImages.quadrants(1200, 900);
        Processor fill = new ResizeToFill(100, 100);
        Size need = fill.requiredInputSize(new Size(1200, 900), new Size(100, 100));

        BufferedImage fromFull = fill.process(full);
        BufferedImage fromShrunk = fill.process(shrunk(full, 8));

        assertThat(need).isEqualTo(new Size(133, 100));
        assertThat(fromShrunk.getWidth()).isEqualTo(100);
        assertThat(fromShrunk.getHeight()).isEqualTo(100);
        assertThat(ImageMetrics.psnr(fromFull, fromShrunk)).isGreaterThan(30);
        assertThat(ImageMetrics.ssim(fromFull, fromShrunk)).isGreaterThan(0.95);
    }

    @Test
    void pipeline_orientedShrunkInput_keepsTheFullSizeThroughTheTurn() {
        BufferedImage full = TestImages.quadrants(1200, 900);
        Processor p = Processor.pipeline(Transpose.rotate270(), new ResizeToFit(null, 301));

        BufferedImage fromFull = p.process(full);
        BufferedImage fromShrunk = p.process(shrunk(full, 2));

        assertThat(fromShrunk.getWidth()).isEqualTo(fromFull.getWidth());
        assertThat(fromShrunk.getHeight()).isEqualTo(fromFull.getHeight()).isEqualTo(301);
        assertThat(Pictures.corners(fromShrunk)).containsExactly(Pictures.corners(fromFull));
    }

    @Test
    void orient_shrunkInput_transposesTheFullSize() {
        BufferedImage out = Transpose.orient(shrunk(TestImages.gradient(800, 600), 4), 6);

        assertThat(out.getWidth()).isEqualTo(150);
        assertThat(ImageProperties.fullSize(out)).isEqualTo(new Size(600, 800));
    }

    @Test
    void resize_withoutUpscale_decidesOnTheFullSize() {
        BufferedImage full = TestImages.gradient(1200, 900);

        BufferedImage out = new Resize(300, 200, false).process(shrunk(full, 2));

        assertThat(out.getWidth()).isEqualTo(300);
        assertThat(out.getHeight()).isEqualTo(200);
    }
}
