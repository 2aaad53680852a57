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
import java.util.Optional;

/**
 * The components the settings describe: the one place where an {@link ImageKitConfig} becomes
 * constructor arguments, so that no package below the facade reads settings. The
 * {@link ImageKitBuilder} asks it for every component not given in code.
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

    /** The cache-file storage: a {@link FileSystemStorage} at {@code imagekit.storage.root}. */
    Storage storage() {
        return fileStorage(ConfigKey.STORAGE_ROOT, config.raw(ConfigKey.STORAGE_BASE_URL));
    }

    /** The source storage at {@code imagekit.source.root}; empty for the cache-file storage. */
    Optional<Storage> sourceStorage() {
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
        String prefix = config.raw(ConfigKey.CACHE_PREFIX);
        switch (config.choice(ConfigKey.CACHE_BACKEND)) {
            case "none":
                return StateCache.none();
            case "memory":
                return StateCache.inMemory(timeouts(), clock, prefix);
            default:
                return ehcache(prefix);
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
                .onError(ImageTagRenderer.OnError.valueOf(config.onError().name()),
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

    private <T> T instantiate(ConfigKey key, String className, Class<T> type) {
        try {
            Class<?> c = Class.forName(className, true, loader);
            if (!type.isAssignableFrom(c)) {
                throw new InvalidConfigurationException("setting \"" + key.key() + "\": class \""
                        + className + "\" is not a " + type.getSimpleName());
            }
            return type.cast(c.getConstructor().newInstance());
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                | IllegalAccessException | InvocationTargetException e) {
            throw new InvalidConfigurationException("setting \"" + key.key() + "\": cannot create"
                    + " \"" + className + "\" (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
