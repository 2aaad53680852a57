package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ThumbnailTest {

    @Test
    void of_bothSidesNoCrop_isASmartCrop() {
        Thumbnail t = Thumbnail.of(200, 100, null, null, null);

        assertThat(t.processor()).isEqualTo(new SmartResize(200, 100, false));
    }

    @Test
    void of_oneSide_isAFit() {
        assertThat(Thumbnail.of(200, null, null, null, null).processor())
                .isEqualTo(new ResizeToFit(200, null, false));
        assertThat(Thumbnail.of(null, 50, null, null, true).processor())
                .isEqualTo(new ResizeToFit(null, 50, true));
    }

    @Test
    void of_anchor_isAFillAroundIt() {
        assertThat(Thumbnail.of(200, 100, "tl", null, null).processor())
                .isEqualTo(new ResizeToFill(200, 100, Anchor.TOP_LEFT, false));
        assertThat(Thumbnail.of(200, 100, "Bottom-Right", true, true).processor())
                .isEqualTo(new ResizeToFill(200, 100, Anchor.BOTTOM_RIGHT, true));
    }

    @Test
    void of_autoAnchor_isASmartCropEvenWithCropTrue() {
        assertThat(Thumbnail.of(200, 100, "auto", true, null).processor())
                .isEqualTo(new SmartResize(200, 100, false));
    }

    @Test
    void of_cropTrueWithoutAnchor_cropsAroundTheCentreAsPilkit() {
        assertThat(Thumbnail.of(200, 100, null, true, null).processor())
                .isEqualTo(new ResizeToFill(200, 100, Anchor.CENTER, false));
    }

    @Test
    void of_emptyAnchor_countsAsNoneThenCropsAroundTheCentre() {
        assertThat(Thumbnail.of(200, 100, "", null, null).processor())
                .isEqualTo(new ResizeToFill(200, 100, Anchor.CENTER, false));
        assertThat(Thumbnail.of(200, 100, "", false, null).processor())
                .isEqualTo(new ResizeToFit(200, 100, false));
    }

    @Test
    void of_cropFalseWithBothSides_isAFit() {
        assertThat(Thumbnail.of(200, 100, null, false, null).processor())
                .isEqualTo(new ResizeToFit(200, 100, false));
    }

    @Test
    void of_anchorWithCropFalse_fails() {
        assertThatThrownBy(() -> Thumbnail.of(200, 100, "c", false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("anchor \"c\" cannot be used with crop=false");
    }

    @Test
    void of_croppingWithOneSide_fails() {
        assertThatThrownBy(() -> Thumbnail.of(200, null, "t", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cropping needs both width and height, was 200xnull");
        assertThatThrownBy(() -> Thumbnail.of(null, 100, null, true, null))
                .hasMessage("cropping needs both width and height, was nullx100");
    }

    @Test
    void of_noSide_fails() {
        assertThatThrownBy(() -> Thumbnail.of(null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width and height are both null: give at least one");
    }

    @Test
    void of_unknownAnchor_failsListingTheNames() {
        assertThatThrownBy(() -> Thumbnail.of(10, 10, "middle", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("anchor \"middle\" is not one of c, t, b, l, r");
    }

    @Test
    void process_upscaleNull_neverEnlarges() {
        BufferedImage in = TestImages.quadrants(50, 40);

        BufferedImage fit = Thumbnail.of(200, null, null, null, null).process(in);
        BufferedImage fill = Thumbnail.of(200, 200, "c", null, null).process(in);

        assertThat(fit).isSameAs(in);
        assertThat(fill).isSameAs(in);
    }

    @Test
    void process_upscaleTrue_enlarges() {
        BufferedImage out = Thumbnail.of(200, 200, "c", null, true)
                .process(TestImages.quadrants(50, 40));

        assertThat(out.getWidth()).isEqualTo(200);
        assertThat(out.getHeight()).isEqualTo(200);
    }

    @Test
    void sizes_delegateToTheChosenProcessor() {
        Thumbnail t = Thumbnail.of(200, 200, null, null, null);

        assertThat(t.outputSize(new Size(4000, 3000))).contains(new Size(200, 200));
        assertThat(t.requiredInputSize(new Size(4000, 3000), new Size(200, 200)))
                .isEqualTo(new Size(267, 200));
    }
}
