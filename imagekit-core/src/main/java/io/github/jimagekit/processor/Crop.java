package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Crops an image to a size, keeping the part around an anchor point or at given coordinates.
 * pilkit's {@code Crop}: a {@link ResizeCanvas} that never enlarges, so an image smaller than
 * the target keeps its smaller side.
 *
 * <p>With coordinates, {@code (x, y)} is where the image's top-left corner goes on the cropped
 * canvas, exactly as in pilkit (and {@link ResizeCanvas}): to keep the part of the image that
 * starts at column 10 and row 20, use {@code x = -10, y = -20}. Positive values leave a
 * transparent white margin, as pilkit's do.
 *
 * <p>Shrink-on-load: no; the result depends on the input's exact pixel size.
 */
public final class Crop extends KeyedProcessor {

    private final int width;
    private final int height;
    private final AnchorPoint anchor;
    private final Integer x;
    private final Integer y;

    /**
     * Crops around the centre.
     *
     * @param width  the largest width kept, at least 1
     * @param height the largest height kept, at least 1
     * @throws IllegalArgumentException when a side is less than 1
     */
    public Crop(int width, int height) {
        this(width, height, null);
    }

    /**
     * Crops around an anchor point.
     *
     * @param width  the largest width kept, at least 1
     * @param height the largest height kept, at least 1
     * @param anchor the part to keep, or {@code null} for the centre
     * @throws IllegalArgumentException when a side is less than 1
     */
    public Crop(int width, int height, AnchorPoint anchor) {
        this(width, height, anchor == null ? Anchor.CENTER : anchor, null, null);
    }

    /**
     * Crops at coordinates.
     *
     * @param width  the largest width kept, at least 1
     * @param height the largest height kept, at least 1
     * @param x      where the image's left edge goes on the result (negative: the number of
     *     columns cut on the left)
     * @param y      where the image's top edge goes on the result (negative: the number of
     *     rows cut at the top)
     * @throws IllegalArgumentException when a side is less than 1
     */
    public Crop(int width, int height, int x, int y) {
        this(width, height, null, x, y);
    }

    private Crop(int width, int height, AnchorPoint anchor, Integer x, Integer y) {
        super(CacheKey.of("Crop").add("width", width).add("height", height)
                .addRaw("anchor", anchor == null ? null : anchor.cacheKey()).add("x", x)
                .add("y", y));
        this.width = ResizeCanvas.checkSide("width", width);
        this.height = ResizeCanvas.checkSide("height", height);
        this.anchor = anchor;
        this.x = x;
        this.y = y;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = Math.min(image.getWidth(), width);
        int h = Math.min(image.getHeight(), height);
        int left = anchor != null ? anchor.left(w, image.getWidth()) : x;
        int top = anchor != null ? anchor.top(h, image.getHeight()) : y;
        if (left == 0 && top == 0 && w == image.getWidth() && h == image.getHeight()) {
            return image;
        }
        return ResizeCanvas.paste(image, w, h, ResizeCanvas.TRANSPARENT_WHITE, left, top);
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(new Size(Math.min(input.width(), width),
                Math.min(input.height(), height)));
    }
}
