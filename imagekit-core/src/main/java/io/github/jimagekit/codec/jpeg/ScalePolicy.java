package io.github.jimagekit.codec.jpeg;

import io.github.jimagekit.processor.Size;

/**
 * Chooses the DCT scale of a decode: the largest reduction (1/8, 1/4, 1/2) whose result still
 * covers the requested size and has at least {@code minPixelRatio} times its pixels, so that
 * the final high-quality resample has enough to work with. A reduction smaller than
 * {@code minReduction} is declined, for the regular decoder to do.
 *
 * @param minPixelRatio how many times the requested pixels the scaled image must have, at
 *     least 1
 * @param minReduction  the smallest reduction worth doing here: 1, 2, 4 or 8
 */
record ScalePolicy(double minPixelRatio, int minReduction) {

    /** The default: twice the requested pixels, full-size decodes left to ImageIO. */
    static final ScalePolicy DEFAULT = new ScalePolicy(2.0, 2);

    /**
     * Checks the values.
     *
     * @param minPixelRatio at least 1
     * @param minReduction  1, 2, 4 or 8
     */
    ScalePolicy {
        if (!(minPixelRatio >= 1)) {
            throw new IllegalArgumentException("minPixelRatio must be at least 1, was "
                    + minPixelRatio);
        }
        if (minReduction != 1 && minReduction != 2 && minReduction != 4 && minReduction != 8) {
            throw new IllegalArgumentException("minReduction must be 1, 2, 4 or 8, was "
                    + minReduction);
        }
    }

    /**
     * Chooses the reduction for an image.
     *
     * @param width   the stored width
     * @param height  the stored height
     * @param atLeast the smallest acceptable output size
     * @return 8, 4, 2 or 1 (output is {@code ceil(size / reduction)}), or 0 to decline
     */
    int reduction(int width, int height, Size atLeast) {
        for (int r = 8; r > 1; r /= 2) {
            long w = (width + r - 1) / r;
            long h = (height + r - 1) / r;
            if (w >= atLeast.width() && h >= atLeast.height()
                    && w * h >= minPixelRatio * atLeast.pixels()) {
                return r >= minReduction ? r : 0;
            }
        }
        return minReduction == 1 ? 1 : 0;
    }
}
