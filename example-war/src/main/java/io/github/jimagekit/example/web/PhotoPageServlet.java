package io.github.jimagekit.example.web;

import io.github.jimagekit.example.GalleryImages;
import io.github.jimagekit.example.Photo;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * One photo's page ({@code /photo?name=...}, {@code /WEB-INF/views/photo.jsp}): the photo
 * through the larger {@code gallery:detail} spec, with its neighbours. 404 for a name the album
 * does not have.
 */
public final class PhotoPageServlet extends AlbumServlet {

    private static final long serialVersionUID = 1L;

    /** Creates the servlet; the container does this. */
    public PhotoPageServlet() {
        // declared in web.xml
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        List<Photo> photos = album().photos();
        int i = photos.indexOf(new Photo(String.valueOf(req.getParameter("name"))));
        if (i < 0) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such photo.");
            return;
        }
        req.setAttribute("photo", photos.get(i));
        req.setAttribute("position", i + 1);
        req.setAttribute("count", photos.size());
        req.setAttribute("previous", i > 0 ? photos.get(i - 1) : null);
        req.setAttribute("next", i + 1 < photos.size() ? photos.get(i + 1) : null);
        req.setAttribute("stripGeometry", GalleryImages.STRIP);
        req.setAttribute("detailSpec", GalleryImages.DETAIL);
        GalleryModel.notice(req);
        render(req, resp, "photo.jsp");
    }
}
