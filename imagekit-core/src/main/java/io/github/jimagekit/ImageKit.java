package io.github.jimagekit;

import io.github.jimagekit.batch.BatchGenerator;
import io.github.jimagekit.batch.Pregeneration;
import io.github.jimagekit.cachefile.CacheFileLookup;
import io.github.jimagekit.cachefile.CacheFiles;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.cachefile.LazyImageCacheFile;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.error.InvalidGeometryException;
import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.error.NotRegisteredException;
import io.github.jimagekit.internal.MeteredStorage;
import io.github.jimagekit.internal.BoundedMemo;
import io.github.jimagekit.processor.Geometry;
import io.github.jimagekit.registry.GeneratorLookup;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.registry.SourceEventRelay;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.source.SourceChangeListener;
import io.github.jimagekit.source.SourceVersioning;
import io.github.jimagekit.source.Sources;
import io.github.jimagekit.spec.GeneratorArguments;
import io.github.jimagekit.spec.GeneratorCall;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageStatistics;
import io.github.jimagekit.template.ImageTagRenderer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One application's image kit: its settings, generator registry, sources, imaging engine and
 * cache-file layer. Create one per application with {@link #builder()} (in a web application
 * the servlet bootstrap does it and keeps it in the {@code ServletContext}), use it from every
 * thread, and {@link #close()} it on shutdown.
 *
 * <pre>{@code
 * try (ImageKit kit = ImageKit.builder()
 *         .config(ImageKitConfig.builder().set("imagekit.storage.root", "/var/www/media").build())
 *         .build()) {
 *     ImageCacheFile thumb = kit.thumbnail("photos/dog.jpg", "200x200");
 *     String html = "<img src=\"" + thumb.url() + "\" width=\"" + thumb.width() + "\">";
 * }
 * }</pre>
 *
 * <p>Cache files are remembered per generator id and arguments, so rendering the same
 * thumbnail again costs a map lookup: no hashing, no storage call, no decode.
 */
public final class ImageKit implements CacheFileLookup, AutoCloseable {

    /** The {@code ServletContext} attribute under which web applications keep their kit. */
    public static final String CONTEXT_ATTRIBUTE = ImageKit.class.getName();

    /** The id of the generator behind the thumbnail tag, registered in every kit. */
    public static final String THUMBNAIL = Registry.THUMBNAIL;

    private static final System.Logger LOG = System.getLogger(ImageKit.class.getName());

    /** Beyond this many remembered cache files, one not asked for lately goes per new one. */
    static final int MAX_REMEMBERED_FILES = 50_000;

    private record FileKey(String generatorId, GeneratorArguments arguments) {
    }

    /** The components the builder made from the settings and the code. */
    record Parts(ImageKitConfig config, Registry registry, Sources sources, Imaging imaging,
            CacheFiles cacheFiles, MeteredStorage storage, MeteredStorage sourceStorage,
            GeneratorLookup generators, Clock clock) {
    }

    private final ImageKitConfig config;
    private final Registry registry;
    private final Sources sources;
    private final Imaging imaging;
    private final CacheFiles cacheFiles;
    private final MeteredStorage storage;
    private final MeteredStorage sourceStorage;
    private final GeneratorLookup generators;
    private final BoundedMemo<FileKey, ImageCacheFile> files =
            BoundedMemo.unexpiring(MAX_REMEMBERED_FILES);
    private final ImageTagRenderer templates;
    private final List<SourceChangeListener> sourceListeners;
    private final FileMemo memo;
    private final SourceEventRelay events;
    private SourceGroup.Subscription groupEvents;
    private Pregeneration pregeneration;

    /**
     * Assembles a kit.
     *
     * @param parts    the components
     * @param renderer makes the template renderer from the kit's cache-file lookup
     */
    ImageKit(Parts parts, Function<CacheFileLookup, ImageTagRenderer> renderer) {
        this.config = parts.config();
        this.registry = parts.registry();
        this.sources = parts.sources();
        this.imaging = parts.imaging();
        this.cacheFiles = parts.cacheFiles();
        this.storage = parts.storage();
        this.sourceStorage = parts.sourceStorage();
        this.generators = parts.generators();
        Clock clock = parts.clock();
        this.memo = new FileMemo(clock, config.sourceVersioning() == SourceVersioning.NONE
                ? Long.MAX_VALUE : config.duration(ConfigKey.SOURCE_VERSION_TTL).orElseThrow()
                .toMillis());
        // the renderer only keeps the lookup; it asks it after the kit is built
        this.templates = renderer.apply(this);
        this.sourceListeners = List.of(templates);
        this.events = new SourceEventRelay(registry, sources, cacheFiles, generators, this,
                this::forgetFilesOf);
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the default settings, the generator libraries found on the
     *     thread's context class loader, and the state cache, backend and strategy the settings
     *     name
     */
    public static ImageKitBuilder builder() {
        return new ImageKitBuilder();
    }

    /**
     * Returns the cache file of a registered generator: django-imagekit's
     * {@code {% generateimage %}}. Nothing is generated until the file's URL, size or content
     * is asked for (and then as the strategy says).
     *
     * @param generatorId a registered id, such as {@code "myapp:profile:avatar"}
     * @param arguments   the generator's arguments; {@code source} may be anything
     *     {@link Sources#resolve(Object)} accepts
     * @return the cache file, shared with other callers asking for the same
     * @throws NotRegisteredException listing the registered ids when the id is unknown
     * @throws MissingSourceException when the source is absent or does not exist
     * @throws IllegalArgumentException when an argument is not accepted or malformed
     */
    @Override
    public ImageCacheFile cacheFile(String generatorId, Map<String, ?> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return memo.get(generatorId, arguments, () -> resolveFile(generatorId, arguments));
    }

    private ImageCacheFile resolveFile(String generatorId, Map<String, ?> arguments) {
        FileKey key = new FileKey(generatorId, resolve(arguments));
        ImageCacheFile f = files.get(key);
        if (f == null) {
            Object source = key.arguments().get(GeneratorArguments.SOURCE).orElse(null);
            f = files.putIfAbsent(key,
                    cacheFiles.file(generator(key.generatorId(), key.arguments()),
                            new GeneratorCall(key.generatorId(), key.arguments()),
                            cacheFiles.backend(), cacheFiles.strategy()),
                    source instanceof Source s ? s.name() : null);
        }
        return f;
    }

    /**
     * Returns a cache file whose generator is looked up on first use, so that errors surface
     * only then: django-imagekit's {@code LazyImageCacheFile}.
     *
     * @param generatorId a registered id
     * @param arguments   the generator's arguments
     * @return the lazy cache file
     */
    public LazyImageCacheFile lazyCacheFile(String generatorId, Map<String, ?> arguments) {
        Map<String, Object> copy = new LinkedHashMap<>(arguments);
        return new LazyImageCacheFile(generatorId, () -> cacheFile(generatorId, copy));
    }

    /**
     * Returns a thumbnail's cache file: django-imagekit's {@code {% thumbnail '200x200' src %}}.
     *
     * @param source   the source (see {@link Sources#resolve(Object)})
     * @param geometry {@code "200x200"}, {@code "200x"} or {@code "x200"}
     * @return the cache file of {@value #THUMBNAIL} for that source and size
     * @throws InvalidGeometryException naming the geometry when it is malformed
     */
    public ImageCacheFile thumbnail(Object source, String geometry) {
        Geometry g = Geometry.parse(geometry);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(GeneratorArguments.SOURCE, source);
        // an absent side is left out, not null, so that the memo serves "200x" too
        g.optionalWidth().ifPresent(w -> args.put("width", w));
        g.optionalHeight().ifPresent(h -> args.put("height", h));
        return cacheFile(THUMBNAIL, args);
    }

    /**
     * Makes a registered generator.
     *
     * @param generatorId a registered id
     * @param arguments   its arguments, with {@code source} resolved to a {@link Source}
     * @return the generator
     * @throws NotRegisteredException listing the registered ids when the id is unknown
     */
    public ImageGenerator generator(String generatorId, GeneratorArguments arguments) {
        return generators.generator(generatorId, arguments);
    }

    /**
     * Starts a batch over this kit's registrations: the programmatic {@code generateimages}.
     *
     * @return a builder: every generator, no force, no dry run, one thread per core
     */
    public BatchGenerator.Builder batch() {
        return BatchGenerator.builder(registry, generators, sources, cacheFiles);
    }

    /**
     * Returns the renderer the JSP tags and the Thymeleaf dialect share.
     *
     * @return this kit's template renderer
     */
    public ImageTagRenderer templates() {
        return templates;
    }

    /**
     * Returns the settings.
     *
     * @return the settings this kit was built with
     */
    public ImageKitConfig config() {
        return config;
    }

    /**
     * Returns the registry.
     *
     * @return the generators (and source groups) registered
     */
    public Registry registry() {
        return registry;
    }

    /**
     * Returns the source resolver.
     *
     * @return how template values become sources
     */
    public Sources sources() {
        return sources;
    }

    /**
     * Returns the imaging engine.
     *
     * @return the engine specs render with
     */
    public Imaging imaging() {
        return imaging;
    }

    /**
     * Returns the cache-file layer, with its statistics and state cache.
     *
     * @return the cache-file layer
     */
    public CacheFiles cacheFiles() {
        return cacheFiles;
    }

    /**
     * Returns the cache-file storage. Its calls are counted ({@link #storageStatistics()}).
     *
     * @return the storage cache files are saved in
     */
    public Storage storage() {
        return storage;
    }

    /**
     * Returns the source storage. Its calls are counted ({@link #sourceStorageStatistics()}).
     *
     * @return the storage sources are read from (the cache-file storage when not set apart)
     */
    public Storage sourceStorage() {
        return sourceStorage;
    }

    /**
     * Returns the counts of the calls made to the cache-file storage.
     *
     * @return the counters, which {@link StorageStatistics#reset()} sets to zero
     */
    public StorageStatistics storageStatistics() {
        return storage;
    }

    /**
     * Returns the counts of the calls made to the source storage.
     *
     * @return the counters; those of {@link #storageStatistics()} when the source storage is
     *     the cache-file storage
     */
    public StorageStatistics sourceStorageStatistics() {
        return sourceStorage;
    }

    /**
     * Forgets the cache files remembered for a source, for example after its cache files were
     * deleted, and tells the kit's source change listeners (the template renderer).
     *
     * @param sourceName the source's storage name
     */
    public void forgetFilesOf(String sourceName) {
        sources.forget(sourceName);
        memo.forget(sourceName);
        sourceListeners.forEach(l -> l.sourceChanged(sourceName));
        files.forget(sourceName);
    }

    /**
     * Reports that a source was created or replaced: django-imagekit's {@code source_saved}
     * signal. The kit forgets what it remembered of the source, then hands the cache file of
     * every generator registered on a source group holding the source to its strategy: the
     * on-save strategies ({@code optimistic}, {@code generate-on-save}) generate it now,
     * just-in-time does nothing (the next page does). Call it after the file is in the storage.
     *
     * @param source the source: a storage name, a {@link Source}, or any value the source
     *     resolvers handle
     * @return the cache files of the registrations whose group holds the source
     * @throws io.github.jimagekit.error.GenerationFailedException when a generation failed (after
     *     every registration was tried; the others are suppressed exceptions)
     * @throws MissingSourceException when the source does not exist
     */
    public List<ImageCacheFile> sourceSaved(Object source) {
        return events.saved(source);
    }

    /**
     * Reports that a source was deleted: deletes its cache files and their states, then
     * forgets the source. With the {@code source-name-as-path} and {@code source-name-dot-hash}
     * layouts every cache file of the source goes, of any spec and any version; with
     * {@code hash}, the files of the generators registered on groups holding the source, for
     * the source version the kit last saw (see {@code docs/batch.md}).
     *
     * @param source the source, as for {@link #sourceSaved}; it need not exist any more
     * @return the names of the deleted cache files, sorted
     * @throws java.io.UncheckedIOException when the storage cannot list or delete them
     */
    public List<String> sourceDeleted(Object source) {
        return events.deleted(source);
    }

    /**
     * Subscribes to the registered groups' events and starts pregeneration.
     *
     * @param pregenerate the generator id patterns to pregenerate; none for no pregeneration
     */
    void start(List<String> pregenerate) {
        groupEvents = registry.sourceGroups().relayTo(events);
        if (!pregenerate.isEmpty()) {
            pregeneration = Pregeneration.start(batch().patterns(pregenerate).threads(1).build());
        }
    }

    /**
     * Stops pregeneration (after the image in hand), unsubscribes from source groups, closes
     * the state cache (flushing a persistent tier) and closes the storages that are
     * {@link AutoCloseable} (a remote storage's client), each once.
     */
    @Override
    public void close() {
        if (pregeneration != null) {
            pregeneration.close();
        }
        if (groupEvents != null) {
            groupEvents.close();
        }
        files.clear();
        memo.clear();
        try {
            cacheFiles.close();
        } finally {
            close(storage.delegate());
            if (sourceStorage.delegate() != storage.delegate()) {
                close(sourceStorage.delegate());
            }
        }
    }

    @Override
    public String toString() {
        return "ImageKit[" + storage + ", " + registry.generators().ids().size() + " generators]";
    }

    private static void close(Storage s) {
        if (s instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "cannot close storage " + s + ": " + e);
            }
        }
    }

    private GeneratorArguments resolve(Map<String, ?> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        Object source = arguments.get(GeneratorArguments.SOURCE);
        if (source == null && !arguments.containsKey(GeneratorArguments.SOURCE)) {
            return GeneratorArguments.of(arguments);
        }
        return GeneratorArguments.of(arguments).with(GeneratorArguments.SOURCE,
                sources.resolve(source));
    }
}
