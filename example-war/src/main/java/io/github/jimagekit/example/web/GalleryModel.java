package io.github.jimagekit.example.web;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.ImageKit;
import io.github.jimagekit.example.GalleryImages;
import io.github.jimagekit.example.Photo;
import io.github.jimagekit.example.PhotoAlbum;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * What both gallery pages show, as request attributes (JSP reads them with EL, Thymeleaf's
 * {@code WebContext} as variables): {@code photos}, {@code featured} (the first photo, for the
 * banner; {@code null} in an empty album), the geometries, the fallback picture's URL, and the
 * {@code notice} a form left (see {@link #notice}).
 */
final class GalleryModel {

    private GalleryModel() {
    }

    /**
     * Puts the gallery's model into the request.
     *
     * @param req   the request
     * @param album the album
     * @param kit   the kit
     */
    static void expose(HttpServletRequest req, PhotoAlbum album, ImageKit kit) {
        List<Photo> photos = album.photos();
        req.setAttribute("photos", photos);
        req.setAttribute("featured", photos.isEmpty() ? null : photos.get(0));
        req.setAttribute("cardSpec", GalleryImages.CARD);
        req.setAttribute("stripGeometry", GalleryImages.STRIP);
        req.setAttribute("bannerGeometry", GalleryImages.BANNER);
        req.setAttribute("fallbackUrl", kit.config().raw(ConfigKey.TEMPLATE_FALLBACK_URL));
        notice(req);
    }

    /**
     * Turns the query parameters an upload or a deletion redirected with into a sentence:
     * request attributes {@code notice} (the text) and {@code noticeKind} ({@code ok} or
     * {@code error}). Templates escape it like any other text.
     *
     * @param req the request
     */
    static void notice(HttpServletRequest req) {
        String error = req.getParameter("error");
        String uploaded = req.getParameter("uploaded");
        String deleted = req.getParameter("deleted");
        String text = null;
        if (error != null) {
            text = error;
        } else if (uploaded != null) {
            text = "Added " + uploaded + ": " + number(req, "images") + " images generated in "
                    + number(req, "ms") + " ms, before this page was sent.";
        } else if (deleted != null) {
            text = "Deleted " + deleted + " and its " + number(req, "files")
                    + " generated images.";
        }
        req.setAttribute("notice", text);
        req.setAttribute("noticeKind", error != null ? "error" : "ok");
    }

    private static String number(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v != null && v.matches("\\d{1,9}") ? v : "?";
    }
}
