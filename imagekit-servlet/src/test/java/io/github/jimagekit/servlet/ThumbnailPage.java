package io.github.jimagekit.servlet;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.template.ImageTag;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The test application's page: an {@code <img>} of the thumbnail the {@code geometry} and
 * {@code src} parameters ask for, found through {@link ApplicationKit} as a front-end finds
 * the kit; without a kit, the lookup's message in {@code <p id="message">}.
 */
public final class ThumbnailPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=UTF-8");
        PrintWriter out = resp.getWriter();
        ImageKit kit;
        try {
            kit = ApplicationKit.require(getServletContext()
                    .getAttribute(ApplicationKit.ATTRIBUTE));
        } catch (IllegalStateException e) {
            resp.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            out.println("<p id=\"message\">" + e.getMessage().replace("&", "&amp;")
                    .replace("<", "&lt;").replace("\"", "&quot;") + "</p>");
            return;
        }
        out.println("<!DOCTYPE html><html><body>" + kit.templates().html(ImageTag.builder()
                .geometry(req.getParameter("geometry")).source(req.getParameter("src"))
                .build()) + "</body></html>");
    }
}
