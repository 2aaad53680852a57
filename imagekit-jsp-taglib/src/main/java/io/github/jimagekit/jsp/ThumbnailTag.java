package io.github.jimagekit.jsp;

import io.github.jimagekit.template.ImageTag;

/**
 * {@code <ik:thumbnail geometry="200x200" source="${photo}"/>}: django-imagekit's
 * {@code {% thumbnail '200x200' photo %}}. It renders the {@code imagekit:thumbnail} generator
 * (or the one {@code spec} names) with the geometry's {@code width} and {@code height} and the
 * {@code anchor}, {@code crop} and {@code upscale} arguments.
 */
public final class ThumbnailTag extends ImageTagSupport {

    private String geometry;
    private String anchor;
    private Object crop;
    private Object upscale;

    /** Creates the handler; the JSP container does this. */
    public ThumbnailTag() {
        // configured by the setters
    }

    /**
     * Sets the size.
     *
     * @param value {@code "200x200"}, {@code "200x"} (width only) or {@code "x200"} (height
     *     only)
     */
    public void setGeometry(String value) {
        this.geometry = value;
    }

    /**
     * Sets where a crop keeps the image.
     *
     * @param value {@code c}, {@code t}, {@code b}, {@code l}, {@code r}, {@code tl},
     *     {@code tr}, {@code bl}, {@code br} (or their long names), or {@code auto} for a smart
     *     crop
     */
    public void setAnchor(String value) {
        this.anchor = value;
    }

    /**
     * Sets whether the thumbnail is cropped to the exact geometry.
     *
     * @param value {@code true} or {@code false}; without it, a thumbnail with both sides is
     *     cropped
     */
    public void setCrop(Object value) {
        this.crop = value;
    }

    /**
     * Sets whether a source smaller than the geometry is enlarged.
     *
     * @param value {@code true} or {@code false} (the default)
     */
    public void setUpscale(Object value) {
        this.upscale = value;
    }

    @Override
    protected void describe(ImageTag.Builder tag) {
        tag.geometry(geometry).argument("anchor", anchor).argument("crop", crop)
                .argument("upscale", upscale);
    }
}
