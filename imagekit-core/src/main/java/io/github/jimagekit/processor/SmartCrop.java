package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Crops an image to a size by whittling away the edges with the least detail. pilkit's
 * {@code SmartCrop} (from easy-thumbnails), step for step: while the width is too large, cut a
 * slice of {@code min(excess, max(excess / 5, 10))} columns from the side whose slice has the
 * lower histogram entropy (from both sides, half each, when the entropies differ by less than
 * 1%); then the same for rows. Row slices span the full original width, as in pilkit.
 *
 * <p>The entropy is that of Pillow's histogram: the R, G and B channels' 256 bins side by side,
 * plus the alpha channel's when the image has one. An image smaller than the target keeps its
 * smaller side.
 *
 * <p>Shrink-on-load: no; the result depends on the input's exact pixels.
 */
public final class SmartCrop extends KeyedProcessor {

    private final int width;
    private final int height;

    /**
     * Crops to a size.
     *
     * @param width  the largest width kept, at least 1
     * @param height the largest height kept, at least 1
     * @throws IllegalArgumentException when a side is less than 1
     */
    public SmartCrop(int width, int height) {
        super(CacheKey.of("SmartCrop").add("width", width).add("height", height));
        this.width = ResizeCanvas.checkSide("width", width);
        this.height = ResizeCanvas.checkSide("height", height);
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        return crop(image, width, height, Pixels.hasAlpha(image));
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(new Size(Math.min(input.width(), width),
                Math.min(input.height(), height)));
    }

    /**
     * Runs pilkit's smart crop.
     *
     * @param image      the image; not modified
     * @param width      the largest width kept
     * @param height     the largest height kept
     * @param alphaBins  whether the histogram has the alpha channel's 256 bins (pilkit's RGBA
     *     images), which changes where the 1% tie falls
     * @return the cropped image, or {@code image} itself when it already fits
     */
    static BufferedImage crop(BufferedImage image, int width, int height, boolean alphaBins) {
        int sx = image.getWidth();
        int sy = image.getHeight();
        int diffX = sx - Math.min(sx, width);
        int diffY = sy - Math.min(sy, height);
        if (diffX == 0 && diffY == 0) {
            return image;
        }
        int[] px = Pixels.read(image);
        int left = 0;
        int right = sx;
        while (diffX > 0) {
            int slice = Math.min(diffX, Math.max(diffX / 5, 10));
            double start = entropy(px, sx, left, 0, left + slice, sy, alphaBins);
            double end = entropy(px, sx, right - slice, 0, right, sy, alphaBins);
            int[] cut = compare(start, end, slice, diffX);
            left += cut[0];
            right -= cut[1];
            diffX -= cut[0] + cut[1];
        }
        int top = 0;
        int bottom = sy;
        while (diffY > 0) {
            int slice = Math.min(diffY, Math.max(diffY / 5, 10));
            double start = entropy(px, sx, 0, top, sx, top + slice, alphaBins);
            double end = entropy(px, sx, 0, bottom - slice, sx, bottom, alphaBins);
            int[] cut = compare(start, end, slice, diffY);
            top += cut[0];
            bottom -= cut[1];
            diffY -= cut[0] + cut[1];
        }
        int w = right - left;
        int h = bottom - top;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(px, (top + y) * sx + left, out, y * w, w);
        }
        return Pixels.image(out, w, h, Pixels.hasAlpha(image));
    }

    /** pilkit's {@code compare_entropy}: how much to cut from the start and from the end. */
    private static int[] compare(double start, double end, int slice, int difference) {
        if (end != 0 && Math.abs(start / end - 1) < 0.01) {
            if (difference >= slice * 2) {
                return new int[] {slice, slice};
            }
            int half = slice / 2;
            return new int[] {half, slice - half};
        }
        return start > end ? new int[] {0, slice} : new int[] {slice, 0};
    }

    /** pilkit's {@code histogram_entropy} of a rectangle, in bits. */
    static double entropy(int[] px, int stride, int x0, int y0, int x1, int y1,
            boolean alphaBins) {
        int[] hist = new int[alphaBins ? 1024 : 768];
        for (int y = y0; y < y1; y++) {
            int row = y * stride;
            for (int x = x0; x < x1; x++) {
                int p = px[row + x];
                hist[p >> 16 & 0xff]++;
                hist[256 + (p >> 8 & 0xff)]++;
                hist[512 + (p & 0xff)]++;
                if (alphaBins) {
                    hist[768 + (p >>> 24)]++;
                }
            }
        }
        double total = (double) (x1 - x0) * (y1 - y0) * (alphaBins ? 4 : 3);
        double log2 = Math.log(2);
        double sum = 0;
        for (int c : hist) {
            if (c != 0) {
                double p = c / total;
                sum += p * (Math.log(p) / log2);
            }
        }
        return -sum;
    }
}
