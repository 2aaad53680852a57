package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.codec.JpegDctDecoder;
import io.github.jimagekit.processor.Size;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Times, per corpus photo, the DCT-scaling decoder forced to each scale against ImageIO's
 * full-size decode (which is also what ImageIO's 2x source subsampling costs), to decide at
 * which scales the decoder should decline. Prints Markdown; median of 5 runs after a warm-up.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.jpeg.ScaleComparison}
 */
public final class ScaleComparison {

    private static final int RUNS = 5;

    private ScaleComparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param args unused
     * @throws IOException when decoding fails
     */
    public static void main(String[] args) throws IOException {
        JpegDctDecoder decoder = new JpegDctDecoder(1.0, 1, 1);
        List<Photo> photos = Photo.load(Photo.CORPUS, new Size(200, 200));
        System.out.println("| photo | DCT 1/8 ms | DCT 1/4 | DCT 1/2 | DCT 1/1 | ImageIO full"
                + " | ImageIO 1/2 subsampled |");
        System.out.println("|---|---|---|---|---|---|---|");
        double[] sums = new double[6];
        for (int pass = 0; pass < 2; pass++) {
            for (Photo p : photos) {
                double[] t = new double[6];
                for (int i = 0; i < 4; i++) {
                    int r = 8 >> i;
                    Size at = new Size((p.header().width() + r - 1) / r,
                            (p.header().height() + r - 1) / r);
                    t[i] = median(() -> decoder.decode(p.data(), p.header(), at).orElseThrow());
                }
                t[4] = median(() -> Decode.IMAGEIO_FULL.decode(p));
                t[5] = median(() -> Decode.imageIo(p, 2));
                if (pass == 1) {
                    StringBuilder row = new StringBuilder("| " + p.name() + " |");
                    for (int i = 0; i < 6; i++) {
                        row.append(String.format(" %.1f |", t[i]));
                        sums[i] += t[i];
                    }
                    System.out.println(row);
                }
            }
        }
        StringBuilder row = new StringBuilder("| **mean** |");
        for (double s : sums) {
            row.append(String.format(" %.1f |", s / photos.size()));
        }
        System.out.println(row);
    }

    /** Something to time. */
    private interface Work {
        Object run() throws IOException;
    }

    private static double median(Work work) throws IOException {
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t[RUNS / 2] / 1e6;
    }
}
