package io.github.jimagekit.processor;

/**
 * The pixel dimensions of an image.
 *
 * @param width  the width in pixels, at least 1
 * @param height the height in pixels, at least 1
 */
public record Size(int width, int height) {

    /**
     * Checks the dimensions.
     *
     * @param width  the width in pixels, at least 1
     * @param height the height in pixels, at least 1
     */
    public Size {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be at least 1x1: " + width + "x"
                    + height);
        }
    }

    /**
     * Returns the number of pixels.
     *
     * @return {@code width * height}, as a long so that huge images cannot overflow
     */
    public long pixels() {
        return (long) width * height;
    }

    /**
     * Returns this size with width and height swapped, as after a 90° rotation.
     *
     * @return the transposed size
     */
    public Size transposed() {
        return new Size(height, width);
    }

    /**
     * Tells whether this size is at least as large as another in both dimensions.
     *
     * @param other the size to compare with
     * @return whether {@code width >= other.width && height >= other.height}
     */
    public boolean covers(Size other) {
        return width >= other.width && height >= other.height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
