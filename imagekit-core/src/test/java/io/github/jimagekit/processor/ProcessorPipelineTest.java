package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ProcessorPipelineTest {

    private static final Size PHOTO = new Size(4000, 3000);

    @Test
    void process_twoProcessors_appliesThemInOrder() {
        BufferedImage in = TestImages.quadrants(40, 20);

        BufferedImage out = Processor.pipeline(Transpose.rotate270(), new Crop(10, 10,
                Anchor.TOP_LEFT)).process(in);

        // turned clockwise, the blue bottom-left quadrant is at the top-left
        assertThat(out.getWidth()).isEqualTo(10);
        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(0x0000ff);
    }

    @Test
    void process_empty_returnsTheInput() {
        BufferedImage in = TestImages.solid(3, 3, Color.RED);

        assertThat(Processor.pipeline(List.of()).process(in)).isSameAs(in);
        assertThat(Processor.pipeline().cacheKey()).isEqualTo("[]");
    }

    @Test
    void pipeline_nested_isFlattened() {
        Processor inner = Processor.pipeline(new Resize(5, 5), new Crop(2, 2));
        Processor outer = Processor.pipeline(inner, Transpose.rotate90());

        assertThat(outer).isEqualTo(Processor.pipeline(new Resize(5, 5), new Crop(2, 2),
                Transpose.rotate90()));
        assertThat(outer.cacheKey()).isEqualTo("[Resize(width=5,height=5,upscale=true),"
                + "Crop(width=2,height=2,anchor=c,x=null,y=null),Transpose(method=rotate_90)]");
    }

    @Test
    void pipeline_nullProcessor_fails() {
        assertThatThrownBy(() -> Processor.pipeline(Arrays.asList(new Resize(1, 1), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("processor");
    }

    @Test
    void outputSize_chain_followsEveryProcessor() {
        Processor p = Processor.pipeline(Transpose.rotate90(), new ResizeToFill(200, 100),
                new AddBorder(5));

        assertThat(p.outputSize(PHOTO)).contains(new Size(210, 110));
    }

    @Test
    void outputSize_processorThatCannotTell_isEmpty() {
        Processor p = Processor.pipeline(new TrimBorderColor(), new ResizeToFit(100, 100));

        assertThat(p.outputSize(PHOTO)).isEmpty();
    }

    @Test
    void requiredInputSize_turnThenFill_isTheTurnedCoverSize() {
        Processor p = Processor.pipeline(Transpose.rotate90(), new ResizeToFill(200, 100));
        Size out = p.outputSize(PHOTO).orElseThrow();

        // turned: 3000x4000; its cover of 200x100 is 200x267, which turned back is 267x200
        assertThat(out).isEqualTo(new Size(200, 100));
        assertThat(p.requiredInputSize(PHOTO, out)).isEqualTo(new Size(267, 200));
    }

    @Test
    void requiredInputSize_passThroughsAroundAResize_needOnlyTheCover() {
        Processor p = Processor.pipeline(new Adjust().withContrast(1.2), new MakeOpaque(),
                new ResizeToFill(200, 200), new ColorOverlay(Color.RED));

        assertThat(p.requiredInputSize(PHOTO, new Size(200, 200)))
                .isEqualTo(new Size(267, 200));
    }

    @Test
    void requiredInputSize_pixelExactProcessorFirst_needsTheFullInput() {
        Processor p = Processor.pipeline(new AddBorder(10), new ResizeToFill(200, 200));

        assertThat(p.requiredInputSize(PHOTO, new Size(200, 200))).isEqualTo(PHOTO);
    }

    @Test
    void requiredInputSize_unknownSizeOnTheWay_needsTheFullInput() {
        Processor p = Processor.pipeline(new TrimBorderColor(), new ResizeToFill(200, 200));

        assertThat(p.requiredInputSize(PHOTO, new Size(200, 200))).isEqualTo(PHOTO);
    }

    @Test
    void requiredInputSize_twoResizes_needsWhatTheFirstNeedsForTheSecond() {
        Processor p = Processor.pipeline(new ResizeToFit(1000, 1000), new ResizeToFill(100,
                100));

        // the fit gives 1000x750, of which the fill needs its cover, 133x100: the fit needs
        // its input at 133/1000 of the fitted size
        assertThat(p.requiredInputSize(PHOTO, new Size(100, 100))).isEqualTo(new Size(133,
                100));
    }
}
