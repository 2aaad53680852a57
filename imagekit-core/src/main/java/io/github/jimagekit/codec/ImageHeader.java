package io.github.jimagekit.codec;

import io.github.jimagekit.processor.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * What an image's header says, read without decoding any pixel.
 *
 * @param format      the actual format of the bytes (which may not match the file's extension)
 * @param width       the stored width in pixels, before EXIF orientation
 * @param height      the stored height in pixels, before EXIF orientation
 * @param orientation the EXIF orientation, 1 (normal) when there is none
 * @param iccProfile  the embedded ICC profile's bytes, or {@code null} when there is none
 */
public record ImageHeader(ImageFormat format, int width, int height, int orientation,
        byte[] iccProfile) {

    /**
     * Checks the values.
     *
     * @param format      the actual format
     * @param width       at least 1
     * @param height      at least 1
     * @param orientation from 1 to 8
     * @param iccProfile  the ICC profile, or {@code null}
     */
    public ImageHeader {
        Objects.requireNonNull(format, "format");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be at least 1x1: " + width + "x"
                    + height);
        }
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("orientation must be from 1 to 8, was "
                    + orientation);
        }
    }

    /**
     * Returns the stored size.
     *
     * @return the size before EXIF orientation
     */
    public Size size() {
        return new Size(width, height);
    }

    /**
     * Returns the size as displayed: transposed when the EXIF orientation rotates by 90°.
     *
     * @return the size after EXIF orientation
     */
    public Size orientedSize() {
        return orientation >= 5 ? new Size(height, width) : new Size(width, height);
    }

    /**
     * Returns the number of stored pixels.
     *
     * @return {@code width * height}
     */
    public long pixels() {
        return (long) width * height;
    }

    /**
     * Returns the embedded ICC profile.
     *
     * @return the profile's bytes, or empty
     */
    public Optional<byte[]> optionalIccProfile() {
        return Optional.ofNullable(iccProfile);
    }
}
