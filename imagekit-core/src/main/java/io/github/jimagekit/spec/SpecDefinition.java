package io.github.jimagekit.spec;

import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Thumbnail;
import io.github.jimagekit.source.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A spec declared once and bound to many sources: the Java counterpart of a django-imagekit
 * {@code ImageSpec} subclass. Register it under an id; every
 * {@code create(context, arguments)} makes an {@link ImageSpec} for the argument's source.
 *
 * <pre>{@code
 * SpecDefinition avatar = SpecDefinition.builder()
 *         .processors(new ResizeToFill(100, 100))
 *         .format(ImageFormat.JPEG)
 *         .quality(60)
 *         .build();
 * }</pre>
 *
 * <p>Processors may also be computed from the source and the arguments (django's dynamic
 * {@code processors} property): {@code .processors(factory, "width", "height")} declares the
 * arguments the factory reads; any other argument is refused with a message naming it.
 */
public final class SpecDefinition implements GeneratorFactory {

    private final ProcessorFactory processors;
    private final Set<String> arguments;
    private final ImageFormat format;
    private final EncodeOptions options;
    private final boolean autoconvert;
    private final String version;

    private SpecDefinition(Builder b) {
        this.processors = b.processors;
        Set<String> accepted = new LinkedHashSet<>(b.arguments);
        accepted.add(GeneratorArguments.SOURCE);
        this.arguments = Set.copyOf(accepted);
        this.format = b.format;
        this.options = b.options;
        this.autoconvert = b.autoconvert;
        this.version = b.version;
    }

    private static final SpecDefinition THUMBNAIL = builder()
            .processors((source, args) -> List.of(Thumbnail.of(args.integer("width").orElse(null),
                    args.integer("height").orElse(null), args.string("anchor").orElse(null),
                    args.bool("crop").orElse(null), args.bool("upscale").orElse(null))),
                    "width", "height", "anchor", "crop", "upscale")
            .build();

    /**
     * Returns the definition behind {@code imagekit:thumbnail} (django-imagekit's
     * {@code imagekit.generatorlibrary.Thumbnail}): one {@link Thumbnail} processor from the
     * arguments {@code width}, {@code height}, {@code anchor}, {@code crop} and
     * {@code upscale}, format from the source, the application's default options.
     *
     * @return the thumbnail definition
     */
    public static SpecDefinition thumbnail() {
        return THUMBNAIL;
    }

    /**
     * Starts a definition: no processors, format from the source's extension, the
     * application's default encode options, autoconvert on, no version.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ImageSpec create(GeneratorContext context, GeneratorArguments args) {
        args.requireOnly(context.generatorId(), arguments);
        Source source = args.source();
        List<Processor> list = processors.processors(source, args);
        return new ImageSpec(context.generatorId(), source, Processor.pipeline(list), format,
                options != null ? options : context.defaultOptions(), autoconvert, version,
                context.imaging());
    }

    /**
     * Returns the names of the arguments this definition accepts.
     *
     * @return {@code source} and the names declared with the processor factory
     */
    public Set<String> arguments() {
        return arguments;
    }

    /** Builds a {@link SpecDefinition}; rejects conflicting settings. */
    public static final class Builder {

        private ProcessorFactory processors = (s, a) -> List.of();
        private Set<String> arguments = Set.of();
        private boolean processorsSet;
        private ImageFormat format;
        private EncodeOptions options;
        private boolean autoconvert = true;
        private String version;

        private Builder() {
        }

        /**
         * Sets fixed processors.
         *
         * @param list the processors, in order
         * @return this builder
         * @throws IllegalStateException when processors were already set
         */
        public Builder processors(Processor... list) {
            List<Processor> copy = List.of(list);
            return processors((s, a) -> copy);
        }

        /**
         * Sets fixed processors.
         *
         * @param list the processors, in order
         * @return this builder
         * @throws IllegalStateException when processors were already set
         */
        public Builder processors(List<? extends Processor> list) {
            List<Processor> copy = List.copyOf(list);
            return processors((s, a) -> copy);
        }

        /**
         * Sets processors computed per source and arguments.
         *
         * @param factory       computes the processors
         * @param argumentNames the arguments (besides {@code source}) the factory reads
         * @return this builder
         * @throws IllegalStateException when processors were already set
         */
        public Builder processors(ProcessorFactory factory, String... argumentNames) {
            if (processorsSet) {
                throw new IllegalStateException("processors were already set");
            }
            processorsSet = true;
            this.processors = Objects.requireNonNull(factory, "factory");
            this.arguments = Set.of(argumentNames);
            return this;
        }

        /**
         * Sets the output format. Without one, the format follows the source's extension
         * (JPEG when it has none), so the output's bytes always match its name.
         *
         * @param value the output format
         * @return this builder
         */
        public Builder format(ImageFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /**
         * Sets the encode options.
         *
         * @param value the options
         * @return this builder
         * @throws IllegalStateException when {@link #quality(int)} was already called
         */
        public Builder options(EncodeOptions value) {
            if (options != null) {
                throw new IllegalStateException("encode options were already set");
            }
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        /**
         * Sets the lossy quality, keeping the other default options.
         *
         * @param value from 1 to 100
         * @return this builder
         * @throws IllegalStateException when options were already set
         */
        public Builder quality(int value) {
            return options(EncodeOptions.DEFAULT.withQuality(value));
        }

        /**
         * Sets whether pixels are converted to what the output format can store (flatten
         * transparency onto white for JPEG). On by default, as in pilkit.
         *
         * @param value the autoconvert flag
         * @return this builder
         */
        public Builder autoconvert(boolean value) {
            this.autoconvert = value;
            return this;
        }

        /**
         * Declares a version: change it to regenerate every file of this spec when something
         * the cache key cannot see changed (the code of a custom processor, say).
         *
         * @param value any text, such as {@code "2"}
         * @return this builder
         */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "version");
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition
         */
        public SpecDefinition build() {
            return new SpecDefinition(this);
        }
    }
}
