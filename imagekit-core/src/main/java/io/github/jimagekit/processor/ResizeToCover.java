package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Resizes an image, keeping its aspect ratio, to the smallest size that covers a width and a
 * height. pilkit's {@code ResizeToCover}: ratio {@code max(width / w, height / h)}, sides
 * rounded half to even (Python's {@code round}), then a {@link Resize} with the same upscale
 * rule (without upscale, only when both new sides are strictly smaller).
 *
 * <p>Shrink-on-load: yes, when it resizes (the input needs to be as large as the cover size).
 */
public final class ResizeToCover extends KeyedProcessor {

    private final int width;
    private final int height;
    private final boolean upscale;

    /**
     * Covers a size, enlarging if needed.
     *
     * @param width  the width to cover, at least 1
     * @param height the height to cover, at least 1
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeToCover(int width, int height) {
        this(width, height, true);
    }

    /**
     * Covers a size.
     *
     * @param width   the width to cover, at least 1
     * @param height  the height to cover, at least 1
     * @param upscale whether an image smaller than the cover size is enlarged
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeToCover(int width, int height, boolean upscale) {
        super(CacheKey.of("ResizeToCover").add("width", width).add("height", height)
                .add("upscale", upscale));
        this.width = ResizeCanvas.checkSide("width", width);
        this.height = ResizeCanvas.checkSide("height", height);
        this.upscale = upscale;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        Size full = ImageProperties.fullSize(image);
        Size out = target(full, width, height, upscale);
        return Resampler.resize(image, full, 0, 0, full.width(), full.height(), out.width(),
                out.height());
    }

    /**
     * Computes the size pilkit's {@code ResizeToCover} gives.
     *
     * @param input   the input size
     * @param width   the width to cover
     * @param height  the height to cover
     * @param upscale whether enlarging is allowed
     * @return the cover size, or {@code input} when pilkit would not resize
     */
    static Size target(Size input, int width, int height, boolean upscale) {
        Size cover = Scaling.cover(input, width, height);
        return Scaling.resizes(input, cover, upscale) ? cover : input;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(target(input, width, height, upscale));
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        Size out = target(input, width, height, upscale);
        if (out.equals(input)) {
            return input;
        }
        return Scaling.shrinkForResize(input, out, out, requiredOutput);
    }
}
