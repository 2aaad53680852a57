package io.github.jimagekit.example.web;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.example.GalleryImages;
import io.github.jimagekit.example.Photo;
import io.github.jimagekit.example.PhotoAlbum;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What both gallery pages show (JSP reads it with EL, Thymeleaf as variables): {@code photos},
 * {@code featured} (the first photo, for the banner; {@code null} in an empty album), the
 * geometries, the fallback picture's URL, and the {@code notice} a form left (see
 * {@link #notice}). The WAR's servlets put it into request attributes; example-boot's controller
 * into Spring's model.
 */
public final class GalleryModel {

    private GalleryModel() {
    }

    /**
     * Makes the gallery's model.
     *
     * @param album      the album
     * @param kit        the kit
     * @param parameters the request's query parameters by name ({@code null} when absent)
     * @return names to values; {@code featured} and {@code notice} may be {@code null}
     */
    public static Map<String, Object> of(PhotoAlbum album, ImageKit kit,
            UnaryOperator<String> parameters) {
        List<Photo> photos = album.photos();
        Map<String, Object> model = notice(parameters);
        model.put("photos", photos);
        model.put("featured", photos.isEmpty() ? null : photos.get(0));
        model.put("cardSpec", GalleryImages.CARD);
        model.put("stripGeometry", GalleryImages.STRIP);
        model.put("bannerGeometry", GalleryImages.BANNER);
        model.put("fallbackUrl", kit.config().raw(ConfigKey.TEMPLATE_FALLBACK_URL));
        return model;
    }

    /**
     * Puts the gallery's model into the request.
     *
     * @param req   the request
     * @param album the album
     * @param kit   the kit
     */
    static void expose(HttpServletRequest req, PhotoAlbum album, ImageKit kit) {
        of(album, kit, req::getParameter).forEach(req::setAttribute);
    }

    /**
     * Turns the query parameters an upload or a deletion redirected with into a sentence:
     * {@code notice} (the text) and {@code noticeKind} ({@code ok} or {@code error}). Templates
     * escape it like any other text.
     *
     * @param parameters the request's query parameters by name ({@code null} when absent)
     * @return the two entries, in a map that may be added to; {@code notice} is {@code null}
     *     when there is nothing to say
     */
    public static Map<String, Object> notice(UnaryOperator<String> parameters) {
        String error = parameters.apply("error");
        String uploaded = parameters.apply("uploaded");
        String deleted = parameters.apply("deleted");
        String text = null;
        if (error != null) {
            text = error;
        } else if (uploaded != null) {
            text = "Added " + uploaded + ": " + number(parameters, "images")
                    + " images generated in " + number(parameters, "ms")
                    + " ms, before this page was sent.";
        } else if (deleted != null) {
            text = "Deleted " + deleted + " and its " + number(parameters, "files")
                    + " generated images.";
        }
        Map<String, Object> model = new HashMap<>();
        model.put("notice", text);
        model.put("noticeKind", error != null ? "error" : "ok");
        return model;
    }

    /**
     * Puts the notice of {@link #notice(UnaryOperator)} into the request.
     *
     * @param req the request
     */
    static void notice(HttpServletRequest req) {
        notice(req::getParameter).forEach(req::setAttribute);
    }

    private static String number(UnaryOperator<String> parameters, String name) {
        String v = parameters.apply(name);
        return v != null && v.matches("\\d{1,9}") ? v : "?";
    }
}
