package io.github.jimagekit.source;

import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.Storage;
import java.util.Optional;

/**
 * Turns an application's own values into {@link Source}s, so that a template can pass a
 * {@code Photo} entity straight to {@code <ik:thumbnail source="${photo}">}.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.github.jimagekit.source.SourceResolver}) or given to the
 * {@code ImageKit} builder. They are asked in order, before the built-in handling of
 * {@code String}, {@code Path}, {@code File} and {@code Source} values.
 */
public interface SourceResolver {

    /**
     * Resolves a value.
     *
     * @param value         a value from a template or from code; never {@code null}
     * @param sourceStorage the application's source storage, for names relative to it
     * @return the source (versioned when the application knows the version, else unversioned
     *     and the configured versioning adds one), or empty when this resolver does not handle
     *     values of this type
     */
    Optional<Source> resolve(Object value, Storage sourceStorage);
}
