package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Resizes and crops an image to exactly a width and a height, keeping the part around an anchor
 * point. pilkit's {@code ResizeToFill}: a {@link ResizeToCover} followed by a {@link Crop}
 * with the anchor.
 *
 * <p>The two steps are done as one resample of the source box that the crop keeps, which gives
 * the same pixels as resizing the whole image and cropping it, in a fraction of the time.
 * Without upscale an image smaller than the target is only cropped, so the result may be
 * smaller than the target (as in pilkit).
 *
 * <p>Shrink-on-load: yes, when it resizes (the input needs to be as large as the cover size).
 */
public final class ResizeToFill extends KeyedProcessor {

    private final int width;
    private final int height;
    private final AnchorPoint anchor;
    private final boolean upscale;

    /**
     * Fills a size, cropping around the centre, enlarging if needed.
     *
     * @param width  the width, at least 1
     * @param height the height, at least 1
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeToFill(int width, int height) {
        this(width, height, null, true);
    }

    /**
     * Fills a size, cropping around an anchor point, enlarging if needed.
     *
     * @param width  the width, at least 1
     * @param height the height, at least 1
     * @param anchor the part to keep, or {@code null} for the centre
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeToFill(int width, int height, AnchorPoint anchor) {
        this(width, height, anchor, true);
    }

    /**
     * Fills a size.
     *
     * @param width   the width, at least 1
     * @param height  the height, at least 1
     * @param anchor  the part to keep, or {@code null} for the centre
     * @param upscale whether an image smaller than the cover size is enlarged
     * @throws IllegalArgumentException when a side is less than 1
     */
    public ResizeToFill(int width, int height, AnchorPoint anchor, boolean upscale) {
        super(CacheKey.of("ResizeToFill").add("width", width).add("height", height)
                .addRaw("anchor", (anchor == null ? Anchor.CENTER : anchor).cacheKey())
                .add("upscale", upscale));
        this.width = ResizeCanvas.checkSide("width", width);
        this.height = ResizeCanvas.checkSide("height", height);
        this.anchor = anchor == null ? Anchor.CENTER : anchor;
        this.upscale = upscale;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        Size full = ImageProperties.fullSize(image);
        Size cover = ResizeToCover.target(full, width, height, upscale);
        Size out = cropped(cover);
        // the crop's offsets in the cover image, mapped back to the full-size source
        int cx = -anchor.left(out.width(), cover.width());
        int cy = -anchor.top(out.height(), cover.height());
        double fx = (double) full.width() / cover.width();
        double fy = (double) full.height() / cover.height();
        return Resampler.resize(image, full, cx * fx, cy * fy, (cx + out.width()) * fx,
                (cy + out.height()) * fy, out.width(), out.height());
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
        return Scaling.shrinkForResize(input, cover, cropped(cover), requiredOutput);
    }
}
