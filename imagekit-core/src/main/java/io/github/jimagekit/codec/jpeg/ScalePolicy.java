package io.github.jimagekit.codec.jpeg;

import io.github.jimagekit.processor.Size;

/**
 * Chooses the DCT scale of a decode: the largest reduction (1/8, 1/4, 1/2, 1) whose result
 * still covers the requested size and has at least {@code minPixelRatio} times its pixels.
 * Reductions smaller than the minimum for the file's coding process are declined, for the
 * regular decoder to do: where ImageIO (native libjpeg-turbo) is faster, which on Debian's JDK
 * is at 1/1 and 1/2 for sequential files and never for progressive ones (ImageIO renders every
 * progressive scan).
 *
 * @param minPixelRatio          how many times the requested pixels the scaled image must
 *     have, at least 1
 * @param minSequentialReduction the smallest reduction done for baseline and extended files:
 *     1, 2, 4 or 8
 * @param minProgressiveReduction the smallest reduction done for progressive files
 */
record ScalePolicy(double minPixelRatio, int minSequentialReduction,
        int minProgressiveReduction) {

    /**
     * The default: the smallest scale covering the request (as Pillow's {@code draft()} and
     * the prototype), sequential files decoded here only from 1/4 down.
     */
    static final ScalePolicy DEFAULT = new ScalePolicy(1.0, 4, 1);

    /**
     * Checks the values.
     *
     * @param minPixelRatio           at least 1
     * @param minSequentialReduction  1, 2, 4 or 8
     * @param minProgressiveReduction 1, 2, 4 or 8
     */
    ScalePolicy {
        if (!(minPixelRatio >= 1)) {
            throw new IllegalArgumentException("minPixelRatio must be at least 1, was "
                    + minPixelRatio);
        }
        checkReduction("minSequentialReduction", minSequentialReduction);
        checkReduction("minProgressiveReduction", minProgressiveReduction);
    }

    /**
     * Chooses the reduction for an image.
     *
     * @param width       the stored width
     * @param height      the stored height
     * @param progressive whether the file is progressive
     * @param atLeast     the smallest acceptable output size
     * @return 8, 4, 2 or 1 (output is {@code ceil(size / reduction)}), or 0 to decline
     */
    int reduction(int width, int height, boolean progressive, Size atLeast) {
        int min = progressive ? minProgressiveReduction : minSequentialReduction;
        int r = 8;
        while (r > 1) {
            long w = (width + r - 1) / r;
            long h = (height + r - 1) / r;
            if (w >= atLeast.width() && h >= atLeast.height()
                    && w * h >= minPixelRatio * atLeast.pixels()) {
                break;
            }
            r /= 2;
        }
        return r >= min ? r : 0;
    }

    private static void checkReduction(String name, int value) {
        if (value != 1 && value != 2 && value != 4 && value != 8) {
            throw new IllegalArgumentException(name + " must be 1, 2, 4 or 8, was " + value);
        }
    }
}
