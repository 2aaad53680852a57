package io.github.jimagekit.bench.compare;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The smallest heap ({@code -Xmx}) under which the engine makes the 200x200 thumbnail of one
 * photo, found by bisection over child JVMs (each under a time limit: a JVM starved of heap
 * may thrash instead of failing), with the bytes the generation allocates. Shows that memory
 * is bounded by the decode size, not the photo's: with subsampling the heap needed hardly
 * grows with the megapixels.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.PeakHeap DECODING PHOTO}, with DECODING {@code dct},
 * {@code subsampled} or {@code full}; a directory for PHOTO takes its largest JPEG.
 */
public final class PeakHeap {

    private static final String PROBE = "--probe";
    private static final int MAX_MIB = 4096;

    private PeakHeap() {
    }

    /**
     * Bisects (or, with {@code --probe} first, generates once and prints the allocation).
     *
     * @param args the decoding and the photo, after {@code --probe} in a child
     * @throws Exception when the photo cannot be generated even with the largest heap
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals(PROBE)) {
            probe(CorpusKit.Decoding.parse(args[1]), Path.of(args[2]));
            return;
        }
        CorpusKit.Decoding decoding = CorpusKit.Decoding.parse(args[0]);
        Path photo = Path.of(args[1]).toAbsolutePath();
        if (Files.isDirectory(photo)) {
            photo = CorpusKit.largestJpeg(photo);
        }
        String allocated = run(decoding, photo, MAX_MIB);
        if (allocated == null) {
            throw new IllegalStateException(photo + " fails even with " + MAX_MIB + " MiB");
        }
        int lo = 1;
        int hi = MAX_MIB;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (run(decoding, photo, mid) != null) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        System.out.printf("heap decoding=%s image=%s %s min-xmx-mib=%d%n", decoding.label(),
                photo.getFileName(), allocated, hi);
    }

    /** Runs a child JVM under a heap limit; returns its report, or null when it failed. */
    private static String run(CorpusKit.Decoding decoding, Path photo, int mib)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx" + mib + "m",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), PeakHeap.class.getName(), PROBE,
                decoding.label(), photo.toString())).redirectErrorStream(true).start();
        String out;
        try (var in = child.getInputStream()) {
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
                return null;
            }
            out = new String(in.readAllBytes()).trim();
        }
        return child.exitValue() == 0 ? out : null;
    }

    /** Generates the thumbnail twice (the second to measure) and prints the allocation. */
    private static void probe(CorpusKit.Decoding decoding, Path photo) throws IOException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int i = 0; i < 2; i++) {
            Path storage = Files.createTempDirectory("peak-heap");
            try (ImageKit kit = CorpusKit.kit(photo.getParent(), storage, decoding)) {
                long before = threads.getCurrentThreadAllocatedBytes();
                ImageCacheFile file = kit.thumbnail(photo.getFileName().toString(),
                        CorpusKit.GEOMETRY);
                file.generate();
                allocated = threads.getCurrentThreadAllocatedBytes() - before;
                if (file.width() != 200) {
                    throw new IllegalStateException(file.size().toString());
                }
            } finally {
                CorpusKit.delete(storage);
            }
        }
        System.out.printf("allocated-mib=%.1f", allocated / 1048576.0);
    }
}
