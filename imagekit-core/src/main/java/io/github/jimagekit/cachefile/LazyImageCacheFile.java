package io.github.jimagekit.cachefile;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A cache file whose generator is looked up on first use: django-imagekit's
 * {@code LazyImageCacheFile('myapp:profile:avatar_thumbnail', source=...)}. Making one costs
 * nothing; the generator id and arguments are resolved (and their errors thrown) when a method
 * is first called. {@code ImageKit.lazyCacheFile(id, arguments)} makes them.
 */
public final class LazyImageCacheFile extends ImageCacheFile {

    private final String description;

    /**
     * Creates a lazy cache file.
     *
     * @param description what it will resolve, for {@link #toString()} (such as the generator
     *     id)
     * @param resolver    makes the real cache file, once
     */
    public LazyImageCacheFile(String description, Supplier<ImageCacheFile> resolver) {
        super(bind(resolver));
        this.description = Objects.requireNonNull(description, "description");
    }

    private static Supplier<Binding> bind(Supplier<ImageCacheFile> resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return () -> {
            ImageCacheFile f = resolver.get();
            return new Binding(f.owner(), f.generator(), f.name(), f.backend(), f.strategy(),
                    f.call().orElse(null));
        };
    }

    @Override
    public String toString() {
        return "LazyImageCacheFile[" + description + "]";
    }
}
