package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Resizes the canvas without resampling: the image is placed on a new canvas of the given size,
 * filled with a colour where the image does not reach, and cut where it sticks out. pilkit's
 * {@code ResizeCanvas}.
 *
 * <p>The image is placed by an {@link AnchorPoint} (the default is the centre: the image's
 * anchor point lands on the canvas's, offsets truncated towards zero as in pilkit) or at pixel
 * coordinates {@code (x, y)}: where the image's top-left corner goes on the canvas, so negative
 * values cut the image's left and top edges. The default colour is pilkit's transparent white
 * {@code (255, 255, 255, 0)}.
 *
 * <p>Pixels are copied, not blended: a transparent pixel of the image stays transparent. The
 * result is {@code TYPE_INT_ARGB} when the input has alpha or when a translucent colour shows
 * on the canvas, else {@code TYPE_INT_RGB} (pilkit always returns RGBA).
 */
public final class ResizeCanvas extends KeyedProcessor {

    /** pilkit's default canvas colour: white, fully transparent. */
    static final Color TRANSPARENT_WHITE = new Color(255, 255, 255, 0);

    private final int width;
    private final int height;
    private final Color color;
    private final AnchorPoint anchor;
    private final Integer x;
    private final Integer y;

    /**
     * Centres the image on a transparent white canvas.
     *
     * @param width  the canvas width, at least 1
     * @param height the canvas height, at least 1
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeCanvas(int width, int height) {
        this(width, height, null, null);
    }

    /**
     * Places the image on a canvas by an anchor point.
     *
     * @param width  the canvas width, at least 1
     * @param height the canvas height, at least 1
     * @param color  the canvas colour, or {@code null} for transparent white
     * @param anchor where the image goes, or {@code null} for the centre
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeCanvas(int width, int height, Color color, AnchorPoint anchor) {
        this(width, height, color, anchor == null ? Anchor.CENTER : anchor, null, null);
    }

    /**
     * Places the image's top-left corner at a point of the canvas.
     *
     * @param width  the canvas width, at least 1
     * @param height the canvas height, at least 1
     * @param color  the canvas colour, or {@code null} for transparent white
     * @param x      the column of the canvas where the image's left edge goes; negative cuts
     *     the image
     * @param y      the row of the canvas where the image's top edge goes
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeCanvas(int width, int height, Color color, int x, int y) {
        this(width, height, color, null, x, y);
    }

    private ResizeCanvas(int width, int height, Color color, AnchorPoint anchor, Integer x,
            Integer y) {
        super(CacheKey.of("ResizeCanvas").add("width", width).add("height", height)
                .add("color", orDefault(color))
                .addRaw("anchor", anchor == null ? null : anchor.cacheKey()).add("x", x)
                .add("y", y));
        this.width = checkSide("width", width);
        this.height = checkSide("height", height);
        this.color = orDefault(color);
        this.anchor = anchor;
        this.x = x;
        this.y = y;
    }

    static Color orDefault(Color color) {
        return color == null ? TRANSPARENT_WHITE : color;
    }

    static int checkSide(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int left = anchor != null ? anchor.left(width, image.getWidth()) : x;
        int top = anchor != null ? anchor.top(height, image.getHeight()) : y;
        if (left == 0 && top == 0 && width == image.getWidth() && height == image.getHeight()) {
            return image;
        }
        return paste(image, width, height, color, left, top);
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(new Size(width, height));
    }

    /**
     * Pastes an image onto a new canvas, copying its pixels (no blending), as Pillow's
     * {@code Image.new(mode, size, color).paste(image, (left, top))} does.
     *
     * @param image  the image; not modified
     * @param width  the canvas width
     * @param height the canvas height
     * @param color  the canvas colour
     * @param left   where the image's left edge goes
     * @param top    where the image's top edge goes
     * @return a new {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} image
     */
    static BufferedImage paste(BufferedImage image, int width, int height, Color color,
            int left, int top) {
        int iw = image.getWidth();
        int ih = image.getHeight();
        boolean padded = left > 0 || top > 0 || left + iw < width || top + ih < height;
        boolean alpha = Pixels.hasAlpha(image) || padded && color.getAlpha() < 255;
        int[] out = new int[width * height];
        if (padded) {
            Arrays.fill(out, color.getRGB());
        }
        int x0 = Math.max(0, left);
        int y0 = Math.max(0, top);
        int x1 = Math.min(width, left + iw);
        int y1 = Math.min(height, top + ih);
        if (x1 > x0) {
            Pixels.RowReader reader = Pixels.reader(image);
            for (int yy = y0; yy < y1; yy++) {
                reader.read(yy - top, x0 - left, x1 - x0, out, yy * width + x0);
            }
        }
        return Pixels.image(out, width, height, alpha);
    }
}
