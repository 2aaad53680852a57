package io.github.jimagekit;

import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.CacheFileStrategy;
import io.github.jimagekit.cachefile.CacheFiles;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.internal.MeteredStorage;
import io.github.jimagekit.registry.GeneratorLookup;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.source.SourceResolver;
import io.github.jimagekit.source.Sources;
import io.github.jimagekit.source.VersionMemo;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.spi.GeneratorLibrary;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.storage.Storage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Builds an {@link ImageKit}. Everything not given in code comes from the
 * {@link ImageKitConfig}, where every pluggable part (storage, source storage, state cache,
 * backend, strategy) may also be named by class; generator libraries, source resolvers and
 * customizers are also found with {@link ServiceLoader} on the class loader (by default the
 * thread's context class loader, so that a web application finds its own). The builder is the
 * only place where settings become components.
 */
public final class ImageKitBuilder {

    private ImageKitConfig config = ImageKitConfig.defaults();
    private Storage storage;
    private Storage sourceStorage;
    private Imaging imaging;
    private StateCache stateCache;
    private CacheFileBackend backend;
    private CacheFileStrategy strategy;
    private Clock clock = Clock.systemUTC();
    private ClassLoader classLoader;
    private boolean discover = true;
    private final List<GeneratorLibrary> libraries = new ArrayList<>();
    private final List<SourceResolver> resolvers = new ArrayList<>();
    private final List<ImageKitCustomizer> customizers = new ArrayList<>();

    ImageKitBuilder() {
    }

    /**
     * Sets the settings.
     *
     * @param value the settings
     * @return this builder
     */
    public ImageKitBuilder config(ImageKitConfig value) {
        this.config = Objects.requireNonNull(value, "config");
        return this;
    }

    /**
     * Returns the settings, for customizers that make components from them.
     *
     * @return the settings set so far (the defaults unless {@link #config(ImageKitConfig)} was
     *     called)
     */
    public ImageKitConfig config() {
        return config;
    }

    /**
     * Adds a customizer, run in {@link #build()} together with those found with
     * {@link ServiceLoader}.
     *
     * @param customizer the customizer
     * @return this builder
     */
    public ImageKitBuilder customizer(ImageKitCustomizer customizer) {
        customizers.add(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /**
     * Sets the storage cache files are saved in, instead of the {@code imagekit.storage.class}
     * or a {@link FileSystemStorage} at {@code imagekit.storage.root}.
     *
     * @param value the storage; the kit closes it if it is {@link AutoCloseable}
     * @return this builder
     */
    public ImageKitBuilder storage(Storage value) {
        this.storage = Objects.requireNonNull(value, "storage");
        return this;
    }

    /**
     * Sets the storage sources are read from, instead of the
     * {@code imagekit.source.storage.class} or {@code imagekit.source.root} (or the cache-file
     * storage).
     *
     * @param value the storage; the kit closes it if it is {@link AutoCloseable}
     * @return this builder
     */
    public ImageKitBuilder sourceStorage(Storage value) {
        this.sourceStorage = Objects.requireNonNull(value, "sourceStorage");
        return this;
    }

    /**
     * Sets the imaging engine, instead of the one the {@code imagekit.image.*} settings
     * describe.
     *
     * @param value the engine
     * @return this builder
     */
    public ImageKitBuilder imaging(Imaging value) {
        this.imaging = Objects.requireNonNull(value, "imaging");
        return this;
    }

    /**
     * Sets the state cache, instead of the one {@code imagekit.cache.backend} names (a built-in
     * one or a class).
     *
     * @param value the state cache; the kit closes it
     * @return this builder
     */
    public ImageKitBuilder stateCache(StateCache value) {
        this.stateCache = Objects.requireNonNull(value, "stateCache");
        return this;
    }

    /**
     * Sets the default backend, instead of {@code imagekit.default.cachefile.backend}.
     *
     * @param value the backend; the kit closes it
     * @return this builder
     */
    public ImageKitBuilder backend(CacheFileBackend value) {
        this.backend = Objects.requireNonNull(value, "backend");
        return this;
    }

    /**
     * Sets the default strategy, instead of {@code imagekit.default.cachefile.strategy}.
     *
     * @param value the strategy
     * @return this builder
     */
    public ImageKitBuilder strategy(CacheFileStrategy value) {
        this.strategy = Objects.requireNonNull(value, "strategy");
        return this;
    }

    /**
     * Adds a generator library, besides those found with {@link ServiceLoader}.
     *
     * @param library the library
     * @return this builder
     */
    public ImageKitBuilder library(GeneratorLibrary library) {
        libraries.add(Objects.requireNonNull(library, "library"));
        return this;
    }

    /**
     * Adds a source resolver, asked before those found with {@link ServiceLoader}.
     *
     * @param resolver the resolver
     * @return this builder
     */
    public ImageKitBuilder sourceResolver(SourceResolver resolver) {
        resolvers.add(Objects.requireNonNull(resolver, "resolver"));
        return this;
    }

    /**
     * Sets the class loader that generator libraries, source resolvers, customizers and the
     * classes the settings name (storages, state cache, backend, strategy) are loaded from.
     *
     * @param value the class loader
     * @return this builder
     */
    public ImageKitBuilder classLoader(ClassLoader value) {
        this.classLoader = Objects.requireNonNull(value, "classLoader");
        return this;
    }

    /**
     * Turns {@link ServiceLoader} discovery of libraries, resolvers and customizers on or off (on
     * by default).
     *
     * @param value whether to discover
     * @return this builder
     */
    public ImageKitBuilder discover(boolean value) {
        this.discover = value;
        return this;
    }

    /**
     * Sets the clock that times state and version expiry.
     *
     * @param value the clock
     * @return this builder
     */
    public ImageKitBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * Builds the kit: registers the generator libraries, subscribes to the events of their
     * source groups, and starts start-up pregeneration when {@code imagekit.pregenerate} is set.
     *
     * @return the kit
     * @throws InvalidConfigurationException naming the setting when one is missing or a named
     *     class cannot be loaded
     */
    public ImageKit build() {
        ClassLoader loader = classLoader != null ? classLoader
                : Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                        ImageKit.class.getClassLoader());
        customize(loader);
        ConfiguredComponents configured = new ConfiguredComponents(config, loader, clock);
        MeteredStorage files = new MeteredStorage(storage != null ? storage
                : configured.storage());
        MeteredStorage sourceFiles = sourceStorage != null ? new MeteredStorage(sourceStorage)
                : configured.sourceStorage().map(MeteredStorage::new).orElse(files);
        Imaging engine = imaging != null ? imaging : configured.imaging();
        CacheFileStrategy defaultStrategy = strategy != null ? strategy : configured.strategy();
        StateCache states = stateCache != null ? stateCache : configured.stateCache();
        Registry registry = new Registry();
        Sources sources = new Sources(sourceFiles, config.sourceVersioning(), resolvers(loader),
                states.versionMemo().orElseGet(() -> VersionMemo.inMemory(
                        config.duration(ConfigKey.SOURCE_VERSION_TTL).orElseThrow(), clock)));
        CacheFiles cacheFiles = CacheFiles.builder()
                .storage(files)
                .directory(config.cacheFileDir())
                .stateCache(states)
                .namers(configured.specNamer(), configured.namer())
                .backend(backend != null ? backend : configured.backend())
                .strategy(defaultStrategy)
                .imaging(engine)
                .timeouts(configured.timeouts())
                .clock(clock)
                .build();
        ImageKit kit = new ImageKit(new ImageKit.Parts(config, registry, sources, engine,
                cacheFiles, files, sourceFiles, GeneratorLookup.of(registry.generators(), engine,
                configured.defaultOptions()), clock), configured::renderer);
        registry.generator(ImageKit.THUMBNAIL, SpecDefinition.thumbnail());
        try {
            libraries(loader).forEach(l -> l.register(registry));
            kit.start(configured.pregenerate());
        } catch (RuntimeException e) {
            kit.close();
            throw e;
        }
        return kit;
    }

    private List<SourceResolver> resolvers(ClassLoader loader) {
        List<SourceResolver> all = new ArrayList<>(resolvers);
        if (discover) {
            ServiceLoader.load(SourceResolver.class, loader).forEach(all::add);
        }
        return all;
    }

    private List<GeneratorLibrary> libraries(ClassLoader loader) {
        List<GeneratorLibrary> all = new ArrayList<>(libraries);
        if (discover) {
            ServiceLoader.load(GeneratorLibrary.class, loader).forEach(all::add);
        }
        return all;
    }

    private void customize(ClassLoader loader) {
        List<ImageKitCustomizer> all = new ArrayList<>(customizers);
        if (discover) {
            ServiceLoader.load(ImageKitCustomizer.class, loader).forEach(all::add);
        }
        all.sort(Comparator.comparingInt(ImageKitCustomizer::order)
                .thenComparing(c -> c.getClass().getName()));
        all.forEach(c -> c.customize(this));
    }
}
