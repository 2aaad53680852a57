package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.processor.Size;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.nio.file.Path;

/**
 * Decodes the largest corpus photo (by pixels, or the one named) for a 200x200 fill with one
 * variant, repeatedly, and prints the bytes allocated per decode; run under a small
 * {@code -Xmx} (bench/jpeg/min-heap.sh) to find the smallest heap that decodes it.
 *
 * <p>Usage: {@code java -Xmx16m -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.jpeg.HeapProbe VARIANT [PHOTO]}
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the variant, then optionally a photo's file name
     * @throws IOException when decoding fails
     */
    public static void main(String[] args) throws IOException {
        Decode decode = Decode.valueOf(args[0]);
        Path file = args.length > 1 ? Photo.CORPUS.resolve(args[1]) : largest();
        Photo photo = Photo.loadFile(file, new Size(200, 200));
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocated = 0;
        int runs = 5;
        Decode.Scaled out = null;
        for (int i = 0; i < runs; i++) {
            long before = threads.getThreadAllocatedBytes(id);
            out = decode.decode(photo);
            allocated = threads.getThreadAllocatedBytes(id) - before;
        }
        System.out.printf("%s %s %dx%d -> %dx%d: %.1f MiB allocated per decode%n", decode,
                photo.name(), photo.header().width(), photo.header().height(),
                out.image().getWidth(), out.image().getHeight(), allocated / 1048576.0);
    }

    /** Finds the corpus photo with the most pixels, holding one file at a time. */
    private static Path largest() {
        return Photo.files(Photo.CORPUS).stream()
                .max(Comparator.comparingLong(f -> Photo.loadFile(f, new Size(1, 1)).header()
                        .pixels())).orElseThrow();
    }
}
