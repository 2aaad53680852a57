package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Lays an image, such as a logo, over every image at an anchor point: a watermark. Build one
 * with {@link #builder(BufferedImage)}:
 *
 * <pre>{@code
 * Watermark mark = Watermark.builder(Watermark.resource(MySpecs.class, "/logo.png"))
 *         .anchor(Anchor.BOTTOM_RIGHT).opacity(0.5).inset(8).build();
 * }</pre>
 *
 * <p>The watermark image is fixed when the processor is built: given in code, read from a
 * stream ({@link #read(InputStream)}, for example a {@code Storage}'s {@code open}) or from a
 * class-path resource ({@link #resource(Class, String)}). Its pixels are copied then, grey
 * levels taken as sRGB as everywhere in this package. It is drawn at its own pixel size,
 * so put it after the resize in a pipeline. The cache key holds a SHA-256 of its pixels, so
 * another picture, even under the same file name, gives other cache files.
 *
 * <p>Blending and placement are {@link Overlay}'s: source over, in integer arithmetic, the
 * other pixels unchanged. No pilkit counterpart.
 *
 * <p>Shrink-on-load: no (the mark's size is in pixels of the input).
 */
public final class Watermark extends KeyedProcessor {

    private final Overlay overlay;

    private Watermark(Builder b) {
        super(CacheKey.of("Watermark").add("image", b.digest)
                .addRaw("anchor", b.anchor.cacheKey()).add("opacity", b.opacity)
                .add("inset", b.inset));
        this.overlay = b.overlay(b.argb, b.width, b.height);
    }

    /**
     * Starts a watermark of an image. The image is copied now: changing it later does not
     * change the watermark.
     *
     * @param image the watermark image; its alpha channel, if any, is kept
     * @return a builder with the defaults: centre, opacity 1, inset 0
     */
    public static Builder builder(BufferedImage image) {
        return new Builder(Objects.requireNonNull(image, "image"));
    }

    /**
     * Reads a watermark image from a stream with ImageIO (PNG, GIF, JPEG, BMP, …), for
     * example {@code Watermark.read(storage.open("branding/logo.png"))}. Does not close it.
     *
     * @param in the stream
     * @return the image
     * @throws IOException when the stream cannot be read or holds no image ImageIO can decode
     */
    public static BufferedImage read(InputStream in) throws IOException {
        BufferedImage image = ImageIO.read(Objects.requireNonNull(in, "in"));
        if (image == null) {
            throw new IOException("watermark image is in no format ImageIO can read");
        }
        return image;
    }

    /**
     * Reads a watermark image from the class path, as {@link Class#getResourceAsStream(String)}
     * finds it: relative to the owner's package, or from the root with a leading {@code /}.
     *
     * @param owner the class whose loader and package locate the resource
     * @param name  the resource name, such as {@code "/branding/logo.png"}
     * @return the image
     * @throws IllegalArgumentException when there is no such resource
     * @throws UncheckedIOException     when it cannot be read or decoded
     */
    public static BufferedImage resource(Class<?> owner, String name) {
        Objects.requireNonNull(name, "name");
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("watermark resource \"" + name
                        + "\" not found (looked up from " + owner.getName() + ")");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("watermark resource \"" + name + "\": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        return overlay.apply(image);
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(input);
    }

    /**
     * Describes a watermark image for the cache key: SHA-256 over its width and height (4-byte
     * big-endian each), then each pixel as a 4-byte big-endian non-premultiplied ARGB value,
     * row by row.
     *
     * @param argb   the pixels
     * @param width  the width
     * @param height the height
     * @return {@code "sha256:"} and 64 hex digits
     */
    static String digest(int[] argb, int width, int height) {
        ByteBuffer bytes = ByteBuffer.allocate(8 + 4 * argb.length);
        bytes.putInt(width).putInt(height).asIntBuffer().put(argb);
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Sets where and how a {@link Watermark} is drawn. */
    public static final class Builder extends Overlay.Placement<Builder> {

        private final int[] argb;
        private final int width;
        private final int height;
        private final String digest;

        private Builder(BufferedImage image) {
            this.width = image.getWidth();
            this.height = image.getHeight();
            this.argb = Pixels.read(image);
            this.digest = digest(argb, width, height);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Makes the processor.
         *
         * @return the watermark
         */
        public Watermark build() {
            return new Watermark(this);
        }
    }
}
