package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Trims a uniform border colour from an image's sides. pilkit's {@code TrimBorderColor}: the
 * border colour is given or detected (the per-channel median, R, G, B and A, of the outermost
 * ring of pixels); a pixel is "border" when its difference from that colour, channel by
 * channel, is at most {@code int(tolerance * 255)}; the image is cropped to the bounding box of
 * the other pixels, on the chosen sides only. An image that is all border is returned as is.
 *
 * <p>pilkit's odd corners, kept: with a tolerance strictly between 0 and 1, the alpha channel
 * is ignored; with a tolerance of exactly 0 <em>or 1</em>, any difference at all counts,
 * alpha included (pilkit skips the tolerance step for both).
 *
 * <p>Where we differ: pilkit bounds the difference image with Pillow's {@code getbbox()},
 * which on Pillow 9.4 (Debian 12's) looks only at the alpha channel of an RGBA image, so there
 * pilkit never trims an opaque image. We port the behaviour pilkit was written for: a pixel
 * counts when any channel differs.
 *
 * <p>The output size depends on the pixels, so {@link #outputSize(Size)} is empty.
 * Shrink-on-load: no.
 */
public final class TrimBorderColor extends KeyedProcessor {

    /** A side of the image: pilkit's {@code Side}. */
    public enum Side {
        /** The top edge. */
        TOP,
        /** The right edge. */
        RIGHT,
        /** The bottom edge. */
        BOTTOM,
        /** The left edge. */
        LEFT
    }

    private final Color color;
    private final double tolerance;
    private final Set<Side> sides;

    /** Trims the detected border colour from every side, with pilkit's tolerance 0.3. */
    public TrimBorderColor() {
        this(null, 0.3, EnumSet.allOf(Side.class));
    }

    /**
     * Trims a border colour.
     *
     * @param color     the border colour (its alpha counts), or {@code null} to detect it
     * @param tolerance from 0 (exact colour only) to 1
     * @param sides     the sides to trim, at least one
     * @throws IllegalArgumentException when the tolerance is not within 0 to 1 or no side is
     *     given
     */
    public TrimBorderColor(Color color, double tolerance, Set<Side> sides) {
        super(CacheKey.of("TrimBorderColor").add("color", color)
                .add("tolerance", checkTolerance(tolerance)).addRaw("sides", sideNames(sides)));
        this.color = color;
        this.tolerance = tolerance;
        this.sides = EnumSet.copyOf(sides);
    }

    private static double checkTolerance(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("tolerance must be from 0 to 1, was " + t);
        }
        return t;
    }

    private static String sideNames(Set<Side> sides) {
        Objects.requireNonNull(sides, "sides");
        if (sides.isEmpty()) {
            throw new IllegalArgumentException("sides must name at least one side, was empty");
        }
        StringBuilder b = new StringBuilder();
        for (Side s : Side.values()) {
            if (sides.contains(s)) {
                b.append(Character.toLowerCase(s.name().charAt(0)));
            }
        }
        return b.toString();
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = Pixels.read(image);
        int border = color != null ? color.getRGB() : detectBorder(px, w, h);
        int[] box = boundingBox(px, w, h, border);
        if (box == null) {
            return image;
        }
        int x0 = sides.contains(Side.LEFT) ? box[0] : 0;
        int y0 = sides.contains(Side.TOP) ? box[1] : 0;
        int x1 = sides.contains(Side.RIGHT) ? box[2] : w;
        int y1 = sides.contains(Side.BOTTOM) ? box[3] : h;
        if (x0 == 0 && y0 == 0 && x1 == w && y1 == h) {
            return image;
        }
        int cw = x1 - x0;
        int ch = y1 - y0;
        int[] out = new int[cw * ch];
        for (int y = 0; y < ch; y++) {
            System.arraycopy(px, (y0 + y) * w + x0, out, y * cw, cw);
        }
        return Pixels.image(out, cw, ch, Pixels.hasAlpha(image));
    }

    /** The box {x0, y0, x1, y1} of the pixels that differ from the border, or null. */
    private int[] boundingBox(int[] px, int w, int h, int border) {
        boolean tolerant = tolerance != 0 && tolerance != 1;
        int threshold = tolerant ? (int) (tolerance * 255) : 0;
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (differs(px[y * w + x], border, threshold, !tolerant)) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
    }

    private static boolean differs(int p, int border, int threshold, boolean withAlpha) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((p >> shift & 0xff) - (border >> shift & 0xff)) > threshold) {
                return true;
            }
        }
        return withAlpha && (p >>> 24) != (border >>> 24);
    }

    /** The per-channel median of the outermost ring, as Pillow's {@code ImageStat.median}. */
    private static int detectBorder(int[] px, int w, int h) {
        int[][] hist = new int[4][256];
        int count = 0;
        boolean ring = w > 2 && h > 2;
        for (int y = 0; y < h; y++) {
            boolean edgeRow = y == 0 || y == h - 1;
            for (int x = 0; x < w; x++) {
                if (!ring || edgeRow || x == 0 || x == w - 1) {
                    int p = px[y * w + x];
                    hist[0][p >>> 24]++;
                    hist[1][p >> 16 & 0xff]++;
                    hist[2][p >> 8 & 0xff]++;
                    hist[3][p & 0xff]++;
                    count++;
                }
            }
        }
        int argb = 0;
        for (int c = 0; c < 4; c++) {
            argb = argb << 8 | median(hist[c], count);
        }
        return argb;
    }

    private static int median(int[] hist, int count) {
        int half = count / 2;
        int s = 0;
        for (int j = 0; j < 256; j++) {
            s += hist[j];
            if (s > half) {
                return j;
            }
        }
        return 255;
    }
}
