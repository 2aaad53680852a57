package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins bit-for-bit parity with pilkit: the expected sizes and checksums are printed by
 * {@code bench/quality/pilkit_golden.py} (pilkit 2.0 on Pillow 9.4) for the same images.
 */
final class PilkitGoldenTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("fill-gradient", TestImages.gradient(37, 23),
                        new ResizeToFill(10, 7), "10x7 e8ac4cc2"),
                Arguments.of("fill-pattern", Pictures.pattern(97, 61),
                        new ResizeToFill(20, 20, Anchor.TOP_LEFT), "20x20 df545155"),
                Arguments.of("fill-pattern-up", Pictures.pattern(13, 9),
                        new ResizeToFill(40, 30), "40x30 b861a94b"),
                Arguments.of("fit-pattern", Pictures.pattern(97, 61),
                        new ResizeToFit(31, null), "31x19 154ab7b6"),
                Arguments.of("resize-alpha", Pictures.withAlpha(Pictures.pattern(64, 48)),
                        new Resize(21, 17), "21x17 1e334531"),
                Arguments.of("smartresize-pattern", Pictures.pattern(120, 80),
                        new SmartResize(50, 50), "50x50 3e05fc15"),
                Arguments.of("smartcrop-pattern", Pictures.pattern(120, 80),
                        new SmartCrop(64, 70), "64x70 d9cb5a14"),
                Arguments.of("adjust-pattern", Pictures.pattern(40, 30),
                        new Adjust(0.4, 1.3, 0.7, 1.8), "40x30 5d404029"),
                Arguments.of("overlay-pattern", Pictures.pattern(40, 30),
                        new ColorOverlay(new Color(10, 200, 30), 0.35), "40x30 b9d9e65f"),
                Arguments.of("canvas-pattern", Pictures.pattern(40, 30),
                        new ResizeCanvas(50, 20, new Color(1, 2, 3), Anchor.of(0.3, 0.6)),
                        "50x20 fb9c217b"),
                Arguments.of("reflection-pattern", Pictures.pattern(40, 30),
                        new Reflection(new Color(0x20, 0x40, 0x60), 0.4, 0.7),
                        "40x42 d4dee472"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void process_pilkitCase_matchesPilkitBitForBit(String name, BufferedImage input,
            Processor processor, String expected) {
        BufferedImage out = processor.process(input);

        assertThat(out.getWidth() + "x" + out.getHeight() + " " + Pictures.crc(out))
                .isEqualTo(expected);
    }
}
