package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageTooLargeException;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DefaultImaging}'s failures: bad input, the pixel limit, failing plug-ins. */
final class DefaultImagingFailureTest {

    private final Imaging imaging = Imaging.builder().build();

    @Test
    void render_pixelBomb_refusedBeforeAnyDecode() {
        CountingDecoder decoder = new CountingDecoder();
        Imaging guarded = Imaging.builder().decoders(List.of(decoder)).build();
        ImageData bomb = new ImageData("photos/bomb.png", CodecFixtures.pngDeclaring(20000, 20000));

        assertThatThrownBy(() -> guarded.render(bomb, Processor.pipeline(), ImageFormat.PNG,
                EncodeOptions.DEFAULT, true))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessage("source \"photos/bomb.png\" is 20000x20000 (400 MP), over the limit"
                        + " of 100 MP (imagekit.image.max-pixels)");
        assertThat(decoder.decodes.get()).isZero();
    }

    @Test
    void render_justUnderPixelLimit_decodes() {
        Imaging small = Imaging.builder().maxPixels(64 * 32).build();
        byte[] png = TestImages.encode(TestImages.quadrants(64, 32), "png");

        EncodedImage out = small.render(new ImageData("a.png", png), Processor.pipeline(),
                ImageFormat.PNG, EncodeOptions.DEFAULT, true);

        assertThat(out.width()).isEqualTo(64);
        assertThatThrownBy(() -> Imaging.builder().maxPixels(64 * 32 - 1).build().render(
                new ImageData("a.png", png), Processor.pipeline(), ImageFormat.PNG,
                EncodeOptions.DEFAULT, true))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("64x32 (2048 pixels), over the limit of 2047 pixels");
    }

    static Stream<Arguments> badInputs() {
        byte[] jpeg = TestImages.encode(TestImages.gradient(200, 200), "jpeg");
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("zero bytes", "photos/empty.jpg", new byte[0], "is empty (0 bytes)"),
                Arguments.of("truncated JPEG", "photos/cut.jpg",
                        Arrays.copyOf(jpeg, jpeg.length / 2), "cannot be decoded"),
                Arguments.of("random bytes", "photos/noise.jpg", random,
                        "is not an image in a supported format"),
                Arguments.of("text file", "photos/notes.png",
                        "this is not an image\n".repeat(20).getBytes(StandardCharsets.UTF_8),
                        "is not an image in a supported format"),
                Arguments.of("JPEG header only", "photos/head.jpg", Arrays.copyOf(jpeg, 300),
                        "cannot be"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void render_badInput_badImageExceptionNamingSourceWithoutPath(String what, String name,
            byte[] bytes, String expected) {
        assertThatThrownBy(() -> imaging.render(new ImageData(name, bytes), Processor.pipeline(),
                ImageFormat.JPEG, EncodeOptions.DEFAULT, true))
                .isInstanceOf(BadImageException.class)
                .hasMessageStartingWith("source \"" + name + "\" ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertNoPathOrTrace(e.getMessage()));
    }

    @Test
    void render_jpegMissingOnlyItsEoi_decodes() {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(64, 32), "jpeg");
        byte[] noEoi = Arrays.copyOf(jpeg, jpeg.length - 2);

        BufferedImage out = TestImages.decode(imaging.render(new ImageData("e.jpg", noEoi),
                Processor.pipeline(), ImageFormat.PNG, EncodeOptions.DEFAULT, true).bytes());

        assertThat(TestImages.isNear(out, 48, 24, Color.WHITE, 30)).isTrue();
    }

    @Test
    void render_pluginThrowsRuntimeException_wrappedAsBadImage() {
        ImageIoDecoder real = new ImageIoDecoder();
        ImageDecoder broken = new ImageDecoder() {
            @Override
            public Optional<ImageHeader> readHeader(ImageData data) throws IOException {
                return real.readHeader(data);
            }

            @Override
            public Optional<DecodedImage> decode(ImageData data, ImageHeader header,
                    Size atLeast) {
                throw new ArrayIndexOutOfBoundsException("Index 8 out of bounds for length 8");
            }
        };
        Imaging fragile = Imaging.builder().decoders(List.of(broken)).build();
        byte[] png = TestImages.encode(TestImages.quadrants(8, 8), "png");

        assertThatThrownBy(() -> fragile.render(new ImageData("photos/x.png", png),
                Processor.pipeline(), ImageFormat.PNG, EncodeOptions.DEFAULT, true))
                .isInstanceOf(BadImageException.class)
                .hasMessage("source \"photos/x.png\" cannot be decoded: corrupt data"
                        + " (ArrayIndexOutOfBoundsException)")
                .hasCauseInstanceOf(ArrayIndexOutOfBoundsException.class);
    }

    @Test
    void render_processorThrows_generationFailedNamingSource() {
        Processor failing = new Processor() {
            @Override
            public BufferedImage process(BufferedImage image) {
                throw new IllegalStateException("boom");
            }

            @Override
            public String cacheKey() {
                return "Failing()";
            }
        };
        byte[] png = TestImages.encode(TestImages.quadrants(8, 8), "png");

        assertThatThrownBy(() -> imaging.render(new ImageData("a/b.png", png), failing,
                ImageFormat.PNG, EncodeOptions.DEFAULT, true))
                .isInstanceOf(GenerationFailedException.class)
                .hasMessage("source \"a/b.png\": processing failed: IllegalStateException: boom");
    }

    private static void assertNoPathOrTrace(String message) {
        assertThat(message).doesNotContain(System.getProperty("java.io.tmpdir"))
                .doesNotContain(System.getProperty("user.dir"))
                .doesNotContain(System.getProperty("user.home"))
                .doesNotContain("\n").doesNotContain("\tat ").doesNotContain(".java:");
    }

    /** The ImageIO decoder, counting pixel decodes. */
    private static final class CountingDecoder implements ImageDecoder {

        private final ImageIoDecoder delegate = new ImageIoDecoder();
        private final AtomicInteger decodes = new AtomicInteger();

        @Override
        public Optional<ImageHeader> readHeader(ImageData data) throws IOException {
            return delegate.readHeader(data);
        }

        @Override
        public Optional<DecodedImage> decode(ImageData data, ImageHeader header, Size atLeast)
                throws IOException {
            decodes.incrementAndGet();
            return delegate.decode(data, header, atLeast);
        }
    }
}
