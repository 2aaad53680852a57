package io.github.jimagekit;

import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.spi.GeneratorLibrary;

/** A generator library found through META-INF/services in the test class path. */
public final class DiscoveredLibrary implements GeneratorLibrary {

    @Override
    public void register(Registry registry) {
        registry.generator("tests:discovered", SpecDefinition.builder().version("d").build());
    }
}
