package io.github.jimagekit.bench.batch;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.batch.BatchSummary;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.CountingGenerator;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Runs batch generation over N synthetic sources and reports the heap that stays live (the
 * largest heap use measured right after a garbage collection) and the peak: flat when the
 * first does not grow with N. The sources are made on demand, the generator makes a 1x1 PNG
 * ({@link CountingGenerator}) and the cache storage drops what it is given, so what is measured
 * is the batch and the kit, not images or files. The state cache is Ehcache with 10,000 heap entries
 * (the production kind, bounded), or none.
 *
 * <pre>
 * java -Xmx32m -cp bench/target/benchmarks.jar io.github.jimagekit.bench.batch.FlatMemory \
 *     100000 2 ehcache
 * </pre>
 */
public final class FlatMemory {

    private FlatMemory() {
    }

    /** A storage that keeps nothing: every file is missing, every save is dropped. */
    static final class Discarding implements Storage {
        final AtomicLong saved = new AtomicLong();

        @Override
        public boolean exists(String name) {
            return false;
        }

        @Override
        public Optional<FileInfo> stat(String name) {
            return Optional.empty();
        }

        @Override
        public InputStream open(String name) throws NoSuchFileException {
            throw new NoSuchFileException(name);
        }

        @Override
        public void save(String name, InputStream content) throws java.io.IOException {
            content.transferTo(java.io.OutputStream.nullOutputStream());
            saved.incrementAndGet();
        }

        @Override
        public boolean delete(String name) {
            return false;
        }

        @Override
        public Stream<String> list(String directory) {
            return Stream.empty();
        }

        @Override
        public String url(String name) {
            return "/media/" + name;
        }
    }

    /**
     * Runs one batch.
     *
     * @param args the number of sources, the number of threads, the state cache
     *     ({@code ehcache} or {@code none})
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int n = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        String stateCache = args[2];
        Discarding storage = new Discarding();
        CountingGenerator tiny = CountingGenerator.of("tiny", null, new Size(1, 1));
        try (ImageKit kit = ImageKit.builder()
                .config(ImageKitConfig.builder().set("imagekit.cache.heap-entries", "10000")
                        .set("imagekit.cache.backend", stateCache).build())
                .storage(storage).discover(false)
                .library(r -> r.generator("bench:tiny", (ctx, a) -> tiny.forSource(a.source()))
                        .sourceGroup("bench:tiny", synthetic(n)))
                .build()) {
            System.gc();
            long baseline = liveHeap();
            resetPeaks();
            Sampler sampler = new Sampler();
            sampler.start();
            BatchSummary s = kit.batch().threads(threads).build().run();
            sampler.interrupt();
            sampler.join();
            System.out.printf("%,d sources, %d threads, state cache %s: %s; saved %,d; live"
                    + " heap before %.1f MiB, largest live heap after a GC during the run %.1f"
                    + " MiB, peak heap %.1f MiB, -Xmx %.0f MiB%n", n, threads, stateCache,
                    s.describe(), storage.saved.get(), mib(baseline), mib(sampler.maxLive),
                    mib(peak()), mib(Runtime.getRuntime().maxMemory()));
        }
    }

    /** N versioned sources, made as they are read. */
    private static SourceGroup synthetic(int n) {
        return new SourceGroup() {
            @Override
            public Stream<Source> files(Storage storage) {
                return IntStream.range(0, n).mapToObj(i -> Source.of(storage, "photos/"
                        + (i / 1000) + "/" + i + ".jpg").withVersion("v1"));
            }

            @Override
            public boolean contains(Source source) {
                return true;
            }
        };
    }

    /** Polls the heap pools' use after their last collection. */
    private static final class Sampler extends Thread {
        volatile long maxLive;

        Sampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                maxLive = Math.max(maxLive, liveHeap());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static long liveHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = p.getType() == MemoryType.HEAP ? p.getCollectionUsage() : null;
            sum += u != null ? u.getUsed() : 0;
        }
        return sum;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
