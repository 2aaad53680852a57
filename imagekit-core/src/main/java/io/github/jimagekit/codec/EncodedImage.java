package io.github.jimagekit.codec;

import java.util.Objects;

/**
 * A generated image: its encoded bytes, their format and the pixel size they decode to.
 *
 * @param bytes  the encoded file content; not copied, do not modify
 * @param format the format of {@code bytes}
 * @param width  the width in pixels
 * @param height the height in pixels
 */
public record EncodedImage(byte[] bytes, ImageFormat format, int width, int height) {

    /**
     * Checks the values.
     *
     * @param bytes  the encoded file content
     * @param format the format of {@code bytes}
     * @param width  the width in pixels, at least 1
     * @param height the height in pixels, at least 1
     */
    public EncodedImage {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be at least 1x1: " + width + "x"
                    + height);
        }
    }

    @Override
    public String toString() {
        return "EncodedImage[" + format + " " + width + "x" + height + ", " + bytes.length
                + " bytes]";
    }
}
