package io.github.jimagekit.spec;

import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.Imaging;
import java.util.Objects;

/**
 * What a {@link GeneratorFactory} gets besides its arguments.
 *
 * @param generatorId    the id the generator was asked for, for messages
 * @param imaging        the application's imaging engine
 * @param defaultOptions the encode options of specs that set none (from
 *     {@code imagekit.default.jpeg.quality} and friends)
 */
public record GeneratorContext(String generatorId, Imaging imaging,
        EncodeOptions defaultOptions) {

    /**
     * Checks the values.
     *
     * @param generatorId    the id
     * @param imaging        the engine
     * @param defaultOptions the default encode options
     */
    public GeneratorContext {
        Objects.requireNonNull(generatorId, "generatorId");
        Objects.requireNonNull(imaging, "imaging");
        Objects.requireNonNull(defaultOptions, "defaultOptions");
    }
}
