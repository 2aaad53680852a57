package io.github.jimagekit.testing;

import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.ImageGenerator;
import java.awt.Color;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A generator that makes a real PNG of a fixed size and colour, counts its generations and
 * predictions, and can be told to fail or to wait at a gate: the caching layer's test double.
 * Generations are counted across copies made with {@link #withGate} and {@link #failing}.
 */
public final class CountingGenerator implements ImageGenerator {

    private final String id;
    private final Source source;
    private final Size size;
    private final boolean predictable;
    private final AtomicInteger generations;
    private final AtomicInteger predictions;
    private final String failure;
    private final CountDownLatch gate;
    private final byte[] png;

    private CountingGenerator(String id, Source source, Size size, boolean predictable,
            AtomicInteger generations, AtomicInteger predictions, String failure,
            CountDownLatch gate, byte[] png) {
        this.id = id;
        this.source = source;
        this.size = size;
        this.predictable = predictable;
        this.generations = generations;
        this.predictions = predictions;
        this.failure = failure;
        this.gate = gate;
        this.png = png;
    }

    /**
     * Creates a generator.
     *
     * @param id     distinguishes generators (goes into the cache key)
     * @param source the source it claims, for namers, or {@code null}
     * @param size   the size of the PNG it makes
     * @return the generator; its size is predictable
     */
    public static CountingGenerator of(String id, Source source, Size size) {
        return new CountingGenerator(id, source, size, true, new AtomicInteger(),
                new AtomicInteger(), null, null, TestImages.encode(TestImages.solid(size.width(),
                        size.height(), Color.ORANGE), "png"));
    }

    /**
     * Returns a copy whose size cannot be predicted before generating.
     *
     * @return the copy, sharing the counters
     */
    public CountingGenerator unpredictable() {
        return new CountingGenerator(id, source, size, false, generations, predictions, failure,
                gate, png);
    }

    /**
     * Returns a copy that fails every generation with a {@link BadImageException}.
     *
     * @param message the failure's message
     * @return the copy, sharing the counters
     */
    public CountingGenerator failing(String message) {
        return new CountingGenerator(id, source, size, predictable, generations, predictions,
                message, gate, png);
    }

    /**
     * Returns a copy whose generations wait until a latch opens (at most 10 s).
     *
     * @param latch the gate
     * @return the copy, sharing the counters
     */
    public CountingGenerator withGate(CountDownLatch latch) {
        return new CountingGenerator(id, source, size, predictable, generations, predictions,
                failure, latch, png);
    }

    /**
     * Returns a copy that claims another source: one generator per source of a group, counted
     * together.
     *
     * @param other the source
     * @return the copy, sharing the counters
     */
    public CountingGenerator forSource(Source other) {
        return new CountingGenerator(id, other, size, predictable, generations, predictions,
                failure, gate, png);
    }

    /**
     * Returns how many times an image was generated (or a generation failed).
     *
     * @return the count, over this generator and its copies
     */
    public int generations() {
        return generations.get();
    }

    /**
     * Returns how many times the size was predicted.
     *
     * @return the count, over this generator and its copies
     */
    public int predictions() {
        return predictions.get();
    }

    @Override
    public EncodedImage generate() {
        generations.incrementAndGet();
        if (gate != null) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw new BadImageException(failure);
        }
        return new EncodedImage(png, ImageFormat.PNG, size.width(), size.height());
    }

    @Override
    public String cacheKey() {
        return CacheKey.of("Counting").add("id", id).add("width", size.width())
                .add("height", size.height()).toString();
    }

    @Override
    public ImageFormat format() {
        return ImageFormat.PNG;
    }

    @Override
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    @Override
    public Optional<Size> predictSize() {
        predictions.incrementAndGet();
        return predictable ? Optional.of(size) : Optional.empty();
    }
}
