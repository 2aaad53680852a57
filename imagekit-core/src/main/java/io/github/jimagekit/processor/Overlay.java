package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A fixed layer laid over images at an anchor point, inside an inset, at an opacity: what
 * {@link Watermark} and {@link Caption} draw.
 *
 * <p>The layer's anchor point lands on the anchor point of the image shrunk by the inset on
 * every side, with the package's rounding ({@link AnchorPoint#left(int, int)}); whatever falls
 * outside the image is cut off. Blending is "source over" in non-premultiplied ARGB with
 * integer arithmetic, so it gives the same bytes on every JVM, and only the pixels under the
 * layer change: the others, including the hidden colour of transparent ones, stay bit-exact.
 */
final class Overlay {

    private final int[] argb;
    private final int width;
    private final int height;
    private final AnchorPoint anchor;
    private final int inset;
    private final int[] alphas = new int[256];

    /**
     * Fixes the layer and where and how it is drawn.
     *
     * @param argb    the layer's non-premultiplied ARGB pixels, row by row; never modified
     * @param width   the layer's width
     * @param height  the layer's height
     * @param anchor  where the layer goes
     * @param opacity from 0 to 1, multiplied into the layer's own alpha
     * @param inset   the distance in pixels kept from every edge, at least 0
     */
    Overlay(int[] argb, int width, int height, AnchorPoint anchor, double opacity, int inset) {
        this.argb = Objects.requireNonNull(argb, "argb");
        this.width = width;
        this.height = height;
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.inset = inset;
        for (int a = 0; a < alphas.length; a++) {
            alphas[a] = (int) Math.round(a * opacity);
        }
    }

    /**
     * Checks an opacity.
     *
     * @param opacity the value
     * @return the value
     * @throws IllegalArgumentException when it is not within 0 to 1
     */
    static double checkOpacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be from 0 to 1, was " + opacity);
        }
        return opacity;
    }

    /**
     * Returns the layer's size.
     *
     * @return its width and height
     */
    Size size() {
        return new Size(width, height);
    }

    /**
     * Lays the layer over an image.
     *
     * @param image the image; not modified
     * @return a new {@code TYPE_INT_RGB} image ({@code TYPE_INT_ARGB} when the image has
     *     alpha) with the image's properties, or {@code image} itself when no layer pixel lands
     *     on it
     */
    BufferedImage apply(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth();
        int h = image.getHeight();
        int left = inset + anchor.left(w - 2 * inset, width);
        int top = inset + anchor.top(h - 2 * inset, height);
        int x0 = Math.max(0, left);
        int y0 = Math.max(0, top);
        int x1 = Math.min(w, left + width);
        int y1 = Math.min(h, top + height);
        if (x1 <= x0 || y1 <= y0 || alphas[255] == 0) {
            return image;
        }
        int[] px = Pixels.read(image);
        for (int y = y0; y < y1; y++) {
            int row = (y - top) * width - left;
            for (int x = x0; x < x1; x++) {
                int s = argb[row + x];
                int a = alphas[s >>> 24];
                if (a != 0) {
                    px[y * w + x] = over(px[y * w + x], s, a);
                }
            }
        }
        return Pixels.image(px, w, h, Pixels.hasAlpha(image), ImageProperties.keep(image));
    }

    /**
     * Porter-Duff "source over" of one non-premultiplied ARGB pixel: the output alpha is
     * {@code a + da * (255 - a) / 255}, each channel the average of the source's and the
     * destination's weighted by {@code a * 255} and {@code da * (255 - a)}, rounded to the
     * nearest. On an opaque destination that is {@code (src * a + dst * (255 - a)) / 255},
     * rounded as {@link MakeOpaque} and {@link ColorOverlay} round.
     *
     * @param dst the pixel below
     * @param src the pixel laid over it (its alpha is ignored)
     * @param a   the source's effective alpha, 1 to 255
     * @return the blended pixel
     */
    static int over(int dst, int src, int a) {
        int ws = a * 255;
        int wd = (dst >>> 24) * (255 - a);
        int total = ws + wd;
        int half = total / 2;
        int outA = (total + 127) / 255;
        int r = ((src >> 16 & 0xff) * ws + (dst >> 16 & 0xff) * wd + half) / total;
        int g = ((src >> 8 & 0xff) * ws + (dst >> 8 & 0xff) * wd + half) / total;
        int b = ((src & 0xff) * ws + (dst & 0xff) * wd + half) / total;
        return outA << 24 | r << 16 | g << 8 | b;
    }

    /**
     * Where and how a layer is drawn, as the {@link Watermark} and {@link Caption} builders set
     * it: the anchor point, the opacity and the inset.
     *
     * @param <B> the builder type the setters return
     */
    abstract static class Placement<B extends Placement<B>> {

        AnchorPoint anchor = Anchor.CENTER;
        double opacity = 1;
        int inset;

        /**
         * Returns this builder as its own type.
         *
         * @return this
         */
        abstract B self();

        /**
         * Sets where the layer goes: its anchor point lands on the same point of the image
         * (inside the inset).
         *
         * @param anchor the point, such as {@link Anchor#BOTTOM_RIGHT}; centre by default
         * @return this builder
         */
        public B anchor(AnchorPoint anchor) {
            this.anchor = Objects.requireNonNull(anchor, "anchor");
            return self();
        }

        /**
         * Sets the opacity, multiplied into the layer's own alpha (a caption's text is opaque).
         *
         * @param opacity from 0 (invisible) to 1 (as the layer is; the default)
         * @return this builder
         * @throws IllegalArgumentException when it is not within 0 to 1
         */
        public B opacity(double opacity) {
            this.opacity = checkOpacity(opacity);
            return self();
        }

        /**
         * Sets the distance kept from every edge of the image.
         *
         * @param inset in pixels, at least 0; 0 by default
         * @return this builder
         * @throws IllegalArgumentException when it is negative
         */
        public B inset(int inset) {
            if (inset < 0) {
                throw new IllegalArgumentException("inset must be at least 0, was " + inset);
            }
            this.inset = inset;
            return self();
        }

        /**
         * Makes the overlay that draws a layer with these settings.
         *
         * @param argb   the layer's non-premultiplied ARGB pixels, row by row
         * @param width  the layer's width
         * @param height the layer's height
         * @return the overlay
         */
        Overlay overlay(int[] argb, int width, int height) {
            return new Overlay(argb, width, height, anchor, opacity, inset);
        }
    }
}
