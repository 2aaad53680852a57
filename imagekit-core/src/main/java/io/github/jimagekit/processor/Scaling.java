package io.github.jimagekit.processor;

/**
 * pilkit's size arithmetic, to the bit: ratios in double precision, Python's {@code round}
 * (half to even) for new sizes, {@code int()} (towards zero) for offsets; and the shrink-on-load
 * sizes derived from it.
 */
final class Scaling {

    private Scaling() {
    }

    /**
     * Rounds as Python 3's {@code int(round(x))}: half to even.
     *
     * @param x a finite number
     * @return the nearest integer, ties to even
     */
    static int pyRound(double x) {
        return (int) Math.rint(x);
    }

    /**
     * Computes {@code ResizeToCover}'s size: the smallest size with the input's aspect ratio
     * that covers the target.
     *
     * @param in the input size
     * @param w  the target width
     * @param h  the target height
     * @return the cover size (each side at least 1)
     */
    static Size cover(Size in, int w, int h) {
        double ratio = Math.max((double) w / in.width(), (double) h / in.height());
        return scaled(in, ratio);
    }

    /**
     * Computes {@code ResizeToFit}'s size: the largest size with the input's aspect ratio that
     * fits the target; a {@code null} side is free.
     *
     * @param in the input size
     * @param w  the target width, or {@code null}
     * @param h  the target height, or {@code null}
     * @return the fitted size (each side at least 1)
     */
    static Size fit(Size in, Integer w, Integer h) {
        double ratio;
        if (w != null && h != null) {
            ratio = Math.min((double) w / in.width(), (double) h / in.height());
        } else if (w == null) {
            ratio = (double) h / in.height();
        } else {
            ratio = (double) w / in.width();
        }
        return scaled(in, ratio);
    }

    private static Size scaled(Size in, double ratio) {
        // pilkit would ask Pillow for a zero side (and fail); one pixel is the closest we can do
        return new Size(Math.max(1, pyRound(in.width() * ratio)),
                Math.max(1, pyRound(in.height() * ratio)));
    }

    /**
     * Tells whether pilkit's {@code Resize} resizes: always with upscale, else only when both
     * target sides are strictly smaller than the input's.
     *
     * @param in      the input size
     * @param target  the target size
     * @param upscale whether enlarging is allowed
     * @return whether the image is resampled
     */
    static boolean resizes(Size in, Size target, boolean upscale) {
        return upscale || target.width() < in.width() && target.height() < in.height();
    }

    /**
     * Computes pilkit's anchored offset: {@code int(float(outer - inner) * fraction)}.
     *
     * @param outer    the canvas side
     * @param inner    the image side
     * @param fraction the anchor fraction, 0 to 1
     * @return where the image's edge goes on the canvas (negative when the image is larger)
     */
    static int offset(int outer, int inner, double fraction) {
        return (int) ((double) (outer - inner) * fraction);
    }

    /**
     * Returns how much of its resolution a processor's output must keep for the next one: the
     * larger of the two side ratios, at most 1.
     *
     * @param output   the processor's output size at full resolution
     * @param required what the next processor needs
     * @return a factor from 0 (exclusive) to 1
     */
    static double keep(Size output, Size required) {
        return Math.min(1.0, Math.max((double) required.width() / output.width(),
                (double) required.height() / output.height()));
    }

    /**
     * Returns the smallest size with the aspect ratio of {@code in} that is at least
     * {@code need} in both dimensions (to the nearest pixel: a fraction of a pixel of
     * resolution makes no difference, and the exact output size comes from the
     * {@link ImageProperties#FULL_SIZE} property), and never larger than {@code in}.
     *
     * @param in    the full input size
     * @param needW the width needed, in pixels (may be fractional)
     * @param needH the height needed
     * @return the shrunk input size
     */
    static Size shrink(Size in, double needW, double needH) {
        double f = Math.max(needW / in.width(), needH / in.height());
        if (f >= 1.0) {
            return in;
        }
        int w = (int) Math.max(Math.round(needW), Math.round(in.width() * f));
        int h = (int) Math.max(Math.round(needH), Math.round(in.height() * f));
        return new Size(Math.max(1, Math.min(in.width(), w)), Math.max(1, Math.min(in.height(),
                h)));
    }

    /**
     * Returns the input a resize needs: enough that its resample target keeps the resolution
     * the next processor requires.
     *
     * @param in       the full input size
     * @param target   the size the input is resampled to
     * @param output   the processor's output size (the target, or a crop or canvas of it)
     * @param required what the next processor needs of the output
     * @return the shrunk input size
     */
    static Size shrinkForResize(Size in, Size target, Size output, Size required) {
        double q = keep(output, required);
        return shrink(in, target.width() * q, target.height() * q);
    }
}
