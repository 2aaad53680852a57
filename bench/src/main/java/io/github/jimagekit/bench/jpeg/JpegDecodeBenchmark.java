package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.processor.Size;
import java.io.IOException;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decodes the corpus JPEGs for a 200x200 fill, one photo per operation in turn, so the score is
 * photos per second over the whole corpus (per thread; run with {@code -t 2} for two threads).
 * {@code decode} measures decoding alone; {@code thumbnail} adds what cold generation does
 * after it (the engine's {@code ResizeToFill}, JPEG quality 85).
 *
 * <p>{@code java -jar bench/target/benchmarks.jar JpegDecodeBenchmark -p variant=DCT,IMAGEIO_FULL}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class JpegDecodeBenchmark {

    /** The photos, loaded once and shared by the threads. */
    @State(Scope.Benchmark)
    public static class Corpus {

        /** How photos are decoded. */
        @Param({"DCT", "IMAGEIO_SUBSAMPLED", "IMAGEIO_FULL"})
        public String variant;

        List<Photo> photos;
        Decode decode;

        /** Loads the corpus. */
        @Setup(Level.Trial)
        public void load() {
            photos = Photo.load(Photo.CORPUS, new Size(200, 200));
            decode = Decode.valueOf(variant);
        }
    }

    /** Each thread's position in the corpus. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        Photo next(Corpus corpus) {
            Photo p = corpus.photos.get(next);
            next = (next + 1) % corpus.photos.size();
            return p;
        }
    }

    /**
     * Decodes the next photo.
     *
     * @param corpus the photos
     * @param cursor this thread's position
     * @return the pixels
     * @throws IOException when decoding fails
     */
    @Benchmark
    public Decode.Scaled decode(Corpus corpus, Cursor cursor) throws IOException {
        return corpus.decode.decode(cursor.next(corpus));
    }

    /**
     * Makes the next photo's thumbnail: decode, {@code ResizeToFill}, JPEG quality 85.
     *
     * @param corpus the photos
     * @param cursor this thread's position
     * @return the thumbnail file
     * @throws IOException when decoding or encoding fails
     */
    @Benchmark
    public byte[] thumbnail(Corpus corpus, Cursor cursor) throws IOException {
        Photo p = cursor.next(corpus);
        return Thumbnails.jpeg(Thumbnails.fill(p, corpus.decode.decode(p)));
    }
}
