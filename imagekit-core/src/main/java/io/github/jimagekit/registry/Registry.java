package io.github.jimagekit.registry;

import io.github.jimagekit.spec.GeneratorFactory;
import java.util.Objects;

/**
 * Everything an application registers: generators (and, with source groups, the sources they
 * apply to). This is django-imagekit's {@code register} object; a
 * {@link io.github.jimagekit.spi.GeneratorLibrary} receives one at start-up.
 */
public final class Registry {

    private final GeneratorRegistry generators = new GeneratorRegistry();

    /**
     * Registers a generator factory (usually a
     * {@link io.github.jimagekit.spec.SpecDefinition}) under an id.
     *
     * @param id      the generator id, such as {@code "myapp:profile:avatar"}
     * @param factory makes the generator
     * @return this registry
     * @throws io.github.jimagekit.AlreadyRegisteredException when another factory has the id
     */
    public Registry generator(String id, GeneratorFactory factory) {
        generators.register(id, Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /**
     * Returns the generator registry.
     *
     * @return generator ids to factories
     */
    public GeneratorRegistry generators() {
        return generators;
    }
}
