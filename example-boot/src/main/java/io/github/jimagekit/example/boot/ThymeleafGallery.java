package io.github.jimagekit.example.boot;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.example.PhotoAlbum;
import io.github.jimagekit.example.web.GalleryModel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The gallery rendered by Boot's Thymeleaf from the WAR's template ({@code gallery.html}, on
 * the class path under {@code templates/}): the banner and the grid through {@code ik:src}, the
 * contact strip through {@code #imagekit}, with the dialect the starter adds to Boot's engine.
 */
@Controller
public class ThymeleafGallery {

    private final PhotoAlbum album;
    private final ImageKit kit;

    /**
     * Creates the controller.
     *
     * @param album the gallery's photos
     * @param kit   the starter's kit
     */
    public ThymeleafGallery(PhotoAlbum album, ImageKit kit) {
        this.album = album;
        this.kit = kit;
    }

    /**
     * Renders the gallery, with the notice an upload or a deletion redirected with.
     *
     * @param request the request, for those query parameters
     * @param model   the template's variables
     * @return the template's name
     */
    @GetMapping("/thymeleaf")
    public String gallery(HttpServletRequest request, Model model) {
        model.addAllAttributes(GalleryModel.of(album, kit, request::getParameter));
        return "gallery";
    }
}
