package io.github.jimagekit.example.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The gallery page rendered by JSP ({@code /WEB-INF/views/gallery.jsp}): the banner through the
 * {@code var} form of {@code <ik:thumbnail>}, the contact strip through {@code <ik:thumbnail>},
 * the grid through {@code <ik:generateimage>}. Mapped to the application's root.
 */
public final class JspGalleryServlet extends AlbumServlet {

    private static final long serialVersionUID = 1L;

    /** Creates the servlet; the container does this. */
    public JspGalleryServlet() {
        // declared in web.xml
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        GalleryModel.expose(req, album(), kit());
        render(req, resp, "gallery.jsp");
    }
}
