package io.github.jimagekit.cli;

import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.spi.GeneratorLibrary;

/** A generator library listed in this module's test class path, found without --webapp. */
public final class ClassPathLibrary implements GeneratorLibrary {

    @Override
    public void register(Registry registry) {
        registry.generator("cli:classpath", SpecDefinition.builder().version("c").build());
    }
}
