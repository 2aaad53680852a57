package io.github.jimagekit.bench.jsp;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.servlet.ImageKitInitializer;
import io.github.jimagekit.testing.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.apache.jsp.JettyJasperInitializer;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm cost of {@code <ik:thumbnail>} against a plain {@code <img src="${url}">} in the same
 * JSP: three pages iterate the same 100 images with {@code <c:forEach>}; {@code thumbnail}
 * writes each with the tag, {@code plain} with an {@code <img>} whose URL, width and height EL
 * reads from a bean, {@code empty} writes nothing (the page and loop overhead). The two full
 * pages produce the same bytes (checked at setup), so per tag:
 * {@code (thumbnail - empty) / 100} against {@code (plain - empty) / 100}.
 *
 * <p>Requests go through Jetty's in-memory {@link LocalConnector} (the whole HTTP and servlet
 * path, without the kernel's loopback noise). The run fails if the warm tag page touched the
 * storage.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar TagPageBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TagPageBenchmark {

    /** Images per page. */
    static final int TAGS = 100;

    private static final String HEAD = "<%@ page contentType=\"text/html; charset=UTF-8\" %>\n"
            + "<%@ taglib prefix=\"ik\" uri=\"https://jimagekit.github.io/tags\" %>\n"
            + "<%@ taglib prefix=\"c\" uri=\"jakarta.tags.core\" %>\n"
            + "<!DOCTYPE html><html><body>\n"
            + "<c:forEach items=\"${applicationScope.images}\" var=\"i\">";
    private static final String TAIL = "</c:forEach>\n</body></html>\n";

    /** Which page: {@code thumbnail}, {@code plain} or {@code empty}. */
    @Param({"thumbnail", "plain", "empty"})
    public String page;

    private Path dir;
    private Server server;
    private LocalConnector local;
    private ImageKit kit;
    private String request;

    /**
     * Writes the web application and its photos, starts Jetty, generates every thumbnail and
     * checks that both full pages render the same HTML.
     *
     * @throws Exception when Jetty cannot start or a page fails
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("tag-bench");
        Path webapp = writeWebApp(dir.resolve("webapp"));
        Path sources = dir.resolve("sources");
        for (int p = 0; p < 20; p++) {
            Path f = sources.resolve("photos/p" + p + ".png");
            Files.createDirectories(f.getParent());
            Files.write(f, TestImages.encode(TestImages.gradient(400 + p, 300), "png"));
        }
        server = new Server();
        local = new LocalConnector(server);
        server.addConnector(local);
        WebAppContext ctx = new WebAppContext();
        ctx.setContextPath("/");
        ctx.setBaseResourceAsPath(webapp);
        ctx.setTempDirectory(Files.createDirectories(dir.resolve("jetty")).toFile());
        ctx.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/benchmarks\\.jar$|.*/jakarta\\.servlet\\.jsp\\.jstl-[^/]*\\.jar$"
                        + "|.*/imagekit-jsp-taglib[^/]*$|.*/target/classes/?");
        ctx.setThrowUnavailableOnStartupException(true);
        ctx.addServletContainerInitializer(new JettyJasperInitializer());
        ctx.addServletContainerInitializer(new ImageKitInitializer());
        ctx.setInitParameter("imagekit.source.root", sources.toString());
        ctx.setInitParameter("imagekit.storage.root", dir.resolve("media").toString());
        server.setHandler(ctx);
        server.start();
        kit = (ImageKit) ctx.getServletContext().getAttribute(ImageKit.CONTEXT_ATTRIBUTE);
        ctx.getServletContext().setAttribute("images", images(kit));
        String tags = body(get("thumbnail"));
        String plain = body(get("plain"));
        if (!tags.equals(plain) || count(tags, "<img ") != TAGS) {
            throw new IllegalStateException("the pages differ:\n" + tags + "\n---\n" + plain);
        }
        request = request(page);
        kit.storage().reset();
        kit.sourceStorage().reset();
    }

    /** Checks that the warm pages made no storage call, then stops Jetty. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        long calls = kit.storage().total() + kit.sourceStorage().total();
        server.stop();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (calls != 0) {
            throw new IllegalStateException("the warm pages made " + calls + " storage calls");
        }
    }

    /**
     * Renders the page.
     *
     * @return the response, so that nothing is optimized away
     * @throws Exception when the request fails
     */
    @Benchmark
    public String render() throws Exception {
        return local.getResponse(request);
    }

    /** A request that closes its connection: kept-alive local connections would pile up. */
    private static String request(String name) {
        return "GET /" + name + ".jsp HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    private String get(String name) throws Exception {
        String response = local.getResponse(request(name));
        if (!response.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException(name + ".jsp failed:\n" + response);
        }
        return response;
    }

    private static List<PageImage> images(ImageKit kit) {
        List<PageImage> images = new ArrayList<>();
        for (int w = 40; w <= 80; w += 10) {
            for (int p = 0; p < 20; p++) {
                String geometry = w + "x30";
                String source = "photos/p" + p + ".png";
                ImageCacheFile f = kit.thumbnail(source, geometry);
                images.add(new PageImage(geometry, source, "photo " + w + "-" + p, f.url(),
                        f.width(), f.height()));
            }
        }
        return List.copyOf(images);
    }

    private static Path writeWebApp(Path webapp) throws IOException {
        Files.createDirectories(webapp.resolve("WEB-INF"));
        write(webapp.resolve("thumbnail.jsp"), HEAD + "<ik:thumbnail geometry=\"${i.geometry}\""
                + " source=\"${i.source}\" alt=\"${i.alt}\"/>" + TAIL);
        write(webapp.resolve("plain.jsp"), HEAD + "<img src=\"${i.url}\" width=\"${i.width}\""
                + " height=\"${i.height}\" alt=\"${i.alt}\">" + TAIL);
        write(webapp.resolve("empty.jsp"), HEAD + TAIL);
        return webapp;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
