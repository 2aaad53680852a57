package io.github.jimagekit.spec;

import java.util.Objects;

/**
 * How a cache file's generator was asked for: the registered id and the arguments, with
 * {@code source} resolved. What a job engine needs to make the same file again on another
 * node ({@code ImageKit.cacheFile(generatorId, arguments)}).
 *
 * @param generatorId the registered generator id
 * @param arguments   the arguments the generator was made with
 */
public record GeneratorCall(String generatorId, GeneratorArguments arguments) {

    /**
     * Checks the values.
     *
     * @param generatorId the registered generator id
     * @param arguments   the arguments the generator was made with
     */
    public GeneratorCall {
        Objects.requireNonNull(generatorId, "generatorId");
        Objects.requireNonNull(arguments, "arguments");
    }
}
