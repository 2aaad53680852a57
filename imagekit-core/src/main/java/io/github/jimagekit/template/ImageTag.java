package io.github.jimagekit.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a template asked for: the generator (a spec id, or a thumbnail geometry), the source,
 * generator arguments, and the HTML attributes to pass through to the {@code <img>}. The JSP
 * tags and the Thymeleaf dialect both collect one of these and hand it to
 * {@link ImageTagRenderer}, so the same request renders the same HTML in both engines.
 *
 * <p>With a {@linkplain Builder#geometry(String) geometry} it is django-imagekit's
 * {@code {% thumbnail %}} (spec {@code imagekit:thumbnail} unless another is named, with
 * {@code width}, {@code height}, {@code anchor}, {@code crop}, {@code upscale}); without, it is
 * {@code {% generateimage %}} and needs a spec id. Immutable.
 */
public final class ImageTag {

    private final String spec;
    private final Object source;
    private final String geometry;
    private final Map<String, Object> arguments;
    private final Map<String, String> attributes;

    private ImageTag(Builder b) {
        this.spec = b.spec;
        this.source = b.source;
        this.geometry = b.geometry;
        // the builder's maps are handed over, not copied: it copies them before changing
        // them again (templates build one request per tag, so this saves two maps each time)
        this.arguments = b.arguments == null ? Map.of()
                : Collections.unmodifiableMap(b.arguments);
        this.attributes = b.attributes == null ? Map.of()
                : Collections.unmodifiableMap(b.attributes);
    }

    /**
     * Starts a request.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the spec id the template named.
     *
     * @return the id, or {@code null} when none was given
     */
    public String spec() {
        return spec;
    }

    /**
     * Returns the source value as the template gave it.
     *
     * @return the value, or {@code null}
     */
    public Object source() {
        return source;
    }

    /**
     * Returns the thumbnail geometry.
     *
     * @return the geometry text, or {@code null} for the generateimage form
     */
    public String geometry() {
        return geometry;
    }

    /**
     * Returns the generator arguments besides source and geometry.
     *
     * @return the arguments, in the order given
     */
    public Map<String, Object> arguments() {
        return arguments;
    }

    /**
     * Returns the HTML attributes to pass through.
     *
     * @return attribute names to values, in the order given
     */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** Builds an {@link ImageTag}. */
    public static final class Builder {

        private String spec;
        private Object source;
        private String geometry;
        private Map<String, Object> arguments;
        private Map<String, String> attributes;
        private boolean handedOver;

        private Builder() {
        }

        /**
         * Names the generator.
         *
         * @param value a generator id such as {@code "myapp:profile:avatar"}, or {@code null}
         *     (blank counts as none)
         * @return this builder
         */
        public Builder spec(String value) {
            this.spec = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * Sets the source.
         *
         * @param value a storage name, {@code Path}, {@code File}, {@code Source} or anything a
         *     registered resolver handles
         * @return this builder
         */
        public Builder source(Object value) {
            this.source = value;
            return this;
        }

        /**
         * Makes this a thumbnail request.
         *
         * @param value {@code "200x200"}, {@code "200x"} or {@code "x200"}
         * @return this builder
         */
        public Builder geometry(String value) {
            this.geometry = value;
            return this;
        }

        /**
         * Adds a generator argument, such as {@code anchor}, {@code crop}, {@code upscale} or
         * an application spec's own. A {@code null} value is ignored.
         *
         * @param name  the argument name
         * @param value the value
         * @return this builder
         */
        public Builder argument(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                copyIfHandedOver();
                if (arguments == null) {
                    arguments = new LinkedHashMap<>();
                }
                arguments.put(name, value);
            }
            return this;
        }

        /**
         * Adds an HTML attribute to pass through to the {@code <img>}. A {@code null} value is
         * ignored; the value is escaped when written.
         *
         * @param name  the attribute name
         * @param value the value
         * @return this builder
         */
        public Builder attribute(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                copyIfHandedOver();
                if (attributes == null) {
                    attributes = new LinkedHashMap<>();
                }
                attributes.put(name, value.toString());
            }
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public ImageTag build() {
            handedOver = true;
            return new ImageTag(this);
        }

        /** Copies the maps a built request holds before this builder changes them. */
        private void copyIfHandedOver() {
            if (handedOver) {
                arguments = arguments == null ? null : new LinkedHashMap<>(arguments);
                attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
                handedOver = false;
            }
        }
    }
}
