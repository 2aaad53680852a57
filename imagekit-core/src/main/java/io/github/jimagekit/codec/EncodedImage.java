package io.github.jimagekit.codec;

import java.util.Objects;

/**
 * A generated image: its encoded bytes, their format, the pixel size they decode to, and how
 * long the engine took to decode its source and encode it.
 *
 * @param bytes  the encoded file content; not copied, do not modify
 * @param format the format of {@code bytes}
 * @param width  the width in pixels
 * @param height the height in pixels
 * @param times  the decode and encode times; {@link RenderTimes#UNMEASURED} when the image was
 *     not made by the imaging engine
 */
public record EncodedImage(byte[] bytes, ImageFormat format, int width, int height,
        RenderTimes times) {

    /**
     * Checks the values.
     *
     * @param bytes  the encoded file content
     * @param format the format of {@code bytes}
     * @param width  the width in pixels, at least 1
     * @param height the height in pixels, at least 1
     * @param times  the decode and encode times
     */
    public EncodedImage {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(times, "times");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be at least 1x1: " + width + "x"
                    + height);
        }
    }

    /**
     * Makes an image whose decode and encode were not timed: what a generator that does not
     * use the imaging engine returns.
     *
     * @param bytes  the encoded file content; not copied, do not modify
     * @param format the format of {@code bytes}
     * @param width  the width in pixels, at least 1
     * @param height the height in pixels, at least 1
     */
    public EncodedImage(byte[] bytes, ImageFormat format, int width, int height) {
        this(bytes, format, width, height, RenderTimes.UNMEASURED);
    }

    @Override
    public String toString() {
        return "EncodedImage[" + format + " " + width + "x" + height + ", " + bytes.length
                + " bytes]";
    }
}
