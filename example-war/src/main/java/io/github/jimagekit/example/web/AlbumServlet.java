package io.github.jimagekit.example.web;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.example.PhotoAlbum;
import io.github.jimagekit.servlet.ApplicationKit;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the gallery's servlets share: the album and the kit from the {@code ServletContext},
 * rendering a JSP view, and redirecting back to the page a form came from with a notice.
 */
abstract class AlbumServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The pages a form may return to, by the value of its {@code from} field. */
    private static final Map<String, String> PAGES = Map.of("jsp", "/", "thymeleaf",
            "/thymeleaf", "status", "/status");

    private transient PhotoAlbum album;
    private transient ImageKit kit;

    @Override
    public void init() throws ServletException {
        album = (PhotoAlbum) getServletContext().getAttribute(PhotoAlbum.ATTRIBUTE);
        if (album == null) {
            throw new ServletException("gallery: the album is missing from the"
                    + " ServletContext; is GalleryListener declared in web.xml?");
        }
        kit = ApplicationKit.require(getServletContext().getAttribute(ApplicationKit.ATTRIBUTE));
    }

    /**
     * Returns the album.
     *
     * @return the gallery's photos
     */
    final PhotoAlbum album() {
        return album;
    }

    /**
     * Returns the kit.
     *
     * @return the application's kit
     */
    final ImageKit kit() {
        return kit;
    }

    /**
     * Renders a JSP view under {@code /WEB-INF/views/}.
     *
     * @param view the file name, such as {@code "gallery.jsp"}
     */
    final void render(HttpServletRequest req, HttpServletResponse resp, String view)
            throws ServletException, IOException {
        resp.setContentType("text/html;charset=UTF-8");
        req.getRequestDispatcher("/WEB-INF/views/" + view).forward(req, resp);
    }

    /**
     * Redirects to the page named by the request's {@code from} parameter (the JSP gallery by
     * default), with query parameters for its notice.
     *
     * @param query names and values, alternating
     */
    final void redirectBack(HttpServletRequest req, HttpServletResponse resp, String... query)
            throws IOException {
        String from = req.getParameter("from");
        // (Map.of refuses to look up null)
        String page = from == null ? "/" : PAGES.getOrDefault(from, "/");
        StringBuilder target = new StringBuilder(req.getContextPath()).append(page);
        for (int i = 0; i < query.length; i += 2) {
            target.append(i == 0 ? '?' : '&').append(query[i]).append('=')
                    .append(URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8));
        }
        resp.sendRedirect(target.toString());
    }
}
