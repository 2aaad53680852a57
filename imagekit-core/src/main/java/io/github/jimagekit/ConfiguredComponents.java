package io.github.jimagekit;

import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.CacheFileLookup;
import io.github.jimagekit.cachefile.CacheFileNamer;
import io.github.jimagekit.cachefile.CacheFileStrategy;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.source.SourceVersioning;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.template.ImageTagRenderer;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The components the settings describe: the one place where an {@link ImageKitConfig} becomes
 * constructor arguments, so that no package below the facade reads settings. The
 * {@link ImageKitBuilder} asks it for every component not given in code.
 *
 * <p>Every pluggable part may be named by class ({@code imagekit.storage.class},
 * {@code imagekit.source.storage.class}, {@code imagekit.cache.backend},
 * {@code imagekit.default.cachefile.backend}, {@code imagekit.default.cachefile.strategy}): the
 * class is loaded from the kit's class loader and made with its public constructor taking the
 * {@link ImageKitConfig} (so that it can read its own settings), else its public no-argument
 * one.
 */
final class ConfiguredComponents {

    private final ImageKitConfig config;
    private final ClassLoader loader;
    private final Clock clock;

    ConfiguredComponents(ImageKitConfig config, ClassLoader loader, Clock clock) {
        this.config = config;
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * The cache-file storage: the {@code imagekit.storage.class}, else a
     * {@link FileSystemStorage} at {@code imagekit.storage.root}.
     */
    Storage storage() {
        Optional<String> named = config.text(ConfigKey.STORAGE_CLASS);
        return named.isPresent()
                ? instantiate(ConfigKey.STORAGE_CLASS, named.get(), Storage.class)
                : fileStorage(ConfigKey.STORAGE_ROOT, config.raw(ConfigKey.STORAGE_BASE_URL));
    }

    /**
     * The source storage: the {@code imagekit.source.storage.class}, else a directory at
     * {@code imagekit.source.root}; empty for the cache-file storage.
     */
    Optional<Storage> sourceStorage() {
        Optional<String> named = config.text(ConfigKey.SOURCE_STORAGE_CLASS);
        if (named.isPresent()) {
            return Optional.of(instantiate(ConfigKey.SOURCE_STORAGE_CLASS, named.get(),
                    Storage.class));
        }
        return config.text(ConfigKey.SOURCE_ROOT).isPresent()
                ? Optional.of(fileStorage(ConfigKey.SOURCE_ROOT, "/")) : Optional.empty();
    }

    /** The imaging engine of the {@code imagekit.image.*} settings. */
    Imaging imaging() {
        return Imaging.builder()
                .subsampledDecode(config.bool(ConfigKey.IMAGE_SUBSAMPLED_DECODE))
                .jpegDctScaling(config.bool(ConfigKey.IMAGE_JPEG_DCT_SCALING))
                .maxPixels(config.number(ConfigKey.IMAGE_MAX_PIXELS))
                .autoOrient(config.bool(ConfigKey.IMAGE_AUTO_ORIENT))
                .colorManagement(config.bool(ConfigKey.IMAGE_COLOR_MANAGEMENT))
                .build();
    }

    /** The encode options of specs that set none: {@code imagekit.default.*}. */
    EncodeOptions defaultOptions() {
        return new EncodeOptions((int) config.number(ConfigKey.DEFAULT_QUALITY),
                config.bool(ConfigKey.DEFAULT_PROGRESSIVE), false);
    }

    /** The {@code imagekit.cache.*} timeouts. */
    StateTimeouts timeouts() {
        return new StateTimeouts(config.duration(ConfigKey.CACHE_TIMEOUT),
                config.duration(ConfigKey.CACHE_MISSING_TIMEOUT).orElseThrow(),
                config.duration(ConfigKey.CACHE_FAILURE_TIMEOUT).orElseThrow(),
                config.duration(ConfigKey.CACHE_GENERATING_LEASE).orElseThrow());
    }

    /** The state cache {@code imagekit.cache.backend} names. */
    StateCache stateCache() {
        String name = config.choice(ConfigKey.CACHE_BACKEND);
        switch (name) {
            case "none":
                return StateCache.none();
            case "memory":
                return StateCache.inMemory(timeouts(), clock, config.raw(ConfigKey.CACHE_PREFIX));
            case "ehcache":
                return ehcache(config.raw(ConfigKey.CACHE_PREFIX));
            default:
                return instantiate(ConfigKey.CACHE_BACKEND, name, StateCache.class);
        }
    }

    private StateCache ehcache(String prefix) {
        Optional<Path> disk = config.text(ConfigKey.CACHE_DISK_DIR).map(Path::of);
        try {
            return StateCache.ehcache(timeouts(), prefix,
                    (int) config.number(ConfigKey.CACHE_HEAP_ENTRIES), disk.orElse(null),
                    (int) config.number(ConfigKey.CACHE_DISK_SIZE_MB),
                    config.duration(ConfigKey.SOURCE_VERSION_TTL).orElseThrow());
        } catch (IllegalStateException e) {
            throw new InvalidConfigurationException((disk.isEmpty() ? "" : "setting \""
                    + ConfigKey.CACHE_DISK_DIR.key() + "\": ") + e.getMessage(), e);
        }
    }

    /** The namer of specs' cache files ({@code imagekit.spec.cachefile.namer}). */
    CacheFileNamer specNamer() {
        return CacheFileNamer.forName(config.choice(ConfigKey.SPEC_CACHEFILE_NAMER),
                config.cacheFileDir());
    }

    /** The namer of other generators' cache files ({@code imagekit.cachefile.namer}). */
    CacheFileNamer namer() {
        return CacheFileNamer.forName(config.choice(ConfigKey.CACHEFILE_NAMER),
                config.cacheFileDir());
    }

    /** The default backend: {@code imagekit.default.cachefile.backend}. */
    CacheFileBackend backend() {
        String name = config.choice(ConfigKey.DEFAULT_CACHEFILE_BACKEND);
        if (name.equals("simple")) {
            return CacheFileBackend.simple();
        }
        if (name.equals("async")) {
            return CacheFileBackend.async((int) config.number(ConfigKey.ASYNC_THREADS),
                    (int) config.number(ConfigKey.ASYNC_QUEUE));
        }
        return instantiate(ConfigKey.DEFAULT_CACHEFILE_BACKEND, name, CacheFileBackend.class);
    }

    /** The default strategy: {@code imagekit.default.cachefile.strategy}. */
    CacheFileStrategy strategy() {
        String name = config.choice(ConfigKey.DEFAULT_CACHEFILE_STRATEGY);
        if (!name.contains(".")) {
            return CacheFileStrategy.forName(name);
        }
        return instantiate(ConfigKey.DEFAULT_CACHEFILE_STRATEGY, name, CacheFileStrategy.class);
    }

    /** The template renderer of the {@code imagekit.template.*} settings. */
    ImageTagRenderer renderer(CacheFileLookup lookup) {
        ImageTagRenderer.Builder b = ImageTagRenderer.builder(lookup).clock(clock)
                .onError(ImageTagRenderer.OnError.valueOf(
                        config.choice(ConfigKey.TEMPLATE_ON_ERROR).toUpperCase(Locale.ROOT)),
                        config.raw(ConfigKey.TEMPLATE_FALLBACK_URL));
        // warm tags are trusted as long as source versions are
        return (config.sourceVersioning() == SourceVersioning.NONE ? b.rememberForever()
                : b.rememberFor(config.duration(ConfigKey.SOURCE_VERSION_TTL).orElseThrow()))
                .build();
    }

    /** The generator id patterns of {@code imagekit.pregenerate}, blanks left out. */
    List<String> pregenerate() {
        return patterns(config.raw(ConfigKey.PREGENERATE));
    }

    static List<String> patterns(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private Storage fileStorage(ConfigKey root, String baseUrl) {
        String dir = config.text(root).orElseThrow(() -> new InvalidConfigurationException(
                "setting \"" + root.key() + "\" is not set: say where images are stored"));
        return new FileSystemStorage(Path.of(dir), baseUrl);
    }

    /**
     * Makes the class a setting names.
     *
     * @throws InvalidConfigurationException naming the setting and the class when the class is
     *     missing, of the wrong type, without a suitable public constructor, or fails
     */
    private <T> T instantiate(ConfigKey key, String className, Class<T> type) {
        String subject = "setting \"" + key.key() + "\": class \"" + className + "\"";
        Class<?> c;
        try {
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidConfigurationException(subject + " cannot be loaded ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        if (!type.isAssignableFrom(c)) {
            throw new InvalidConfigurationException(subject + " is not a "
                    + type.getSimpleName());
        }
        try {
            return type.cast(newInstance(c));
        } catch (NoSuchMethodException e) {
            throw new InvalidConfigurationException(subject + " has no public constructor"
                    + " taking an ImageKitConfig and no public no-argument one", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new InvalidConfigurationException(subject + " failed to start: "
                    + (cause.getMessage() != null ? cause.getMessage()
                    : cause.getClass().getSimpleName()), cause);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new InvalidConfigurationException(subject + " cannot be instantiated ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Calls the constructor taking the settings, else the no-argument one. */
    private Object newInstance(Class<?> c) throws NoSuchMethodException, InstantiationException,
            IllegalAccessException, InvocationTargetException {
        try {
            return c.getConstructor(ImageKitConfig.class).newInstance(config);
        } catch (NoSuchMethodException e) {
            return c.getConstructor().newInstance();
        }
    }
}
