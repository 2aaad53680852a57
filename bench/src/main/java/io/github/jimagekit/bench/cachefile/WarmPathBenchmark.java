package io.github.jimagekit.bench.cachefile;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.CacheFiles;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.internal.MeteredStorage;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.testing.CountingGenerator;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.testing.TestImaging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm path: {@code url() + width() + height()} of a cache file that exists and whose state
 * is known. Each variant fails the run if it touched the storage.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar WarmPathBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WarmPathBenchmark {

    private Path dir;
    private MeteredStorage storage;
    private CacheFiles files;
    private CountingGenerator generator;
    private ImageCacheFile known;
    private ImageKit kit;
    private Map<String, Object> args;

    /** Generates the file once, so every measured call is warm. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("warm-bench");
        storage = new MeteredStorage(new FileSystemStorage(dir, "/media/"));
        files = CacheFiles.builder().storage(storage)
                .stateCache(StateCache.ehcache(StateTimeouts.DEFAULT, "imagekit:", 10_000, null, 16,
                        Duration.ofMinutes(1)))
                .backend(CacheFileBackend.simple()).imaging(new TestImaging()).build();
        generator = CountingGenerator.of("bench",
                Source.of(storage.delegate(), "photos/dog.jpg").withVersion("1"),
                new Size(200, 150));
        known = files.file(generator);
        known.url();

        Files.createDirectories(dir.resolve("src/photos"));
        Files.write(dir.resolve("src/photos/dog.png"),
                TestImages.encode(TestImages.gradient(400, 300), "png"));
        kit = ImageKit.builder()
                .config(ImageKitConfig.builder().set("imagekit.storage.root", dir.toString())
                        .set("imagekit.source.root", dir.resolve("src").toString()).build())
                .imaging(new TestImaging()).discover(false)
                .library(r -> r.generator("bench:copy", SpecDefinition.builder().build()))
                .build();
        args = Map.of("source", "photos/dog.png");
        kit.cacheFile("bench:copy", args).url();
        storage.reset();
        kit.storageStatistics().reset();
        kit.sourceStorageStatistics().reset();
    }

    /** Checks that nothing reached the storage, then cleans up. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        long calls = storage.total() + kit.storageStatistics().total()
                + kit.sourceStorageStatistics().total();
        files.close();
        kit.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (calls != 0) {
            throw new IllegalStateException("the warm path made " + calls + " storage calls");
        }
    }

    /** The same cache file object asked again: what one template render does per tag. */
    @Benchmark
    public long knownInstance() {
        return known.url().length() + known.width() + known.height();
    }

    /** A new cache file object for the same generator: naming (hashing) plus a state lookup. */
    @Benchmark
    public long freshInstance() {
        ImageCacheFile f = files.file(generator);
        return f.url().length() + f.width() + f.height();
    }

    /** The whole lookup a tag does: resolve the source, find the remembered cache file. */
    @Benchmark
    public long kitCacheFile() {
        ImageCacheFile f = kit.cacheFile("bench:copy", args);
        return f.url().length() + f.width() + f.height();
    }
}
