package io.github.jimagekit.spi;

import io.github.jimagekit.registry.Registry;

/**
 * An application's (or a library's) generators, registered at start-up: the Java counterpart
 * of django-imagekit's {@code imagegenerators.py} modules found by {@code autodiscover()}.
 *
 * <p>List implementations in
 * {@code META-INF/services/io.github.jimagekit.spi.GeneratorLibrary}; every {@code ImageKit}
 * finds them with {@link java.util.ServiceLoader} on its class loader.
 *
 * <pre>{@code
 * public final class MyImages implements GeneratorLibrary {
 *     public void register(Registry registry) {
 *         registry.generator("myapp:profile:avatar", SpecDefinition.builder()
 *                 .processors(new ResizeToFill(100, 100)).quality(60).build());
 *     }
 * }
 * }</pre>
 */
public interface GeneratorLibrary {

    /**
     * Registers this library's generators.
     *
     * @param registry the application's registry
     */
    void register(Registry registry);
}
