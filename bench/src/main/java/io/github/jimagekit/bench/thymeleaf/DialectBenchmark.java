package io.github.jimagekit.bench.thymeleaf;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.thymeleaf.ImageKitDialect;
import java.io.IOException;
import java.io.StringWriter;
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
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * A warm page of 100 images rendered by a plain {@code TemplateEngine} (OGNL, templates
 * cached), every cache file already generated: {@code ik:src} + {@code ik:geometry} against the
 * same loop writing precomputed URLs and sizes with {@code th:src}/{@code th:width}/
 * {@code th:height}, the loop alone, and {@code #imagekit}. Fails the run if a measured page
 * touched the storage. Per-image cost = score / 100.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar DialectBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DialectBenchmark {

    /** Images per page. */
    public static final int IMAGES = 100;

    private static final String PLAIN = "<div><img th:each=\"p : ${items}\" th:src=\"${p.url}\""
            + " th:width=\"${p.width}\" th:height=\"${p.height}\" alt=\"photo\"></div>";
    private static final String LOOP = "<div><img th:each=\"p : ${items}\" alt=\"photo\"></div>";

    /** Both sides (a crop), or the width only (a fit). */
    @Param({"200x200", "200x"})
    public String geometry;

    /** What the plain page writes: a precomputed URL and size, as a bean for OGNL. */
    public static final class Item {
        private final String url;
        private final int width;
        private final int height;

        Item(ImageCacheFile f) {
            this.url = f.url();
            this.width = f.width();
            this.height = f.height();
        }

        /** @return the URL */
        public String getUrl() {
            return url;
        }

        /** @return the width */
        public int getWidth() {
            return width;
        }

        /** @return the height */
        public int getHeight() {
            return height;
        }
    }

    private String ik;
    private String expression;
    private Path dir;
    private ImageKit kit;
    private TemplateEngine engine;
    private Context context;

    /** Writes 100 photos, generates their thumbnails, warms the templates. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("dialect-bench");
        Files.createDirectories(dir.resolve("photos"));
        byte[] jpeg = TestImages.encode(TestImages.gradient(400, 300), "jpeg");
        List<String> photos = new ArrayList<>();
        for (int i = 0; i < IMAGES; i++) {
            String name = "photos/p" + i + ".jpg";
            Files.write(dir.resolve(name), jpeg);
            photos.add(name);
        }
        kit = ImageKit.builder().config(ImageKitConfig.builder()
                .set("imagekit.storage.root", dir.toString()).build()).discover(false).build();
        List<Item> items = photos.stream().map(p -> new Item(kit.thumbnail(p, geometry)))
                .toList();
        ik = "<div xmlns:ik=\"" + ImageKitDialect.NAMESPACE + "\"><img th:each=\"p : ${photos}\""
                + " ik:src=\"${p}\" ik:geometry=\"" + geometry + "\" alt=\"photo\"></div>";
        expression = "<div><img th:each=\"p : ${photos}\" th:with=\"t=${#imagekit.thumbnail(p, '"
                + geometry + "')}\" th:src=\"${t.url}\" th:width=\"${t.width}\""
                + " th:height=\"${t.height}\" alt=\"photo\"></div>";
        engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.addDialect(new ImageKitDialect(kit));
        context = new Context(null, Map.of("photos", photos, "items", items));
        for (String t : List.of(ik, PLAIN, LOOP, expression)) {
            engine.process(t, context);
        }
        kit.storageStatistics().reset();
        kit.sourceStorageStatistics().reset();
    }

    /** Checks that nothing reached the storage, then cleans up. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        long calls = kit.storageStatistics().total() + kit.sourceStorageStatistics().total();
        kit.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (calls != 0) {
            throw new IllegalStateException("warm pages made " + calls + " storage calls");
        }
    }

    private int render(String template) {
        StringWriter out = new StringWriter(16_384);
        engine.process(template, context, out);
        return out.getBuffer().length();
    }

    /** 100 {@code <img ik:src="${p}" ik:geometry="...">}. */
    @Benchmark
    public int ikSrc() {
        return render(ik);
    }

    /** 100 {@code <img th:src="${p.url}" th:width="${p.width}" th:height="${p.height}">}. */
    @Benchmark
    public int plainThSrc() {
        return render(PLAIN);
    }

    /** The loop alone: 100 {@code <img alt="photo">}. */
    @Benchmark
    public int loopOnly() {
        return render(LOOP);
    }

    /** 100 {@code th:with="t=${#imagekit.thumbnail(p, '...')}"} + {@code th:src} etc. */
    @Benchmark
    public int expressionObject() {
        return render(expression);
    }
}
