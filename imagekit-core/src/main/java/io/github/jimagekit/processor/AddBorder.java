package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a border around an image: pilkit's {@code AddBorder}, a {@link ResizeCanvas} larger by
 * the border's thickness on each side. Without a colour the border is pilkit's transparent
 * white, so the result has alpha.
 *
 * <p>Where we differ: pilkit accepts negative thicknesses (which crop); we refuse them.
 *
 * <p>Shrink-on-load: no; the border's thickness is in pixels of the input.
 */
public final class AddBorder extends KeyedProcessor {

    private final int top;
    private final int right;
    private final int bottom;
    private final int left;
    private final Color color;

    /**
     * Adds a transparent white border of the same thickness on every side.
     *
     * @param thickness the thickness in pixels, at least 0
     * @throws IllegalArgumentException when the thickness is negative
     */
    public AddBorder(int thickness) {
        this(thickness, null);
    }

    /**
     * Adds a border of the same thickness on every side.
     *
     * @param thickness the thickness in pixels, at least 0
     * @param color     the border colour, or {@code null} for transparent white
     * @throws IllegalArgumentException when the thickness is negative
     */
    public AddBorder(int thickness, Color color) {
        this(thickness, thickness, thickness, thickness, color);
    }

    /**
     * Adds a border with a thickness per side, in CSS order.
     *
     * @param top    the top thickness, at least 0
     * @param right  the right thickness, at least 0
     * @param bottom the bottom thickness, at least 0
     * @param left   the left thickness, at least 0
     * @param color  the border colour, or {@code null} for transparent white
     * @throws IllegalArgumentException when a thickness is negative
     */
    public AddBorder(int top, int right, int bottom, int left, Color color) {
        super(CacheKey.of("AddBorder").add("top", top).add("right", right).add("bottom", bottom)
                .add("left", left).add("color", ResizeCanvas.orDefault(color)));
        this.top = check("top", top);
        this.right = check("right", right);
        this.bottom = check("bottom", bottom);
        this.left = check("left", left);
        this.color = ResizeCanvas.orDefault(color);
    }

    private static int check(String side, int thickness) {
        if (thickness < 0) {
            throw new IllegalArgumentException(side + " thickness must be at least 0, was "
                    + thickness);
        }
        return thickness;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (top == 0 && right == 0 && bottom == 0 && left == 0) {
            return image;
        }
        return ResizeCanvas.paste(image, image.getWidth() + left + right,
                image.getHeight() + top + bottom, color, left, top);
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(new Size(input.width() + left + right,
                input.height() + top + bottom));
    }
}
