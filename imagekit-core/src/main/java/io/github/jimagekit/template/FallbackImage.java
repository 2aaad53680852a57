package io.github.jimagekit.template;

import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.processor.Geometry;
import io.github.jimagekit.processor.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tag's variable form (JSP {@code var}) holds in place of the cache file when the image
 * cannot be made and {@code imagekit.template.on-error} is {@code fallback}: the fallback URL,
 * and the geometry's width and height when the request gave both sides (so that the page's
 * layout does not shift), as the {@code <img>} form writes them.
 *
 * <p>Its bean properties are the ones pages read from an
 * {@link io.github.jimagekit.cachefile.ImageCacheFile}, so that the same markup serves both:
 * {@code ${th.url}} is the fallback URL, {@code ${th.width}} and {@code ${th.height}} are the
 * geometry's (or nothing), {@code ${th.ready}} is {@code false} (the image does not exist) and
 * {@code ${th.name}} is empty (there is no cache file).
 *
 * @param url  the fallback URL ({@code imagekit.template.fallback-url})
 * @param size the geometry's size, or {@code null} when the request has no geometry with both
 *     sides
 */
public record FallbackImage(String url, Size size) {

    /**
     * Checks the URL.
     *
     * @param url  the fallback URL
     * @param size the geometry's size, or {@code null}
     */
    public FallbackImage {
        Objects.requireNonNull(url, "url");
    }

    /**
     * Makes the fallback image of a request.
     *
     * @param url the fallback URL
     * @param tag the request that failed
     * @return the image, sized by the request's geometry when it has both sides
     */
    static FallbackImage of(String url, ImageTag tag) {
        if (tag.geometry() == null) {
            return new FallbackImage(url, null);
        }
        try {
            Geometry g = Geometry.parse(tag.geometry());
            boolean both = g.width() != null && g.height() != null;
            return new FallbackImage(url, both ? new Size(g.width(), g.height()) : null);
        } catch (ImageKitException ignored) {
            // a bad geometry is the error being reported; the fallback has no size then
            return new FallbackImage(url, null);
        }
    }

    /**
     * Returns the size, when the request's geometry gave both sides.
     *
     * @return the size, or empty
     */
    public Optional<Size> optionalSize() {
        return Optional.ofNullable(size);
    }

    /**
     * Same as {@link #url()}, for template engines ({@code ${th.url}}).
     *
     * @return the fallback URL
     */
    public String getUrl() {
        return url;
    }

    /**
     * Returns the geometry's width, for template engines ({@code ${th.width}}).
     *
     * @return the width in pixels, or {@code null} (which EL writes as nothing)
     */
    public Integer getWidth() {
        return size == null ? null : size.width();
    }

    /**
     * Returns the geometry's height, for template engines ({@code ${th.height}}).
     *
     * @return the height in pixels, or {@code null}
     */
    public Integer getHeight() {
        return size == null ? null : size.height();
    }

    /**
     * Returns the storage name, for template engines ({@code ${th.name}}): a fallback has none.
     *
     * @return {@code ""}
     */
    public String getName() {
        return "";
    }

    /**
     * Tells whether the image exists, for template engines ({@code ${th.ready}}): it does not,
     * which is why this fallback stands in for it.
     *
     * @return {@code false}
     */
    public boolean isReady() {
        return false;
    }
}
