package io.github.jimagekit.codec;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An encoded image format: its canonical name, MIME type and file extensions.
 *
 * <p>The built-in formats are constants; an encoder plug-in may define others with
 * {@link #of(String, String, boolean, List)}. Formats are equal when their names are.
 */
public final class ImageFormat {

    /** JPEG: no alpha; extensions {@code .jpg}, {@code .jpeg}, {@code .jpe}, {@code .jfif}. */
    public static final ImageFormat JPEG = new ImageFormat("JPEG", "image/jpeg", false,
            List.of(".jpg", ".jpeg", ".jpe", ".jfif"));
    /** PNG, with alpha. */
    public static final ImageFormat PNG = new ImageFormat("PNG", "image/png", true,
            List.of(".png"));
    /** GIF, with 1-bit transparency. */
    public static final ImageFormat GIF = new ImageFormat("GIF", "image/gif", true,
            List.of(".gif"));
    /** BMP, no alpha. */
    public static final ImageFormat BMP = new ImageFormat("BMP", "image/bmp", false,
            List.of(".bmp"));
    /** WebP, with alpha (decoding and encoding need a plug-in). */
    public static final ImageFormat WEBP = new ImageFormat("WEBP", "image/webp", true,
            List.of(".webp"));
    /** TIFF, with alpha. */
    public static final ImageFormat TIFF = new ImageFormat("TIFF", "image/tiff", true,
            List.of(".tif", ".tiff"));

    private static final List<ImageFormat> BUILT_IN = List.of(JPEG, PNG, GIF, BMP, WEBP, TIFF);

    private final String name;
    private final String mimeType;
    private final boolean supportsAlpha;
    private final List<String> extensions;

    private ImageFormat(String name, String mimeType, boolean supportsAlpha,
            List<String> extensions) {
        this.name = name;
        this.mimeType = mimeType;
        this.supportsAlpha = supportsAlpha;
        this.extensions = extensions;
    }

    /**
     * Defines a format that is not built in.
     *
     * @param name          the canonical upper-case name, such as {@code "AVIF"}
     * @param mimeType      the MIME type, such as {@code "image/avif"}
     * @param supportsAlpha whether the format stores transparency
     * @param extensions    the file extensions with their dot, the preferred one first
     * @return the format
     */
    public static ImageFormat of(String name, String mimeType, boolean supportsAlpha,
            List<String> extensions) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimeType, "mimeType");
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("format \"" + name + "\" needs an extension");
        }
        return new ImageFormat(name.toUpperCase(Locale.ROOT), mimeType, supportsAlpha,
                List.copyOf(extensions));
    }

    /**
     * Finds a built-in format by name, ignoring case; {@code "JPG"} is accepted for JPEG.
     *
     * @param name a format name such as {@code "jpeg"} or {@code "PNG"}
     * @return the format, or empty when the name is unknown
     */
    public static Optional<ImageFormat> forName(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("JPG")) {
            return Optional.of(JPEG);
        }
        return BUILT_IN.stream().filter(f -> f.name.equals(n)).findFirst();
    }

    /**
     * Finds the built-in format a file name's extension stands for, ignoring case.
     *
     * @param fileName a file or storage name such as {@code "photos/dog.JPG"}
     * @return the format, or empty when the name has no known image extension
     */
    public static Optional<ImageFormat> forFileName(String fileName) {
        String ext = extensionOf(fileName).toLowerCase(Locale.ROOT);
        if (ext.isEmpty()) {
            return Optional.empty();
        }
        return BUILT_IN.stream().filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /**
     * Returns a file name's extension with its dot, as written.
     *
     * @param fileName a file or storage name
     * @return for example {@code ".JPG"}, or {@code ""} when there is none
     */
    public static String extensionOf(String fileName) {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        return dot > slash + 1 ? fileName.substring(dot) : "";
    }

    /**
     * Chooses the extension for a file of this format made from a source: the source's own
     * extension when it already stands for this format (so {@code dog.JPEG} stays
     * {@code .JPEG}), else this format's preferred extension. This is pilkit's
     * {@code suggest_extension}.
     *
     * @param sourceName the source's name, or {@code ""} when there is no source
     * @return the extension with its dot
     */
    public String suggestExtension(String sourceName) {
        String original = extensionOf(sourceName);
        return extensions.contains(original.toLowerCase(Locale.ROOT)) ? original
                : extensions.get(0);
    }

    /**
     * Returns the canonical name.
     *
     * @return for example {@code "JPEG"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the MIME type.
     *
     * @return for example {@code "image/jpeg"}
     */
    public String mimeType() {
        return mimeType;
    }

    /**
     * Tells whether the format stores transparency.
     *
     * @return whether alpha survives encoding
     */
    public boolean supportsAlpha() {
        return supportsAlpha;
    }

    /**
     * Returns the extensions.
     *
     * @return the extensions with their dot, the preferred one first
     */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * Returns the preferred extension.
     *
     * @return for example {@code ".jpg"}
     */
    public String extension() {
        return extensions.get(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageFormat other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
