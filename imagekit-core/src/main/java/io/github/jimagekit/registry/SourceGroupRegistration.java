package io.github.jimagekit.registry;

import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.GeneratorArguments;
import io.github.jimagekit.spec.SourceGroup;
import java.util.Objects;

/**
 * One generator registered on a source group, with the fixed arguments every source of the
 * group is generated with: "thumbnail 200x200, anchor c, over the gallery photos".
 *
 * @param generatorId the generator's id
 * @param group       the sources it applies to
 * @param arguments   the generator's arguments besides {@code source}; empty for a spec that
 *     takes none
 */
public record SourceGroupRegistration(String generatorId, SourceGroup group,
        GeneratorArguments arguments) {

    /**
     * Checks the values.
     *
     * @param generatorId a well-formed generator id
     * @param group       the group
     * @param arguments   arguments without {@code source}
     * @throws IllegalArgumentException when the id is malformed or the arguments name a source
     */
    public SourceGroupRegistration {
        GeneratorRegistry.checkId(generatorId);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(arguments, "arguments");
        if (arguments.names().contains(GeneratorArguments.SOURCE)) {
            throw new IllegalArgumentException("the arguments of a source group registration"
                    + " must not name a source (the group gives it): " + arguments);
        }
    }

    /**
     * Returns the arguments for one source of the group.
     *
     * @param source the source
     * @return the fixed arguments plus {@code source}
     */
    public GeneratorArguments argumentsFor(Source source) {
        return arguments.with(GeneratorArguments.SOURCE, Objects.requireNonNull(source,
                "source"));
    }

    @Override
    public String toString() {
        return generatorId + (arguments.names().isEmpty() ? "" : " " + arguments) + " over "
                + group;
    }
}
