package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Lays a colour over an image: each channel becomes
 * {@code (image * m + color * (255 - m)) / 255} with {@code m = int((1 - opacity) * 255)},
 * rounded as Pillow's masked {@code paste}. pilkit's {@code ColorOverlay}.
 *
 * <p>Where we differ: pilkit converts the image to RGB first, dropping its transparency (and
 * showing whatever colour the transparent pixels hide); we keep the alpha channel, as every
 * processor here does. The colour's own alpha is ignored, as in pilkit.
 *
 * <p>Shrink-on-load: yes (a pass-through).
 */
public final class ColorOverlay extends KeyedProcessor {

    private final Color color;
    private final double opacity;

    /**
     * Lays a colour over the image at half opacity.
     *
     * @param color the colour
     */
    public ColorOverlay(Color color) {
        this(color, 0.5);
    }

    /**
     * Lays a colour over the image.
     *
     * @param color   the colour
     * @param opacity from 0 (no change) to 1 (the colour only)
     * @throws IllegalArgumentException when the opacity is not within 0 to 1
     */
    public ColorOverlay(Color color, double opacity) {
        super(CacheKey.of("ColorOverlay").add("color", opaque(color)).add("opacity",
                Overlay.checkOpacity(opacity)));
        this.color = opaque(color);
        this.opacity = opacity;
    }

    private static Color opaque(Color c) {
        Objects.requireNonNull(c, "color");
        return new Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int m = (int) ((1.0 - opacity) * 255);
        int c = color.getRGB();
        int[] px = Pixels.read(image);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            px[i] = p & 0xff000000 | MakeOpaque.over(p >> 16, c >> 16, m) << 16
                    | MakeOpaque.over(p >> 8, c >> 8, m) << 8 | MakeOpaque.over(p, c, m);
        }
        return Pixels.image(px, image.getWidth(), image.getHeight(), Pixels.hasAlpha(image),
                ImageProperties.keep(image));
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
