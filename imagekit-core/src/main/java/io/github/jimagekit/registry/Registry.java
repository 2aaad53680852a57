package io.github.jimagekit.registry;

import io.github.jimagekit.spec.GeneratorFactory;
import io.github.jimagekit.spec.SourceGroup;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an application registers: generators, and the source groups they apply to. This
 * is django-imagekit's {@code register} object; a
 * {@link io.github.jimagekit.spi.GeneratorLibrary} receives one at start-up.
 *
 * <pre>{@code
 * SourceGroup photos = SourceGroup.glob("photos/**");
 * registry.generator("gallery:card", cardSpec)
 *         .sourceGroup("gallery:card", photos)
 *         // what <ik:thumbnail geometry="200x200" anchor="c" source="${p}"/> asks for
 *         .sourceGroup("imagekit:thumbnail", photos,
 *                 Map.of("width", 200, "height", 200, "anchor", "c"));
 * }</pre>
 */
public final class Registry {

    /**
     * The id of the generator behind the thumbnail tag ({@code SpecDefinition.thumbnail()}),
     * which every kit registers.
     */
    public static final String THUMBNAIL = "imagekit:thumbnail";

    private final GeneratorRegistry generators = new GeneratorRegistry();
    private final SourceGroupRegistry sourceGroups = new SourceGroupRegistry();

    /**
     * Registers a generator factory (usually a
     * {@link io.github.jimagekit.spec.SpecDefinition}) under an id.
     *
     * @param id      the generator id, such as {@code "myapp:profile:avatar"}
     * @param factory makes the generator
     * @return this registry
     * @throws io.github.jimagekit.error.AlreadyRegisteredException when another factory has the id
     */
    public Registry generator(String id, GeneratorFactory factory) {
        generators.register(id, Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /**
     * Registers a generator on a source group: django-imagekit's
     * {@code register.source_group}. Batch generation then makes the generator's file for
     * every source of the group, and "source saved" / "source deleted" events about the
     * group's sources reach those files.
     *
     * @param generatorId the generator id; it may be registered before or after
     * @param group       the sources
     * @return this registry
     * @throws IllegalArgumentException when the id is malformed
     */
    public Registry sourceGroup(String generatorId, SourceGroup group) {
        return sourceGroup(generatorId, group, Map.of());
    }

    /**
     * Registers a generator with fixed arguments on a source group: how a template-only usage
     * such as {@code <ik:thumbnail geometry="200x200" anchor="c">} is made known to batch
     * generation, which django-imagekit cannot do. The arguments must be those the template
     * passes, so that the names agree ({@code geometry="200x200"} is width 200 and height 200).
     *
     * @param generatorId the generator id, such as {@code "imagekit:thumbnail"}
     * @param group       the sources
     * @param arguments   the arguments besides {@code source}
     * @return this registry
     * @throws IllegalArgumentException when the id is malformed or the arguments name a source
     */
    public Registry sourceGroup(String generatorId, SourceGroup group, Map<String, ?> arguments) {
        sourceGroups.register(generatorId, group, arguments);
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

    /**
     * Returns the source group registry.
     *
     * @return generators registered on source groups
     */
    public SourceGroupRegistry sourceGroups() {
        return sourceGroups;
    }
}
