package io.github.jimagekit.codec;

import io.github.jimagekit.processor.Size;
import javax.imageio.ImageReadParam;

/**
 * A point-sampling step for ImageIO's subsampled decode: every {@code step}-th pixel of every
 * {@code step}-th row, starting at {@code offset} so that each sample sits in the middle of the
 * {@code step x step} block it stands for.
 *
 * @param step   the distance between samples, 1 for a full decode
 * @param offset the first sampled column and row, {@code (step - 1) / 2}
 */
record Subsampling(int step, int offset) {

    /** A full decode. */
    static final Subsampling NONE = new Subsampling(1, 0);

    /**
     * Chooses the largest step that still leaves the decoded image at least {@code margin}
     * times {@code atLeast} in both dimensions (or the full size, when that is smaller).
     * Point sampling aliases; the margin leaves the final resample a real reduction to
     * filter, which removes most of it.
     *
     * @param full    the stored size
     * @param atLeast the smallest acceptable decoded size
     * @param margin  how many times larger than {@code atLeast} the decoded image should be
     * @return the subsampling, {@link #NONE} when no step above 1 is possible
     */
    static Subsampling choose(Size full, Size atLeast, int margin) {
        int needW = (int) Math.min(full.width(), (long) atLeast.width() * margin);
        int needH = (int) Math.min(full.height(), (long) atLeast.height() * margin);
        // step <= length / need gives ceil((length - offset) / step) >= need samples, since
        // the offset is below the step
        int step = Math.max(1, Math.min(full.width() / needW, full.height() / needH));
        return step == 1 ? NONE : new Subsampling(step, (step - 1) / 2);
    }

    /**
     * Returns how many samples a row or column of a given length gives.
     *
     * @param length the stored length in pixels
     * @param step   the step
     * @return the decoded length
     */
    static int decodedLength(int length, int step) {
        int offset = (step - 1) / 2;
        return (length - offset + step - 1) / step;
    }

    /**
     * Returns the size a stored image decodes to with this subsampling.
     *
     * @param full the stored size
     * @return the decoded size
     */
    Size decodedSize(Size full) {
        return new Size(decodedLength(full.width(), step), decodedLength(full.height(), step));
    }

    /**
     * Sets this subsampling on a read parameter.
     *
     * @param param the parameter to change
     */
    void applyTo(ImageReadParam param) {
        if (step > 1) {
            param.setSourceSubsampling(step, step, offset, offset);
        }
    }
}
