package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.processor.Size;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the CPU time (this thread's, not wall time) per corpus photo of each decode
 * variant, decoding alone and making the 200x200 thumbnail, as images per CPU-second: a
 * figure that other processes on a shared machine disturb far less than throughput. Three
 * warm-up passes, then the median of five measured passes.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.jpeg.CpuTimeReport [VARIANT...]}
 */
public final class CpuTimeReport {

    private static final int WARMUP = 3;
    private static final int PASSES = 5;

    private CpuTimeReport() {
    }

    /**
     * Runs the report.
     *
     * @param args the variants to measure (default DCT, IMAGEIO_SUBSAMPLED, IMAGEIO_FULL)
     * @throws IOException when decoding fails
     */
    public static void main(String[] args) throws IOException {
        List<Decode> variants = new ArrayList<>();
        for (String a : args) {
            variants.add(Decode.valueOf(a));
        }
        if (variants.isEmpty()) {
            variants.addAll(List.of(Decode.DCT, Decode.IMAGEIO_SUBSAMPLED, Decode.IMAGEIO_FULL));
        }
        List<Photo> photos = Photo.load(Photo.CORPUS, new Size(200, 200));
        System.out.println("| variant | decode img/CPU-s | thumbnail img/CPU-s |");
        System.out.println("|---|---|---|");
        for (Decode d : variants) {
            double[] decode = new double[PASSES];
            double[] thumb = new double[PASSES];
            for (int pass = -WARMUP; pass < PASSES; pass++) {
                double[] r = pass(d, photos);
                if (pass >= 0) {
                    decode[pass] = photos.size() / r[0];
                    thumb[pass] = photos.size() / r[1];
                }
            }
            Arrays.sort(decode);
            Arrays.sort(thumb);
            System.out.printf("| %s | %.1f | %.1f |%n", d, decode[PASSES / 2],
                    thumb[PASSES / 2]);
        }
    }

    /** One pass over the corpus; returns CPU seconds of {decoding, decoding + thumbnail}. */
    private static double[] pass(Decode d, List<Photo> photos) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long decode = 0;
        long thumb = 0;
        for (Photo p : photos) {
            long t0 = threads.getCurrentThreadCpuTime();
            Decode.Scaled scaled = d.decode(p);
            long t1 = threads.getCurrentThreadCpuTime();
            Thumbnails.jpeg(Thumbnails.fill(p, scaled));
            long t2 = threads.getCurrentThreadCpuTime();
            decode += t1 - t0;
            thumb += t2 - t0;
        }
        return new double[] {decode / 1e9, thumb / 1e9};
    }
}
