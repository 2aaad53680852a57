package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageTooLargeException;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ImagingTest {

    private static final byte[] PNG = TestImages.encode(TestImages.quadrants(64, 32), "png");

    @Test
    void builder_options_applied() {
        Imaging imaging = Imaging.builder().maxPixels(2000).autoOrient(false)
                .colorManagement(false).subsampledDecode(false).build();

        assertThat(imaging.cacheKey())
                .isEqualTo("Imaging(autoOrient=false,colorManagement=false)");
        assertThatThrownBy(() -> imaging.render(new ImageData("p.png", PNG), Processor.pipeline(),
                ImageFormat.PNG, EncodeOptions.DEFAULT, true))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessage("source \"p.png\" is 64x32 (2048 pixels), over the limit of 2000"
                        + " pixels (imagekit.image.max-pixels)");
    }

    @Test
    void builder_jpegDctScaling_decodesStraightToAnEighth() {
        byte[] jpeg = TestImages.encode(TestImages.gradient(2400, 1600), "jpeg");
        for (String on : List.of("true", "false")) {
            CodecFixtures.FitRecorder fit = new CodecFixtures.FitRecorder(100, 100);
            Imaging imaging = Imaging.builder().subsampledDecode(false)
                    .jpegDctScaling(Boolean.parseBoolean(on)).build();

            imaging.render(new ImageData("big.jpg", jpeg), fit, ImageFormat.JPEG,
                    EncodeOptions.DEFAULT, true);

            assertThat(fit.inputs().get(0).getWidth()).as("jpeg-dct-scaling=" + on)
                    .isEqualTo(on.equals("true") ? 300 : 2400);
        }
    }

    @Test
    void builder_subsampledDecodeOff_decodesFullSize() {
        byte[] big = TestImages.encode(TestImages.gradient(1200, 800), "png");
        CodecFixtures.FitRecorder on = new CodecFixtures.FitRecorder(50, 50);
        CodecFixtures.FitRecorder off = new CodecFixtures.FitRecorder(50, 50);

        Imaging.builder().build().render(new ImageData("b.png", big), on, ImageFormat.PNG,
                EncodeOptions.DEFAULT, true);
        Imaging.builder().subsampledDecode(false).build()
                .render(new ImageData("b.png", big), off, ImageFormat.PNG, EncodeOptions.DEFAULT,
                        true);

        assertThat(on.inputs().get(0).getWidth()).isLessThan(300);
        assertThat(off.inputs().get(0).getWidth()).isEqualTo(1200);
    }

    @Test
    void builder_decodersAndSubsampledDecode_conflictRejected() {
        assertThatThrownBy(() -> Imaging.builder().decoders(List.of(new ImageIoDecoder()))
                .subsampledDecode(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("subsampledDecode");
        assertThatThrownBy(() -> Imaging.builder().subsampledDecode(false)
                .decoders(List.of(new ImageIoDecoder())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decoders");
    }

    @Test
    void builder_badValues_rejected() {
        assertThatThrownBy(() -> Imaging.builder().maxPixels(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPixels must be at least 1, was 0");
        assertThatThrownBy(() -> Imaging.builder().decoders(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decoders must not be empty");
        assertThatThrownBy(() -> Imaging.builder().encoders(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("encoders");
    }

    @Test
    void builder_encoderWithoutTheFormat_generationFailed() {
        ImageEncoder pngOnly = new ImageEncoder() {
            @Override
            public boolean supports(ImageFormat format) {
                return format.equals(ImageFormat.PNG);
            }

            @Override
            public byte[] encode(BufferedImage image, ImageFormat format,
                    EncodeOptions options) {
                return new byte[] {1};
            }
        };
        Imaging imaging = Imaging.builder().encoders(List.of(pngOnly)).build();

        assertThat(imaging.render(new ImageData("p.png", PNG), Processor.pipeline(),
                ImageFormat.PNG, EncodeOptions.DEFAULT, true).bytes()).containsExactly(1);
        assertThatThrownBy(() -> imaging.render(new ImageData("p.png", PNG),
                Processor.pipeline(), ImageFormat.GIF, EncodeOptions.DEFAULT, true))
                .isInstanceOf(GenerationFailedException.class)
                .hasMessage("source \"p.png\" cannot be encoded as GIF: no encoder writes that"
                        + " format");
    }
}
