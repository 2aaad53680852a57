package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts an image with transparency on a solid background. pilkit's {@code MakeOpaque}: each
 * colour channel becomes {@code (image * alpha + background * (255 - alpha)) / 255}, rounded
 * as Pillow's {@code paste} with a mask.
 *
 * <p>Where we differ: Pillow blends the alpha channel with the same formula, so a
 * half-transparent pixel comes out about 75% opaque, not opaque; we return a fully opaque
 * {@code TYPE_INT_RGB} image, which is what the processor is for. An image without alpha is
 * returned as is.
 *
 * <p>Shrink-on-load: yes (a pass-through).
 */
public final class MakeOpaque extends KeyedProcessor {

    private final Color background;

    /** Puts the image on white. */
    public MakeOpaque() {
        this(Color.WHITE);
    }

    /**
     * Puts the image on a colour.
     *
     * @param background the background, opaque
     * @throws IllegalArgumentException when the background is not opaque
     */
    public MakeOpaque(Color background) {
        super(CacheKey.of("MakeOpaque").add("background",
                Objects.requireNonNull(background, "background")));
        if (background.getAlpha() != 255) {
            throw new IllegalArgumentException("background must be opaque, was alpha "
                    + background.getAlpha());
        }
        this.background = background;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (!Pixels.hasAlpha(image)) {
            return image;
        }
        int[] px = Pixels.read(image);
        int bg = background.getRGB();
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int a = p >>> 24;
            px[i] = 0xff000000 | over(p >> 16, bg >> 16, a) << 16 | over(p >> 8, bg >> 8, a) << 8
                    | over(p, bg, a);
        }
        return Pixels.image(px, image.getWidth(), image.getHeight(), false,
                ImageProperties.keep(image));
    }

    /** Pillow's masked paste of one channel: {@code DIV255(fg * a + bg * (255 - a))}. */
    static int over(int fg, int bg, int a) {
        int t = (fg & 0xff) * a + (bg & 0xff) * (255 - a) + 128;
        return ((t >> 8) + t) >> 8;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(input);
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        return Scaling.shrink(input, requiredOutput.width(), requiredOutput.height());
    }
}
