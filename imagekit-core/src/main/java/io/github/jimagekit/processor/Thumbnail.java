package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Optional;

/**
 * Resizes an image for use as a thumbnail: the processor behind {@code imagekit:thumbnail} and
 * the thumbnail tags. pilkit's {@code Thumbnail}, which picks one of three processors:
 *
 * <ul>
 *   <li>an anchor given (any non-empty string) means cropping; with {@code crop=false} it is an
 *       error;</li>
 *   <li>{@code crop=null} means crop when both sides are given, and then, without an anchor,
 *       {@code anchor="auto"};</li>
 *   <li>cropping with {@code anchor="auto"} is a {@link SmartResize}; cropping with any other
 *       anchor is a {@link ResizeToFill} (with {@code crop=true} and no anchor, the centre, as
 *       in pilkit); cropping needs both sides;</li>
 *   <li>not cropping is a {@link ResizeToFit} of the side(s) given.</li>
 * </ul>
 *
 * <p>{@code upscale=null} means no enlarging: pilkit passes {@code None} down to
 * {@code Resize}, whose {@code if self.upscale or ...} takes it as false. So by default a
 * thumbnail is never larger than its source. An empty anchor counts as none when deciding
 * whether to crop, as Python's truthiness does, and then crops around the centre.
 *
 * <p>Where we differ: pilkit only fails when the image is processed (cropping without both
 * sides, an unknown anchor, no side at all); we fail in {@link #of}. Anchor names are parsed
 * by {@link Anchor#parse(String)} (case-insensitive, long names too); {@code "auto"} ignores
 * case as well.
 */
public final class Thumbnail extends KeyedProcessor {

    /** The anchor that asks for a smart (entropy) crop. */
    public static final String AUTO = "auto";

    private final Processor delegate;

    private Thumbnail(CacheKey key, Processor delegate) {
        super(key);
        this.delegate = delegate;
    }

    /**
     * Makes a thumbnail processor with pilkit's rules.
     *
     * @param width   the width, or {@code null}
     * @param height  the height, or {@code null}
     * @param anchor  an anchor name (see {@link Anchor#parse(String)}), {@code "auto"} for a
     *     smart crop, or {@code null}
     * @param crop    whether to crop; {@code null} crops when both sides are given
     * @param upscale whether to enlarge small images; {@code null} means no
     * @return the processor
     * @throws IllegalArgumentException when an anchor is given with {@code crop=false}, when
     *     cropping without both sides, when no side is given, when a side is less than 1 or
     *     when the anchor is unknown
     */
    public static Thumbnail of(Integer width, Integer height, String anchor, Boolean crop,
            Boolean upscale) {
        boolean hasAnchor = anchor != null && !anchor.isEmpty();
        boolean cropping;
        String a = anchor;
        if (hasAnchor) {
            if (Boolean.FALSE.equals(crop)) {
                throw new IllegalArgumentException("anchor \"" + anchor
                        + "\" cannot be used with crop=false");
            }
            cropping = true;
        } else if (crop == null) {
            cropping = width != null && height != null;
            if (cropping && anchor == null) {
                a = AUTO;
            }
        } else {
            cropping = crop;
        }
        boolean up = Boolean.TRUE.equals(upscale);
        if (!cropping) {
            ResizeToFit fit = new ResizeToFit(width, height, up);
            return new Thumbnail(key(width, height, null, false, up), fit);
        }
        if (width == null || height == null) {
            throw new IllegalArgumentException("cropping needs both width and height, was "
                    + width + "x" + height);
        }
        if (a != null && a.strip().toLowerCase(Locale.ROOT).equals(AUTO)) {
            return new Thumbnail(key(width, height, AUTO, true, up),
                    new SmartResize(width, height, up));
        }
        Anchor point = a == null || a.isEmpty() ? Anchor.CENTER : Anchor.parse(a);
        return new Thumbnail(key(width, height, point.shortName(), true, up),
                new ResizeToFill(width, height, point, up));
    }

    private static CacheKey key(Integer width, Integer height, String anchor, boolean crop,
            boolean upscale) {
        return CacheKey.of("Thumbnail").add("width", width).add("height", height)
                .add("anchor", anchor).add("crop", crop).add("upscale", upscale);
    }

    /**
     * Returns the processor this thumbnail runs.
     *
     * @return a {@link SmartResize}, {@link ResizeToFill} or {@link ResizeToFit}
     */
    public Processor processor() {
        return delegate;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        return delegate.process(image);
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return delegate.outputSize(input);
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        return delegate.requiredInputSize(input, requiredOutput);
    }
}
