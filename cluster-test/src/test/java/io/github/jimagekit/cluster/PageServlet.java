package io.github.jimagekit.cluster;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.template.ImageTag;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The gallery page, {@code /page}: one {@code <img>} per source and geometry, rendered by the
 * kit's tag renderer as the JSP tag and the Thymeleaf dialect render them.
 */
final class PageServlet extends HttpServlet {

    private final List<String> sources;
    private final List<String> geometries;

    /**
     * Creates the page.
     *
     * @param sources    the sources' storage names
     * @param geometries the thumbnail geometries, such as {@code 200x150}
     */
    PageServlet(List<String> sources, List<String> geometries) {
        this.sources = List.copyOf(sources);
        this.geometries = List.copyOf(geometries);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ImageKit kit = (ImageKit) getServletContext().getAttribute(ImageKit.CONTEXT_ATTRIBUTE);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html><body>");
        for (String source : sources) {
            for (String geometry : geometries) {
                out.println(kit.templates().html(ImageTag.builder().source(source)
                        .geometry(geometry).build()));
            }
        }
        out.println("</body></html>");
    }
}
