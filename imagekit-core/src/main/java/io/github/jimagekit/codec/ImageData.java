package io.github.jimagekit.codec;

import java.util.Objects;

/**
 * An encoded source image in memory, with the name used in error messages.
 *
 * <p>Sources are read whole: the file is small next to its decoded pixels, and decoders may
 * need several passes (header, then pixels) or random access.
 *
 * @param name  the source's storage name, for messages; never a filesystem path
 * @param bytes the file content; not copied, do not modify
 */
public record ImageData(String name, byte[] bytes) {

    /**
     * Checks the values.
     *
     * @param name  the source's name
     * @param bytes the file content
     */
    public ImageData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String toString() {
        return "ImageData[" + name + ", " + bytes.length + " bytes]";
    }
}
