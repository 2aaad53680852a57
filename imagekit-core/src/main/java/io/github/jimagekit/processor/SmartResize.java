package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Resizes and crops an image to exactly a width and a height, keeping the most detailed part.
 * pilkit's {@code SmartResize}: a {@link ResizeToCover} followed by a {@link SmartCrop}. It is
 * what {@code Thumbnail} does when cropping with {@code anchor="auto"} (the default).
 *
 * <p>As in pilkit, the entropy histogram counts the alpha channel whenever the resize step ran
 * (Pillow converted the image to RGBA), and otherwise only when the image has alpha.
 *
 * <p>Shrink-on-load: yes, when it resizes (the input needs to be as large as the cover size;
 * the crop is then chosen on the cover-size image, as at full resolution).
 */
public final class SmartResize extends KeyedProcessor {

    private final int width;
    private final int height;
    private final boolean upscale;

    /**
     * Fills a size, enlarging if needed.
     *
     * @param width  the width, at least 1
     * @param height the height, at least 1
     * @throws IllegalArgumentException when a side is less than 1
     */
    public SmartResize(int width, int height) {
        this(width, height, true);
    }

    /**
     * Fills a size.
     *
     * @param width   the width, at least 1
     * @param height  the height, at least 1
     * @param upscale whether an image smaller than the cover size is enlarged
     * @throws IllegalArgumentException when a side is less than 1
     */
    public SmartResize(int width, int height, boolean upscale) {
        super(CacheKey.of("SmartResize").add("width", width).add("height", height)
                .add("upscale", upscale));
        this.width = ResizeCanvas.checkSide("width", width);
        this.height = ResizeCanvas.checkSide("height", height);
        this.upscale = upscale;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        Size full = ImageProperties.fullSize(image);
        Size cover = ResizeToCover.target(full, width, height, upscale);
        BufferedImage resized = Resampler.resize(image, full, 0, 0, full.width(),
                full.height(), cover.width(), cover.height());
        boolean resizeRan = Scaling.resizes(full, Scaling.cover(full, width, height), upscale);
        return SmartCrop.crop(resized, width, height, resizeRan || Pixels.hasAlpha(image));
    }

    private Size cropped(Size cover) {
        return new Size(Math.min(cover.width(), width), Math.min(cover.height(), height));
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(cropped(ResizeToCover.target(input, width, height, upscale)));
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        Size cover = ResizeToCover.target(input, width, height, upscale);
        if (cover.equals(input)) {
            return input;
        }
        // the crop is chosen on the whole cover-size image: it must be there at full detail
        return Scaling.shrink(input, cover.width(), cover.height());
    }
}
