package io.github.jimagekit.registry;

import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.spec.GeneratorArguments;
import io.github.jimagekit.spec.GeneratorContext;
import io.github.jimagekit.spec.ImageGenerator;
import java.util.Objects;

/**
 * Makes the generator a registered id names: the id's factory, given the application's imaging
 * engine and default encode options. What batch generation and the source events ask of the
 * application's kit ({@code ImageKit.generator}).
 */
@FunctionalInterface
public interface GeneratorLookup {

    /**
     * Makes a registered generator.
     *
     * @param generatorId a registered id
     * @param arguments   its arguments, with {@code source} resolved to a
     *     {@link io.github.jimagekit.source.Source}
     * @return the generator
     * @throws io.github.jimagekit.error.NotRegisteredException listing the registered ids when
     *     the id is unknown
     */
    ImageGenerator generator(String generatorId, GeneratorArguments arguments);

    /**
     * Makes the generators of a registry with one imaging engine and default options.
     *
     * @param generators     the registered factories
     * @param imaging        the engine the generators render with
     * @param defaultOptions the encode options of specs that set none
     * @return the lookup
     */
    static GeneratorLookup of(GeneratorRegistry generators, Imaging imaging,
            EncodeOptions defaultOptions) {
        Objects.requireNonNull(generators, "generators");
        Objects.requireNonNull(imaging, "imaging");
        Objects.requireNonNull(defaultOptions, "defaultOptions");
        return (id, arguments) -> generators.factory(id).create(
                new GeneratorContext(id, imaging, defaultOptions), arguments);
    }
}
