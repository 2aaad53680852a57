package io.github.jimagekit.servlet;

import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.ResizeToFit;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.spi.GeneratorLibrary;
import io.github.jimagekit.testing.Explode;
import java.util.List;

/**
 * The test web application's generators, found through
 * {@code META-INF/services/io.github.jimagekit.spi.GeneratorLibrary} on the class path, as an
 * application's would be.
 */
public final class TestSpecs implements GeneratorLibrary {

    /** A 60x60 JPEG crop. */
    public static final String AVATAR = "tests:avatar";
    /** Fits into {@code width} x 1000, a PNG: takes a {@code width} argument. */
    public static final String BANNER = "tests:banner";
    /** Fails every generation. */
    public static final String BROKEN = "tests:broken";

    @Override
    public void register(Registry registry) {
        registry.generator(AVATAR, SpecDefinition.builder().processors(new ResizeToFill(60, 60))
                .format(ImageFormat.JPEG).build());
        registry.generator(BANNER, SpecDefinition.builder()
                .processors((source, args) -> List.of(new ResizeToFit(
                        args.integer("width").orElse(100), 1000)), "width")
                .format(ImageFormat.PNG).build());
        registry.generator(BROKEN, SpecDefinition.builder()
                .processors(new Explode("/secret/path/processor")).build());
    }
}
