package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Resizes an image, keeping its aspect ratio, to the largest size that fits a width and a
 * height; either side may be left free. pilkit's {@code ResizeToFit}: ratio
 * {@code min(width / w, height / h)} (or the one given), sides rounded half to even, then a
 * {@link Resize} with the same upscale rule (without upscale, only when both new sides are
 * strictly smaller). With a mat colour the result is then centred (or anchored) on a canvas of
 * exactly the width and height, as pilkit's {@code ResizeCanvas}.
 *
 * <p>Where we differ: pilkit fails at processing time when a mat colour is given without both
 * sides, or when neither side is given; we refuse such arguments at construction. A side that
 * would round to 0 (a 1000x1 image fitted to 100 wide) becomes 1, where Pillow would fail.
 *
 * <p>Shrink-on-load: yes, when it resizes (the input needs to be as large as the fitted size).
 */
public final class ResizeToFit extends KeyedProcessor {

    private final Integer width;
    private final Integer height;
    private final boolean upscale;
    private final Color matColor;
    private final AnchorPoint anchor;

    /**
     * Fits a size, enlarging if needed, without a mat.
     *
     * @param width  the largest width, or {@code null} for any
     * @param height the largest height, or {@code null} for any
     * @throws IllegalArgumentException when both sides are {@code null} or one is less than 1
     */
    public ResizeToFit(Integer width, Integer height) {
        this(width, height, true);
    }

    /**
     * Fits a size, without a mat.
     *
     * @param width   the largest width, or {@code null} for any
     * @param height  the largest height, or {@code null} for any
     * @param upscale whether an image smaller than the fitted size is enlarged
     * @throws IllegalArgumentException when both sides are {@code null} or one is less than 1
     */
    public ResizeToFit(Integer width, Integer height, boolean upscale) {
        this(width, height, upscale, null, null);
    }

    /**
     * Fits a size, optionally on a mat of exactly that size.
     *
     * @param width    the largest width, or {@code null} for any
     * @param height   the largest height, or {@code null} for any
     * @param upscale  whether an image smaller than the fitted size is enlarged
     * @param matColor the colour of the mat, or {@code null} for none
     * @param anchor   where the image goes on the mat, or {@code null} for the centre
     * @throws IllegalArgumentException when both sides are {@code null}, one is less than 1,
     *     or a mat colour is given without both sides
     */
    public ResizeToFit(Integer width, Integer height, boolean upscale, Color matColor,
            AnchorPoint anchor) {
        super(key(width, height, upscale, matColor, anchor));
        if (width == null && height == null) {
            throw new IllegalArgumentException("width and height are both null: give at least"
                    + " one");
        }
        if (matColor != null && (width == null || height == null)) {
            throw new IllegalArgumentException("a mat colour needs both width and height, was "
                    + width + "x" + height);
        }
        this.width = width == null ? null : ResizeCanvas.checkSide("width", width);
        this.height = height == null ? null : ResizeCanvas.checkSide("height", height);
        this.upscale = upscale;
        this.matColor = matColor;
        // the anchor only matters on a mat: normalised so that equal outputs have equal keys
        this.anchor = matColor == null || anchor == null ? Anchor.CENTER : anchor;
    }

    private static CacheKey key(Integer width, Integer height, boolean upscale, Color matColor,
            AnchorPoint anchor) {
        AnchorPoint a = matColor == null || anchor == null ? Anchor.CENTER : anchor;
        return CacheKey.of("ResizeToFit").add("width", width).add("height", height)
                .add("upscale", upscale).add("matColor", matColor)
                .addRaw("anchor", a.cacheKey());
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        Size full = ImageProperties.fullSize(image);
        Size fitted = target(full);
        BufferedImage resized = Resampler.resize(image, full, 0, 0, full.width(), full.height(),
                fitted.width(), fitted.height());
        if (matColor == null) {
            return resized;
        }
        return ResizeCanvas.paste(resized, width, height, matColor,
                anchor.left(width, fitted.width()), anchor.top(height, fitted.height()));
    }

    private Size target(Size input) {
        Size fitted = Scaling.fit(input, width, height);
        return Scaling.resizes(input, fitted, upscale) ? fitted : input;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(matColor != null ? new Size(width, height) : target(input));
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        Size fitted = target(input);
        if (fitted.equals(input)) {
            return input;
        }
        return Scaling.shrinkForResize(input, fitted, outputSize(input).orElseThrow(),
                requiredOutput);
    }
}
