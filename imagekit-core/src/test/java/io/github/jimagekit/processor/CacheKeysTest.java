package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every processor's cache key. A key goes into the hash that names cache files, so a
 * change here renames every generated file: it must be deliberate, with a CHANGELOG entry.
 */
final class CacheKeysTest {

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(new Resize(200, 100), "Resize(width=200,height=100,upscale=true)"),
                Arguments.of(new ResizeToCover(200, 100, false),
                        "ResizeToCover(width=200,height=100,upscale=false)"),
                Arguments.of(new ResizeToFill(200, 200),
                        "ResizeToFill(width=200,height=200,anchor=c,upscale=true)"),
                Arguments.of(new ResizeToFill(200, 100, Anchor.of(0.25, 1), false),
                        "ResizeToFill(width=200,height=100,anchor=(0.25,1),upscale=false)"),
                Arguments.of(new ResizeToFit(300, null),
                        "ResizeToFit(width=300,height=null,upscale=true,matColor=null,anchor=c)"),
                Arguments.of(new ResizeToFit(300, 200, false, Color.RED, Anchor.BOTTOM_LEFT),
                        "ResizeToFit(width=300,height=200,upscale=false,matColor=#ff0000ff,"
                                + "anchor=bl)"),
                Arguments.of(new ResizeCanvas(400, 300),
                        "ResizeCanvas(width=400,height=300,color=#ffffff00,anchor=c,x=null,"
                                + "y=null)"),
                Arguments.of(new ResizeCanvas(400, 300, Color.BLACK, 10, -5),
                        "ResizeCanvas(width=400,height=300,color=#000000ff,anchor=null,x=10,"
                                + "y=-5)"),
                Arguments.of(new SmartResize(120, 80),
                        "SmartResize(width=120,height=80,upscale=true)"),
                Arguments.of(new Crop(100, 50, Anchor.TOP_RIGHT),
                        "Crop(width=100,height=50,anchor=tr,x=null,y=null)"),
                Arguments.of(new Crop(100, 50, -10, -20),
                        "Crop(width=100,height=50,anchor=null,x=-10,y=-20)"),
                Arguments.of(new SmartCrop(100, 50), "SmartCrop(width=100,height=50)"),
                Arguments.of(new Adjust(0.5, 1, 1.25, 2),
                        "Adjust(color=0.5,brightness=1,contrast=1.25,sharpness=2)"),
                Arguments.of(Transpose.rotate90(), "Transpose(method=rotate_90)"),
                Arguments.of(Transpose.of(Transpose.Method.ROTATE_90,
                        Transpose.Method.FLIP_HORIZONTAL), "Transpose(method=transverse)"),
                Arguments.of(Transpose.of(Transpose.Method.FLIP_VERTICAL,
                        Transpose.Method.FLIP_VERTICAL), "Transpose(method=none)"),
                Arguments.of(Transpose.auto(), "Transpose(method=auto)"),
                Arguments.of(new MakeOpaque(), "MakeOpaque(background=#ffffffff)"),
                Arguments.of(new TrimBorderColor(),
                        "TrimBorderColor(color=null,tolerance=0.3,sides=trbl)"),
                Arguments.of(new TrimBorderColor(Color.WHITE, 0,
                        EnumSet.of(TrimBorderColor.Side.LEFT, TrimBorderColor.Side.TOP)),
                        "TrimBorderColor(color=#ffffffff,tolerance=0,sides=tl)"),
                Arguments.of(new AddBorder(5),
                        "AddBorder(top=5,right=5,bottom=5,left=5,color=#ffffff00)"),
                Arguments.of(new AddBorder(1, 2, 3, 4, Color.BLUE),
                        "AddBorder(top=1,right=2,bottom=3,left=4,color=#0000ffff)"),
                Arguments.of(new ColorOverlay(Color.GREEN),
                        "ColorOverlay(color=#00ff00ff,opacity=0.5)"),
                Arguments.of(new Reflection(null, 0.4, 0.6),
                        "Reflection(background=#ffffffff,size=0.4,opacity=0.6)"),
                Arguments.of(Thumbnail.of(200, 200, null, null, null),
                        "Thumbnail(width=200,height=200,anchor=\"auto\",crop=true,upscale=false)"),
                Arguments.of(Thumbnail.of(200, null, null, null, true),
                        "Thumbnail(width=200,height=null,anchor=null,crop=false,upscale=true)"),
                Arguments.of(Thumbnail.of(200, 100, "top-left", null, null),
                        "Thumbnail(width=200,height=100,anchor=\"tl\",crop=true,upscale=false)"),
                Arguments.of(Watermark.builder(new BufferedImage(1, 1,
                        BufferedImage.TYPE_INT_ARGB)).anchor(Anchor.BOTTOM_RIGHT).build(),
                        "Watermark(image=\"sha256:82f794f57c8a954448672b791dddf7d8"
                                + "189e0dff6322336c713716678d06c0a9\",anchor=br,opacity=1,"
                                + "inset=0)"),
                Arguments.of(Caption.builder("© Jane").font("DejaVu Sans", Font.BOLD, 14)
                        .color(Color.WHITE).opacity(0.8).anchor(Anchor.BOTTOM).inset(8).build(),
                        "Caption(text=\"© Jane\",font=\"DejaVu Sans\",style=bold,size=14,"
                                + "color=#ffffffff,opacity=0.8,anchor=b,inset=8)"),
                Arguments.of(Processor.pipeline(Transpose.auto(), new ResizeToFill(50, 50)),
                        "[Transpose(method=auto),ResizeToFill(width=50,height=50,anchor=c,"
                                + "upscale=true)]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keys")
    void cacheKey_eachProcessor_isPinned(Processor processor, String expected) {
        assertThat(processor.cacheKey()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keys")
    void equalsAndHashCode_sameParameters_followTheKey(Processor processor, String key) {
        Processor same = keys().map(a -> (Processor) a.get()[0])
                .filter(p -> p.cacheKey().equals(key)).findFirst().orElseThrow();

        assertThat(processor).isEqualTo(same).hasSameHashCodeAs(same).hasToString(key);
    }

    @Test
    void equals_equivalentSpellings_areEqual() {
        assertThat(new ResizeToFill(10, 10, null)).isEqualTo(new ResizeToFill(10, 10,
                Anchor.CENTER)).isEqualTo(new ResizeToFill(10, 10, Anchor.of(0.5, 0.5)));
        assertThat(new ResizeToFit(10, 10, true, null, Anchor.TOP))
                .isEqualTo(new ResizeToFit(10, 10));
        assertThat(Thumbnail.of(10, 10, "", true, null))
                .isEqualTo(Thumbnail.of(10, 10, "c", null, false));
        assertThat(new Resize(10, 10)).isNotEqualTo(new Resize(10, 10, false))
                .isNotEqualTo(new ResizeToCover(10, 10));
    }
}
