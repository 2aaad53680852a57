package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a reflection below an image, fading into a background colour. pilkit's
 * {@code Reflection}, to the pixel: a 255-step fade from {@code int(255 - 255 * opacity)} to
 * 255 over the first {@code int(255 * size)} steps, stretched to the image height with
 * Pillow's bicubic filter, blends the upside-down image with the background; the top
 * {@code int(height * size)} rows of that are added below the image.
 *
 * <p>Where we differ: pilkit divides by zero when {@code int(255 * size)} is 0 (its default
 * size, 0.0, always fails); we then blend nothing, so the added rows (if any) are background.
 * We refuse a size or an opacity outside 0 to 1.
 *
 * <p>The result is {@code TYPE_INT_ARGB} when the input has alpha or the background is
 * translucent, else {@code TYPE_INT_RGB} (pilkit always returns RGBA). Shrink-on-load: no.
 */
public final class Reflection extends KeyedProcessor {

    private final Color background;
    private final double size;
    private final double opacity;

    /**
     * Adds a reflection.
     *
     * @param background the background colour, or {@code null} for white
     * @param size       the reflection's height as a fraction of the image's, 0 to 1
     * @param opacity    the reflection's opacity at its top, 0 to 1 (pilkit's default is 0.6)
     * @throws IllegalArgumentException when the size or opacity is not within 0 to 1
     */
    public Reflection(Color background, double size, double opacity) {
        super(CacheKey.of("Reflection").add("background", orWhite(background))
                .add("size", fraction("size", size)).add("opacity", fraction("opacity",
                        opacity)));
        this.background = orWhite(background);
        this.size = size;
        this.opacity = opacity;
    }

    private static Color orWhite(Color c) {
        return c == null ? Color.WHITE : c;
    }

    private static double fraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be from 0 to 1, was " + v);
        }
        return v;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth();
        int h = image.getHeight();
        int rh = (int) (h * size);
        boolean alpha = Pixels.hasAlpha(image) || background.getAlpha() < 255;
        int[] px = Pixels.read(image);
        int[] out = Arrays.copyOf(px, w * (h + rh));
        int[] mask = Resampler.resample(fade(), h, Resampler.Filter.BICUBIC);
        int bg = background.getRGB();
        for (int y = 0; y < rh; y++) {
            int m = mask[y];
            int src = (h - 1 - y) * w;
            int dst = (h + y) * w;
            for (int x = 0; x < w; x++) {
                int p = px[src + x];
                // Pillow's paste of the background through the mask, on all four channels
                out[dst + x] = MakeOpaque.over(bg >>> 24, p >>> 24, m) << 24
                        | MakeOpaque.over(bg >> 16, p >> 16, m) << 16
                        | MakeOpaque.over(bg >> 8, p >> 8, m) << 8 | MakeOpaque.over(bg, p, m);
            }
        }
        return Pixels.image(out, w, h + rh, alpha);
    }

    /** pilkit's 1x255 mask: a ramp from the start opacity to 255 over the first steps. */
    private int[] fade() {
        int start = (int) (255 - (255 * opacity));
        int steps = (int) (255 * size);
        double increment = steps == 0 ? 0 : (255 - start) / (double) steps;
        int[] mask = new int[255];
        for (int y = 0; y < 255; y++) {
            mask[y] = y < steps ? (int) (y * increment + start) : 255;
        }
        return mask;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(new Size(input.width(), input.height() + (int) (input.height()
                * size)));
    }
}
