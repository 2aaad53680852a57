package io.github.jimagekit.processor;

/**
 * A point of an image given as fractions of its width and height: {@code (0, 0)} is the
 * top-left corner, {@code (1, 1)} the bottom-right, {@code (0.5, 0.5)} the centre. Processors
 * that crop or pad use it to decide which part of the image to keep or where to put it, as CSS
 * background positions do.
 *
 * <p>The nine named points are the {@link Anchor} constants; {@link Anchor#of(double, double)}
 * gives any other.
 */
public interface AnchorPoint {

    /**
     * Returns the horizontal fraction.
     *
     * @return from 0 (left) to 1 (right)
     */
    double x();

    /**
     * Returns the vertical fraction.
     *
     * @return from 0 (top) to 1 (bottom)
     */
    double y();

    /**
     * Describes this point for cache keys.
     *
     * @return a short name such as {@code "tl"}, or {@code "(0.25,0.75)"} for other points
     */
    String cacheKey();

    /**
     * Computes where an image's left edge goes on a canvas, as pilkit does:
     * {@code int(float(canvasWidth - imageWidth) * x)}, truncated towards zero. The result is
     * negative when the image is wider than the canvas (the image is cropped).
     *
     * @param canvasWidth the canvas width
     * @param imageWidth  the image width
     * @return the image's left edge in canvas coordinates
     */
    default int left(int canvasWidth, int imageWidth) {
        return Scaling.offset(canvasWidth, imageWidth, x());
    }

    /**
     * Computes where an image's top edge goes on a canvas, as {@link #left(int, int)} does.
     *
     * @param canvasHeight the canvas height
     * @param imageHeight  the image height
     * @return the image's top edge in canvas coordinates
     */
    default int top(int canvasHeight, int imageHeight) {
        return Scaling.offset(canvasHeight, imageHeight, y());
    }
}
