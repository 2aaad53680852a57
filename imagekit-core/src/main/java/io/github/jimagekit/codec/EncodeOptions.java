package io.github.jimagekit.codec;

import io.github.jimagekit.processor.CacheKey;

/**
 * How an image is encoded: the counterpart of the {@code options} that django-imagekit passes
 * to Pillow's {@code save()}.
 *
 * @param quality     lossy quality from 1 to 100 (JPEG, WebP); ignored by lossless formats
 * @param progressive whether a JPEG is written progressive
 * @param optimize    whether to spend more time for a smaller file (optimised Huffman tables
 *     for JPEG, best compression for PNG)
 */
public record EncodeOptions(int quality, boolean progressive, boolean optimize) {

    /** Quality 85, baseline, not optimised: good thumbnails, fast to write. */
    public static final EncodeOptions DEFAULT = new EncodeOptions(85, false, false);

    /**
     * Checks the values.
     *
     * @param quality     from 1 to 100
     * @param progressive whether a JPEG is written progressive
     * @param optimize    whether to spend more time for a smaller file
     */
    public EncodeOptions {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be from 1 to 100, was " + quality);
        }
    }

    /**
     * Returns these options with another quality.
     *
     * @param quality from 1 to 100
     * @return the new options
     */
    public EncodeOptions withQuality(int quality) {
        return new EncodeOptions(quality, progressive, optimize);
    }

    /**
     * Returns these options with progressive encoding switched on or off.
     *
     * @param progressive whether a JPEG is written progressive
     * @return the new options
     */
    public EncodeOptions withProgressive(boolean progressive) {
        return new EncodeOptions(quality, progressive, optimize);
    }

    /**
     * Returns these options with optimisation switched on or off.
     *
     * @param optimize whether to spend more time for a smaller file
     * @return the new options
     */
    public EncodeOptions withOptimize(boolean optimize) {
        return new EncodeOptions(quality, progressive, optimize);
    }

    /**
     * Describes these options for a cache file's hash.
     *
     * @return for example {@code "EncodeOptions(quality=85,progressive=false,optimize=false)"}
     */
    public String cacheKey() {
        return CacheKey.of("EncodeOptions").add("quality", quality)
                .add("progressive", progressive).add("optimize", optimize).toString();
    }
}
