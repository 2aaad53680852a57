package io.github.jimagekit.spec;

import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.source.Source;
import java.util.List;

/**
 * Computes a spec's processors from its source and arguments: django-imagekit's dynamic
 * {@code processors} property. Whatever it uses must show in the processors' own cache keys
 * (it does, when the processors carry the computed parameters).
 */
@FunctionalInterface
public interface ProcessorFactory {

    /**
     * Computes the processors.
     *
     * @param source    the spec's source
     * @param arguments the arguments the generator was asked for with
     * @return the processors, in order
     */
    List<Processor> processors(Source source, GeneratorArguments arguments);
}
