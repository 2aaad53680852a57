package io.github.jimagekit.bench.codec;

import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.processor.ResizeToFill;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders one JPEG to 200x200 and reports the heap it took, for finding the smallest
 * {@code -Xmx} that works (exit status 0) and for the JVM's own peak-usage counters.
 *
 * <pre>
 * java -Xmx16m -cp bench/target/benchmarks.jar io.github.jimagekit.bench.codec.RenderOnce \
 *     /work/shared/peer-bench/images/sunset_by_Aitzol_Berasategi.jpg true
 * </pre>
 */
public final class RenderOnce {

    private RenderOnce() {
    }

    /**
     * Runs one render after one warm-up render.
     *
     * @param args the JPEG's path, then {@code true} or {@code false} for subsampled decode
     * @throws Exception when the source cannot be read or rendering fails
     */
    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        boolean subsampled = Boolean.parseBoolean(args[1]);
        ImageData data = new ImageData(path.getFileName().toString(), Files.readAllBytes(path));
        Imaging imaging = Imaging.builder().subsampledDecode(subsampled).build();
        ResizeToFill fill = new ResizeToFill(200, 200);
        imaging.render(data, fill, ImageFormat.JPEG, EncodeOptions.DEFAULT, true);
        System.gc();
        long before = heapUsed();
        resetPeaks();
        EncodedImage out = imaging.render(data, fill, ImageFormat.JPEG, EncodeOptions.DEFAULT,
                true);
        long peak = heapPeak();
        System.out.printf("%s subsampled=%s -> %s; heap before %.1f MiB, peak %.1f MiB"
                + " (sum of pool peaks), max %.0f MiB%n", path.getFileName(), subsampled, out,
                before / 1048576.0, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
