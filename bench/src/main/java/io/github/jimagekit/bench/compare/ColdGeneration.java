package io.github.jimagekit.bench.compare;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cold generation as the peer measures it: the 200x200 fill (JPEG, quality 85) of every corpus
 * JPEG into an empty storage, through the engine a page uses ({@code kit.thumbnail(name,
 * "200x200")}, then the tag's {@code url()}, {@code width()} and {@code height()}). Each pass
 * gets a new kit and an empty storage; the first five passes warm the JIT (a server generates
 * in a warm JVM) and are not counted.
 * Prints images per second of wall time (median, min, max over the passes) and images per
 * CPU-second (the CPU time of the generating threads, which other processes on a shared
 * machine disturb far less).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.ColdGeneration DECODING THREADS [PASSES]}, with DECODING
 * {@code dct}, {@code subsampled} or {@code full}.
 */
public final class ColdGeneration {

    private static final int WARMUP = 5;

    private ColdGeneration() {
    }

    /**
     * Runs the measurement and prints one result line.
     *
     * @param args the decoding, the number of threads, optionally the measured passes (5)
     * @throws Exception when a generation fails
     */
    public static void main(String[] args) throws Exception {
        CorpusKit.Decoding decoding = CorpusKit.Decoding.parse(args[0]);
        int threads = Integer.parseInt(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> jpegs = CorpusKit.names(CorpusKit.CORPUS, ".jpg", ".jpeg");
        double[] wall = new double[passes];
        double[] cpu = new double[passes];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int pass = -WARMUP; pass < passes; pass++) {
                double[] r = pass(pool, decoding, jpegs);
                if (pass >= 0) {
                    wall[pass] = jpegs.size() / r[0];
                    cpu[pass] = jpegs.size() / r[1];
                }
            }
        } finally {
            pool.shutdown();
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("cold decoding=%s threads=%d images=%d img/s=%.1f min=%.1f max=%.1f"
                        + " img/cpu-s=%.1f%n", decoding.label(), threads, jpegs.size(),
                wall[passes / 2], wall[0], wall[passes - 1], cpu[passes / 2]);
    }

    /** One pass; returns {wall seconds, CPU seconds}. */
    private static double[] pass(ExecutorService pool, CorpusKit.Decoding decoding,
            List<String> jpegs) throws Exception {
        Path storage = Files.createTempDirectory("cold");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpu = new AtomicLong();
        try (ImageKit kit = CorpusKit.kit(CorpusKit.CORPUS, storage, decoding)) {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String name : jpegs) {
                done.add(pool.submit(() -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    ImageCacheFile file = kit.thumbnail(name, CorpusKit.GEOMETRY);
                    String url = file.url();
                    if (file.width() != 200 || file.height() != 200 || url.isEmpty()) {
                        throw new IllegalStateException(name + ": " + file.size());
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            long files = kit.storageStatistics().count(
                    io.github.jimagekit.storage.StorageStatistics.Operation.SAVE);
            if (files != jpegs.size()) {
                throw new IllegalStateException(files + " files saved for " + jpegs.size());
            }
            return new double[] {(System.nanoTime() - t0) / 1e9, cpu.get() / 1e9};
        } finally {
            CorpusKit.delete(storage);
        }
    }
}
