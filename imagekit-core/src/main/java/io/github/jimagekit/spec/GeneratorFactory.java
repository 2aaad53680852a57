package io.github.jimagekit.spec;

/**
 * Makes a generator from arguments: what a generator id is registered with. A
 * {@link SpecDefinition} is one; a lambda is another.
 */
@FunctionalInterface
public interface GeneratorFactory {

    /**
     * Makes a generator.
     *
     * @param context   the generator id and the imaging engine
     * @param arguments the arguments, with {@code source} already resolved to a
     *     {@link io.github.jimagekit.source.Source}
     * @return the generator
     * @throws io.github.jimagekit.error.ImageKitException or {@link IllegalArgumentException} naming
     *     the argument when an argument is missing or bad
     */
    ImageGenerator create(GeneratorContext context, GeneratorArguments arguments);
}
