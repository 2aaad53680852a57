package io.github.jimagekit.example.web;

import io.github.jimagekit.example.GalleryListener;
import io.github.jimagekit.status.KitStatus;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * The status page ({@code /status}, {@code /WEB-INF/views/status.jsp}): jimagekit's health
 * checks, the counters it keeps, the storage calls, recent failures, the registered generators
 * and source groups, and the {@code imagekit-*} threads ({@link StatusReport}). Never cached.
 */
public final class StatusServlet extends AlbumServlet {

    private static final long serialVersionUID = 1L;

    /** The kit's status reader, made on the first request (it remembers its storage probe). */
    private transient volatile KitStatus status;

    /** Creates the servlet; the container does this. */
    public StatusServlet() {
        // declared in web.xml
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        Instant started = (Instant) getServletContext().getAttribute(GalleryListener.STARTED);
        if (status == null) {
            status = KitStatus.of(kit());
        }
        req.setAttribute("status", StatusReport.of(status, getServletContext().getClassLoader(),
                album().photos().size(), started));
        resp.setHeader("Cache-Control", "no-store");
        render(req, resp, "status.jsp");
    }
}
