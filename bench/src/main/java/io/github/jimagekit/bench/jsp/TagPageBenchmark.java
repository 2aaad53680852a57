package io.github.jimagekit.bench.jsp;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * <p>Requests go through {@link JspSite}'s in-memory connector. The run fails if the warm tag
 * page touched the storage.
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
    public static final int TAGS = 100;

    private static final String LOOP = "<!DOCTYPE html><html><body>\n"
            + "<c:forEach items=\"${applicationScope.images}\" var=\"i\">";
    private static final String TAIL = "</c:forEach>\n</body></html>\n";

    /** Which page: {@code thumbnail}, {@code plain} or {@code empty}. */
    @Param({"thumbnail", "plain", "empty"})
    public String page;

    private Path sources;
    private JspSite site;
    private ImageKit kit;
    private String request;

    /**
     * Writes the photos, starts Jetty, generates every thumbnail and checks that both full
     * pages render the same HTML.
     *
     * @throws Exception when Jetty cannot start or a page fails
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        sources = Files.createTempDirectory("tag-bench");
        for (int p = 0; p < 20; p++) {
            Path f = sources.resolve("photos/p" + p + ".png");
            Files.createDirectories(f.getParent());
            Files.write(f, TestImages.encode(TestImages.gradient(400 + p, 300), "png"));
        }
        site = JspSite.start(pages(), Map.of("imagekit.source.root", sources.toString()));
        kit = site.kit();
        site.attribute("images", images(kit));
        String tags = site.get("/thumbnail.jsp");
        String plain = site.get("/plain.jsp");
        if (!tags.equals(plain) || JspSite.count(tags, "<img ") != TAGS) {
            throw new IllegalStateException("the pages differ:\n" + tags + "\n---\n" + plain);
        }
        request = JspSite.request("/" + page + ".jsp");
        kit.storageStatistics().reset();
        kit.sourceStorageStatistics().reset();
    }

    /** Checks that the warm pages made no storage call, then stops Jetty. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        long calls = kit.storageStatistics().total() + kit.sourceStorageStatistics().total();
        site.close();
        try (Stream<Path> walk = Files.walk(sources)) {
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
        return site.send(request);
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

    private static Map<String, String> pages() {
        return Map.of("thumbnail.jsp", LOOP + "<ik:thumbnail geometry=\"${i.geometry}\""
                        + " source=\"${i.source}\" alt=\"${i.alt}\"/>" + TAIL,
                "plain.jsp", LOOP + "<img src=\"${i.url}\" width=\"${i.width}\""
                        + " height=\"${i.height}\" alt=\"${i.alt}\">" + TAIL,
                "empty.jsp", LOOP + TAIL);
    }
}
