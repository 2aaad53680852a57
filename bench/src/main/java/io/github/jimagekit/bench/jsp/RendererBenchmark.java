package io.github.jimagekit.bench.jsp;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.template.ImageTag;
import io.github.jimagekit.template.ImageTagRenderer;
import io.github.jimagekit.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The container-free part of a warm tag, which the JSP tags and the Thymeleaf dialect share:
 * building the {@link ImageTag} and {@link ImageTagRenderer#html} (the {@code <img>} text).
 * Set against {@link TagPageBenchmark} it shows how much of a tag's cost is the template
 * engine's (EL, handler) and how much is jimagekit's.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar RendererBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RendererBenchmark {

    private Path dir;
    private ImageKit kit;

    /**
     * Generates the thumbnail once, so every measured call is warm.
     *
     * @throws IOException when the photo cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("renderer-bench");
        Path photo = dir.resolve("src/photos/p1.png");
        Files.createDirectories(photo.getParent());
        Files.write(photo, TestImages.encode(TestImages.gradient(400, 300), "png"));
        kit = ImageKit.builder().discover(false)
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", dir.resolve("media").toString())
                        .set("imagekit.source.root", dir.resolve("src").toString())
                        .set("imagekit.cache.backend", "memory").build())
                .build();
        thumbnail();
    }

    /**
     * Returns the kit, for benchmarks that measure these calls on a kit set up further.
     *
     * @return the kit the calls use
     */
    protected ImageKit kit() {
        return kit;
    }

    /**
     * Closes the kit and deletes the files.
     *
     * @throws IOException when a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        kit.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * What a warm {@code <ik:thumbnail geometry="40x30" source="photos/p1.png" alt="..."/>}
     * does after EL has evaluated its attributes.
     *
     * @return the {@code <img>}
     */
    @Benchmark
    public String thumbnail() {
        ImageTag tag = ImageTag.builder().attribute("alt", "photo 40-1").geometry("40x30")
                .source("photos/p1.png").build();
        return kit.templates().html(tag);
    }

    /**
     * The cache-file lookup alone, as the plain page's bean getters would need it.
     *
     * @return the URL's length plus the size
     */
    @Benchmark
    public int lookup() {
        var f = kit.thumbnail("photos/p1.png", "40x30");
        return f.url().length() + f.width() + f.height();
    }
}
