package io.github.jimagekit.cluster;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.GenerationListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A node's status page, {@code /status}: one line per event, for the test to add up across
 * nodes: {@code generated <cache file>}, {@code failed <cache file> <message>}, and
 * {@code s3 <method> <path> <status>} for each S3 request the node made.
 */
final class StatusServlet extends HttpServlet {

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void init() throws ServletException {
        ImageKit kit = (ImageKit) getServletContext().getAttribute(ImageKit.CONTEXT_ATTRIBUTE);
        kit.cacheFiles().statistics().addListener(new GenerationListener() {
            @Override
            public void generated(Generated generation) {
                events.add("generated " + generation.name());
            }

            @Override
            public void failed(Failed failure) {
                events.add("failed " + failure.name() + " " + failure.cause());
            }
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        events.forEach(out::println);
        S3RequestLog.exchanges().forEach(e -> out.println("s3 " + e));
    }
}
