package io.github.jimagekit.bench.memo;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.testing.MemoryStorage;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.testing.TestImaging;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Issue 20's warm lookup over a working set of {@code sources} thumbnails, all generated at
 * set-up: {@code kit.thumbnail(name, "4x4")} + {@code url()}, {@code width()},
 * {@code height()} for a source drawn uniformly at random, with the default settings (the
 * Ehcache state cache of 100,000 heap entries) but {@code imagekit.source.version-ttl=1h}. The
 * kit's memos of cache files hold 50,000 entries, so the working sets are 0.5x, 1x, 1.01x and
 * 1.5x their capacity. Sources and cache files live in a {@link MemoryStorage}; the run fails
 * if a warm lookup made a storage call, and prints the calls per lookup.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar KitWorkingSetBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class KitWorkingSetBenchmark {

    private static final int TRACE = 1 << 20;

    /** How many sources the lookups go over. */
    @Param({"25000", "50000", "50500", "75000"})
    public int sources;

    private ImageKit kit;
    private String[] names;
    private int[] trace;
    private int next;
    private long lookups;

    /**
     * Saves the sources and generates every thumbnail once.
     *
     * @throws IOException when a source cannot be saved
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        MemoryStorage storage = new MemoryStorage("/media/");
        byte[] png = TestImages.encode(TestImages.gradient(8, 8), "png");
        names = new String[sources];
        for (int i = 0; i < sources; i++) {
            names[i] = "photos/" + (i % 100) + "/p" + i + ".png";
            storage.save(names[i], new ByteArrayInputStream(png));
        }
        kit = ImageKit.builder().discover(false).storage(storage).imaging(new TestImaging())
                .config(ImageKitConfig.builder().set("imagekit.source.version-ttl", "1h")
                        .build())
                .build();
        for (String name : names) {
            lookup(name);
        }
        trace = new SplittableRandom(1).ints(TRACE, 0, sources).toArray();
        kit.storageStatistics().reset();
    }

    /** Prints the storage calls per lookup, closes the kit and fails the run if there were any. */
    @TearDown(Level.Trial)
    public void tearDown() {
        long calls = kit.storageStatistics().total();
        kit.close();
        System.out.printf("%n%d sources: %d storage calls in %d warm lookups (%.4f per lookup)%n",
                sources, calls, lookups, calls / (double) Math.max(1, lookups));
        if (calls != 0) {
            throw new IllegalStateException("the warm lookups made " + calls + " storage calls");
        }
    }

    /**
     * One warm lookup of a random source's thumbnail.
     *
     * @return the URL's length plus the size
     */
    @Benchmark
    public long thumbnail() {
        String name = names[trace[next]];
        next = (next + 1) & (TRACE - 1);
        lookups++;
        return lookup(name);
    }

    private long lookup(String name) {
        ImageCacheFile f = kit.thumbnail(name, "4x4");
        return f.url().length() + f.width() + f.height();
    }
}
