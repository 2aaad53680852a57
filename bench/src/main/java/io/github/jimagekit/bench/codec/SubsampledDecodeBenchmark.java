package io.github.jimagekit.bench.codec;

import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.processor.ResizeToFill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Renders one large JPEG to a 200x200 cover-and-crop JPEG (quality 85) through the whole
 * engine, with subsampled decode on and off. Run with {@code -prof gc} for the bytes allocated
 * per render.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar SubsampledDecodeBenchmark -prof gc \
 *     -p source=/work/shared/peer-bench/images/sunset_by_Aitzol_Berasategi.jpg
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class SubsampledDecodeBenchmark {

    /** The JPEG to render: by default the corpus's largest, 4272x2848 progressive. */
    @Param("/work/shared/peer-bench/images/sunset_by_Aitzol_Berasategi.jpg")
    public String source;

    /** Whether {@code imagekit.image.subsampled-decode} is on. */
    @Param({"true", "false"})
    public boolean subsampled;

    private ImageData data;
    private Imaging imaging;
    private final ResizeToFill fill = new ResizeToFill(200, 200);

    /**
     * Reads the source and builds the engine.
     *
     * @throws IOException when the source cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        Path path = Path.of(source);
        data = new ImageData(path.getFileName().toString(), Files.readAllBytes(path));
        imaging = Imaging.builder().subsampledDecode(subsampled).build();
    }

    /**
     * Renders the thumbnail.
     *
     * @return the encoded thumbnail
     */
    @Benchmark
    public EncodedImage render() {
        return imaging.render(data, fill, ImageFormat.JPEG, EncodeOptions.DEFAULT, true);
    }
}
