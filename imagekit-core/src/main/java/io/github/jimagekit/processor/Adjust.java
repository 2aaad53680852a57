package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Adjusts colour saturation, brightness, contrast and sharpness, in that order. pilkit's
 * {@code Adjust}, with the semantics of Pillow's {@code ImageEnhance} ported to the bit: each
 * enhancement blends the image with a "degenerate" version ({@code out = degenerate + factor *
 * (image - degenerate)} in single precision, truncated, clipped when extrapolating):
 *
 * <ul>
 *   <li>colour: the grey image (ITU-R 601 luma, Pillow's fixed-point {@code L}); 0 is grey;</li>
 *   <li>brightness: black; 0 is black;</li>
 *   <li>contrast: the mean grey level (rounded) everywhere; 0 is flat grey;</li>
 *   <li>sharpness: the image smoothed by Pillow's 3x3 {@code SMOOTH} kernel (edge pixels
 *       unchanged); 0 blurs, 2 sharpens.</li>
 * </ul>
 *
 * A factor of exactly 1 skips its step; any finite factor is allowed, as in Pillow. The alpha
 * channel is kept.
 *
 * <p>Shrink-on-load: yes (a pass-through), except with a sharpness other than 1, whose 3x3
 * kernel would act at another scale on a shrunk input.
 */
public final class Adjust extends KeyedProcessor {

    private static final float SIDE = 1f / 13f;
    private static final float MIDDLE = 5f / 13f;

    private final double color;
    private final double brightness;
    private final double contrast;
    private final double sharpness;

    /** Makes an adjustment that changes nothing; set factors with the {@code with} methods. */
    public Adjust() {
        this(1.0, 1.0, 1.0, 1.0);
    }

    /**
     * Makes an adjustment.
     *
     * @param color      saturation: 0 grey, 1 unchanged
     * @param brightness 0 black, 1 unchanged
     * @param contrast   0 flat grey, 1 unchanged
     * @param sharpness  0 blurred, 1 unchanged, 2 sharpened
     * @throws IllegalArgumentException when a factor is not finite
     */
    public Adjust(double color, double brightness, double contrast, double sharpness) {
        super(CacheKey.of("Adjust").add("color", check("color", color))
                .add("brightness", check("brightness", brightness))
                .add("contrast", check("contrast", contrast))
                .add("sharpness", check("sharpness", sharpness)));
        this.color = color;
        this.brightness = brightness;
        this.contrast = contrast;
        this.sharpness = sharpness;
    }

    private static double check(String name, double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + factor);
        }
        return factor;
    }

    /**
     * Returns this adjustment with another colour factor.
     *
     * @param factor saturation: 0 grey, 1 unchanged
     * @return the new adjustment
     * @throws IllegalArgumentException when the factor is not finite
     */
    public Adjust withColor(double factor) {
        return new Adjust(factor, brightness, contrast, sharpness);
    }

    /**
     * Returns this adjustment with another brightness factor.
     *
     * @param factor 0 black, 1 unchanged
     * @return the new adjustment
     * @throws IllegalArgumentException when the factor is not finite
     */
    public Adjust withBrightness(double factor) {
        return new Adjust(color, factor, contrast, sharpness);
    }

    /**
     * Returns this adjustment with another contrast factor.
     *
     * @param factor 0 flat grey, 1 unchanged
     * @return the new adjustment
     * @throws IllegalArgumentException when the factor is not finite
     */
    public Adjust withContrast(double factor) {
        return new Adjust(color, brightness, factor, sharpness);
    }

    /**
     * Returns this adjustment with another sharpness factor.
     *
     * @param factor 0 blurred, 1 unchanged, 2 sharpened
     * @return the new adjustment
     * @throws IllegalArgumentException when the factor is not finite
     */
    public Adjust withSharpness(double factor) {
        return new Adjust(color, brightness, contrast, factor);
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (color == 1.0 && brightness == 1.0 && contrast == 1.0 && sharpness == 1.0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = Pixels.read(image);
        if (color != 1.0) {
            saturate(px, (float) color);
        }
        if (brightness != 1.0) {
            blendConstant(px, 0, (float) brightness);
        }
        if (contrast != 1.0) {
            blendConstant(px, meanLuma(px), (float) contrast);
        }
        if (sharpness != 1.0) {
            sharpen(px, w, h, (float) sharpness);
        }
        return Pixels.image(px, w, h, Pixels.hasAlpha(image), ImageProperties.keep(image));
    }

    /** Pillow's RGB to L: {@code (r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16}. */
    static int luma(int p) {
        return ((p >> 16 & 0xff) * 19595 + (p >> 8 & 0xff) * 38470 + (p & 0xff) * 7471
                + 0x8000) >> 16;
    }

    /** Pillow's {@code ImagingBlend} of one 8-bit value: truncated, clipped when outside. */
    static int blend(int degenerate, int value, float factor) {
        float t = degenerate + factor * (value - degenerate);
        if (factor >= 0 && factor <= 1) {
            return (int) t;
        }
        return t <= 0f ? 0 : t >= 255f ? 255 : (int) t;
    }

    private static void saturate(int[] px, float f) {
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int l = luma(p);
            px[i] = p & 0xff000000 | blend(l, p >> 16 & 0xff, f) << 16
                    | blend(l, p >> 8 & 0xff, f) << 8 | blend(l, p & 0xff, f);
        }
    }

    private static void blendConstant(int[] px, int d, float f) {
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = blend(d, v, f);
        }
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            px[i] = p & 0xff000000 | lut[p >> 16 & 0xff] << 16 | lut[p >> 8 & 0xff] << 8
                    | lut[p & 0xff];
        }
    }

    /** The mean of Pillow's L over the image, rounded as {@code int(mean + 0.5)}. */
    private static int meanLuma(int[] px) {
        long sum = 0;
        for (int p : px) {
            sum += luma(p);
        }
        return (int) ((double) sum / px.length + 0.5);
    }

    private static void sharpen(int[] px, int w, int h, float f) {
        if (w < 3 || h < 3) {
            return;
        }
        int[] src = px.clone();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int p = src[i];
                int out = p & 0xff000000;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int smooth = smooth(src, i, w, shift);
                    out |= blend(smooth, p >> shift & 0xff, f) << shift;
                }
                px[i] = out;
            }
        }
    }

    /** Pillow's 3x3 filter with the SMOOTH kernel at one channel: float sums, rounded. */
    private static int smooth(int[] src, int i, int w, int shift) {
        float ss = 0f;
        ss += row(src, i + w, shift, SIDE);
        ss += (src[i - 1] >> shift & 0xff) * SIDE + (src[i] >> shift & 0xff) * MIDDLE
                + (src[i + 1] >> shift & 0xff) * SIDE;
        ss += row(src, i - w, shift, SIDE);
        return ss <= 0f ? 0 : ss >= 255f ? 255 : (int) (ss + 0.5f);
    }

    private static float row(int[] src, int i, int shift, float k) {
        return (src[i - 1] >> shift & 0xff) * k + (src[i] >> shift & 0xff) * k
                + (src[i + 1] >> shift & 0xff) * k;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(input);
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        if (sharpness != 1.0) {
            return input;
        }
        return Scaling.shrink(input, requiredOutput.width(), requiredOutput.height());
    }
}
