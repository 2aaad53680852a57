package io.github.jimagekit.thymeleaf;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.template.ImageTag;
import io.github.jimagekit.template.ImageTagException;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code #imagekit} expression object: cache files for custom markup, the Thymeleaf form
 * of django-imagekit's {@code {% thumbnail ... as th %}} and {@code {% generateimage ... as im %}}.
 *
 * <pre>{@code
 * <a th:with="th=${#imagekit.thumbnail(photo, '100x')}" th:href="${th.url}">
 *   <img th:src="${th.url}" th:width="${th.width}" th:height="${th.height}">
 * </a>
 * }</pre>
 *
 * <p>The returned {@link ImageCacheFile} has bean getters for {@code url}, {@code width},
 * {@code height}, {@code name} and {@code ready}, which work from OGNL and SpEL. Nothing is
 * generated until one of them is read. Unlike {@code ik:src}, a request that cannot be
 * resolved always fails (whatever {@code imagekit.template.on-error} says), since there is no
 * element to omit: the {@link ImageTagException} names the spec and the source.
 */
public final class ImageKitExpressions {

    private final ImageKit kit;

    /**
     * Creates the object for one template execution.
     *
     * @param kit the application's kit
     */
    public ImageKitExpressions(ImageKit kit) {
        this.kit = Objects.requireNonNull(kit, "kit");
    }

    /**
     * Returns a thumbnail's cache file ({@code imagekit:thumbnail}).
     *
     * @param source   the source: a storage name, {@code Path}, {@code File}, {@code Source} or
     *     anything a registered resolver handles
     * @param geometry {@code "200x200"}, {@code "200x"} or {@code "x200"}
     * @return the cache file
     * @throws ImageTagException when the geometry is malformed or the source is missing
     */
    public ImageCacheFile thumbnail(Object source, String geometry) {
        return thumbnail(source, geometry, null);
    }

    /**
     * Returns a thumbnail's cache file with more generator arguments, such as
     * {@code {'anchor': 'tl', 'upscale': true}}.
     *
     * @param source    the source
     * @param geometry  {@code "200x200"}, {@code "200x"} or {@code "x200"}
     * @param arguments argument names to values, or {@code null}
     * @return the cache file
     * @throws ImageTagException when the geometry or an argument is malformed or the source is
     *     missing
     */
    public ImageCacheFile thumbnail(Object source, String geometry, Map<String, ?> arguments) {
        return cacheFile(ImageTag.builder().geometry(geometry), source, arguments);
    }

    /**
     * Returns the cache file of a registered generator.
     *
     * @param specId a registered id, such as {@code "myapp:profile:avatar"}
     * @param source the source
     * @return the cache file
     * @throws ImageTagException when the id is not registered or the source is missing
     */
    public ImageCacheFile generate(String specId, Object source) {
        return generate(specId, source, null);
    }

    /**
     * Returns the cache file of a registered generator with arguments.
     *
     * @param specId    a registered id
     * @param source    the source
     * @param arguments argument names to values, or {@code null}
     * @return the cache file
     * @throws ImageTagException when the id is not registered, an argument is not accepted or
     *     the source is missing
     */
    public ImageCacheFile generate(String specId, Object source, Map<String, ?> arguments) {
        return cacheFile(ImageTag.builder().spec(specId), source, arguments);
    }

    private ImageCacheFile cacheFile(ImageTag.Builder b, Object source, Map<String, ?> args) {
        ImageTagReader.arguments(b.source(source), args, "the argument map");
        return kit.templates().cacheFile(b.build());
    }

    @Override
    public String toString() {
        return "#imagekit[" + kit + "]";
    }
}
