package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * One image transformation, such as a resize or a crop. A list of processors is itself a
 * processor: see {@link #pipeline(List)}.
 *
 * <p>Processors are immutable values. Their {@link #cacheKey()} describes every parameter that
 * affects the output; it goes into the hash that names cache files, so it must be stable
 * across JVM runs, machines and library patch releases.
 *
 * <p>Two optional methods let the library save work. {@link #outputSize(Size)} predicts the
 * output size from the input size, so that a page can state {@code width} and {@code height}
 * before the file exists. {@link #requiredInputSize(Size, Size)} tells the decoder how small
 * the input may be decoded (JPEG shrink-on-load) without changing the result beyond
 * resampling.
 */
public interface Processor {

    /**
     * Transforms an image. The input must not be modified; the result may be the input itself
     * when there is nothing to do.
     *
     * @param image the input image
     * @return the transformed image
     */
    BufferedImage process(BufferedImage image);

    /**
     * Describes this processor and every parameter that affects its output, canonically: the
     * same parameters always give the same string. Build it with {@link CacheKey}.
     *
     * @return a description such as {@code "ResizeToFill(width=200,height=200,anchor=c)"}
     */
    String cacheKey();

    /**
     * Predicts the output size for an input of a given size, without any pixels.
     *
     * @param input the size of the input image
     * @return the size of the output, or empty when it depends on the pixels (for example
     *     {@code TrimBorderColor})
     */
    default Optional<Size> outputSize(Size input) {
        return Optional.empty();
    }

    /**
     * Tells how small this processor's input may be and still give the required output, so that
     * the decoder can shrink on load. The default, for processors whose result depends on the
     * input's exact pixel size (a crop at fixed pixel offsets, say), is the full input.
     *
     * <p>A resize to 200x200 from 4000x3000 needs only a 267x200 input; a colour adjustment
     * needs an input as large as its required output; a 90° rotation needs the required output
     * transposed.
     *
     * @param input          the size the input would have at full resolution
     * @param requiredOutput how large the next processor needs this one's output to be; never
     *     larger than {@code outputSize(input)}
     * @return the smallest input size that still gives {@code requiredOutput}, with the aspect
     *     ratio of {@code input} and never larger than it
     */
    default Size requiredInputSize(Size input, Size requiredOutput) {
        return input;
    }

    /**
     * Chains processors: the output of each is the input of the next.
     *
     * @param processors the processors in order; may be empty (the identity)
     * @return a processor that applies them in order
     */
    static Processor pipeline(List<? extends Processor> processors) {
        return new ProcessorPipeline(processors);
    }

    /**
     * Chains processors: the output of each is the input of the next.
     *
     * @param processors the processors in order
     * @return a processor that applies them in order
     */
    static Processor pipeline(Processor... processors) {
        return new ProcessorPipeline(List.of(processors));
    }
}
