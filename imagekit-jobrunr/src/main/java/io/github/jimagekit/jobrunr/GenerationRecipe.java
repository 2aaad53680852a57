package io.github.jimagekit.jobrunr;

import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.GeneratorArguments;
import io.github.jimagekit.spec.GeneratorCall;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * What a generation job carries, stored as JSON in JobRunr's database: the generator id, the
 * arguments as plain values (the source as its name; text, whole numbers, decimals and
 * booleans otherwise) and the cache file's name, which the worker checks against the file its
 * own kit makes from the same call. Never a lambda or a live object: any node's worker can run
 * it.
 *
 * @param generatorId the registered generator id
 * @param cacheFile   the cache file's storage name
 * @param arguments   the generator's arguments, plain values only
 * @param force       whether to generate even when the file exists
 */
public record GenerationRecipe(String generatorId, String cacheFile, Map<String, Object> arguments,
        boolean force) implements JobRequest {

    /**
     * Checks the values.
     *
     * @param generatorId the registered generator id
     * @param cacheFile   the cache file's storage name
     * @param arguments   the generator's arguments, plain values only
     * @param force       whether to generate even when the file exists
     * @throws IllegalArgumentException naming the argument when a value is not plain
     */
    public GenerationRecipe {
        Objects.requireNonNull(generatorId, "generatorId");
        Objects.requireNonNull(cacheFile, "cacheFile");
        Map<String, Object> copy = new LinkedHashMap<>();
        arguments.forEach((k, v) -> copy.put(k, plain(generatorId, cacheFile, k, v)));
        arguments = Collections.unmodifiableMap(copy);
    }

    /**
     * Makes the recipe of a cache file made from a registered id.
     *
     * @param file  the cache file
     * @param force whether to generate even when the file exists
     * @return the recipe
     * @throws IllegalArgumentException naming the file when it was made from a generator object
     *     (no id to send) or an argument is not a plain value
     */
    public static GenerationRecipe of(ImageCacheFile file, boolean force) {
        GeneratorCall call = file.call().orElseThrow(() -> new IllegalArgumentException(
                "cannot enqueue cache file \"" + file.name() + "\": it was made from a generator"
                        + " object, not a registered id (use ImageKit.cacheFile(id, arguments))"));
        Map<String, Object> args = new LinkedHashMap<>(call.arguments().asMap());
        args.computeIfPresent(GeneratorArguments.SOURCE,
                (k, v) -> v instanceof Source s ? s.name() : v);
        return new GenerationRecipe(call.generatorId(), file.name(), args, force);
    }

    /**
     * Returns the handler JobRunr runs this request with.
     *
     * @return {@link GenerationHandler}
     */
    @Override
    public Class<GenerationHandler> getJobRequestHandler() {
        return GenerationHandler.class;
    }

    /** A value JSON keeps as it is; anything else is refused, naming it. */
    private static Object plain(String generatorId, String file, String name, Object v) {
        Objects.requireNonNull(name, "argument name");
        if (v instanceof String || v instanceof Boolean || v instanceof Integer
                || v instanceof Long || v instanceof Double || v instanceof BigDecimal
                || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Float f) {
            return Double.valueOf(f.toString());
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return v.toString();
        }
        throw new IllegalArgumentException("cannot enqueue cache file \"" + file + "\": argument"
                + " \"" + name + "\" of generator \"" + generatorId + "\" is a "
                + (v == null ? "null" : v.getClass().getName()) + "; a job carries only text,"
                + " numbers and booleans (pass it as text)");
    }
}
