package io.github.jimagekit.bench.jsp;

/**
 * One image of the benchmark page, as the JSPs read it with EL: what the tag is given
 * ({@code geometry}, {@code source}, {@code alt}) and what the plain page writes instead
 * ({@code url}, {@code width}, {@code height}). A class with getters, because the EL of
 * Jakarta EE 10 does not read records.
 */
public final class PageImage {

    private final String geometry;
    private final String source;
    private final String alt;
    private final String url;
    private final int width;
    private final int height;

    /**
     * Creates an image.
     *
     * @param geometry the thumbnail geometry, such as {@code "40x30"}
     * @param source   the source name
     * @param alt      the alt text
     * @param url      the generated file's URL
     * @param width    its width
     * @param height   its height
     */
    public PageImage(String geometry, String source, String alt, String url, int width,
            int height) {
        this.geometry = geometry;
        this.source = source;
        this.alt = alt;
        this.url = url;
        this.width = width;
        this.height = height;
    }

    /**
     * Returns the geometry.
     *
     * @return such as {@code "40x30"}
     */
    public String getGeometry() {
        return geometry;
    }

    /**
     * Returns the source name.
     *
     * @return such as {@code "photos/p3.png"}
     */
    public String getSource() {
        return source;
    }

    /**
     * Returns the alt text.
     *
     * @return the text
     */
    public String getAlt() {
        return alt;
    }

    /**
     * Returns the URL of the generated file.
     *
     * @return the URL
     */
    public String getUrl() {
        return url;
    }

    /**
     * Returns the width.
     *
     * @return pixels
     */
    public int getWidth() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return pixels
     */
    public int getHeight() {
        return height;
    }
}
