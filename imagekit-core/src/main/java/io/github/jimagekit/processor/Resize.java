package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Resizes an image to exactly a width and a height, ignoring its aspect ratio. pilkit's
 * {@code Resize}, with a high-quality Lanczos3 resample (Pillow's {@code ANTIALIAS}).
 *
 * <p>pilkit's odd corner, kept: without upscale, the image is resized only when <em>both</em>
 * target sides are strictly smaller than the image's; otherwise it is returned unchanged, even
 * when one side would shrink.
 *
 * <p>Shrink-on-load: yes, when it resizes (the input needs to cover the target only).
 */
public final class Resize extends KeyedProcessor {

    private final Size target;
    private final boolean upscale;

    /**
     * Resizes to a size, enlarging if needed.
     *
     * @param width  the target width, at least 1
     * @param height the target height, at least 1
     * @throws IllegalArgumentException when a side is less than 1
     */
    public Resize(int width, int height) {
        this(width, height, true);
    }

    /**
     * Resizes to a size.
     *
     * @param width   the target width, at least 1
     * @param height  the target height, at least 1
     * @param upscale whether an image smaller than the target is enlarged
     * @throws IllegalArgumentException when a side is less than 1
     */
    public Resize(int width, int height, boolean upscale) {
        super(CacheKey.of("Resize").add("width", width).add("height", height)
                .add("upscale", upscale));
        this.target = new Size(ResizeCanvas.checkSide("width", width),
                ResizeCanvas.checkSide("height", height));
        this.upscale = upscale;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        Size full = ImageProperties.fullSize(image);
        Size out = target(full);
        return Resampler.resize(image, full, 0, 0, full.width(), full.height(), out.width(),
                out.height());
    }

    private Size target(Size input) {
        return Scaling.resizes(input, target, upscale) ? target : input;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(target(input));
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        if (!Scaling.resizes(input, target, upscale)) {
            return input;
        }
        return Scaling.shrinkForResize(input, target, target, requiredOutput);
    }
}
