package io.github.jimagekit.bench.quality;

import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.Transpose;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the resize step of a cold thumbnail, after decoding: a 200x200 fill from a
 * decoded photo ({@code TYPE_3BYTE_BGR}, as ImageIO decodes JPEGs) made by our resampler and
 * by Thumbnailator's default, from a full 12 MP decode and from a shrunk-on-load one; and the
 * EXIF quarter turn the engine applies to a full decode.
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ResizeBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResizeBenchmark {

    /** The decoded size: a full 12 MP photo, or twice the cover size of 200x200. */
    @Param({"4272x2848", "600x400"})
    public String source;

    private BufferedImage image;
    private final Processor fill = new ResizeToFill(200, 200);
    private final Processor turn = Transpose.rotate270();

    /**
     * Makes a photo-like image: smooth gradients with noise, so no resampler gets an easy
     * case.
     *
     * @throws IOException never
     */
    @Setup
    public void setUp() throws IOException {
        String[] wh = source.split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(42);
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                data[i++] = (byte) (x * 255 / w + random.nextInt(32));
                data[i++] = (byte) (y * 255 / h + random.nextInt(32));
                data[i++] = (byte) ((x + y) * 127 / (w + h) + random.nextInt(64));
            }
        }
    }

    /**
     * Our {@code ResizeToFill(200, 200)}: one Lanczos3 pass from the crop box.
     *
     * @return the thumbnail
     */
    @Benchmark
    public BufferedImage jimagekitFill() {
        return fill.process(image);
    }

    /**
     * Thumbnailator's {@code size(200, 200).crop(CENTER)}: progressive bilinear halving.
     *
     * @return the thumbnail
     * @throws IOException never
     */
    @Benchmark
    public BufferedImage thumbnailatorFill() throws IOException {
        return Thumbnails.of(image).size(200, 200).crop(Positions.CENTER).asBufferedImage();
    }

    /**
     * A quarter turn (EXIF orientation 6) of the whole decoded image.
     *
     * @return the turned image
     */
    @Benchmark
    public BufferedImage orient() {
        return turn.process(image);
    }
}
