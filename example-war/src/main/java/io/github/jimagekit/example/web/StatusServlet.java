package io.github.jimagekit.example.web;

import io.github.jimagekit.example.GalleryListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * The status page ({@code /status}, {@code /WEB-INF/views/status.jsp}): the counters jimagekit
 * keeps, the storage calls, recent failures and the {@code imagekit-*} threads
 * ({@link StatusReport}). Never cached.
 */
public final class StatusServlet extends AlbumServlet {

    private static final long serialVersionUID = 1L;

    /** Creates the servlet; the container does this. */
    public StatusServlet() {
        // declared in web.xml
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        Instant started = (Instant) getServletContext().getAttribute(GalleryListener.STARTED);
        req.setAttribute("status", StatusReport.of(kit(), getServletContext().getClassLoader(),
                album().photos().size(), started));
        resp.setHeader("Cache-Control", "no-store");
        render(req, resp, "status.jsp");
    }
}
