package io.github.jimagekit.registry;

import io.github.jimagekit.cachefile.CacheFileLookup;
import io.github.jimagekit.cachefile.CacheFileNamer;
import io.github.jimagekit.cachefile.CacheFiles;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.internal.Errors;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.source.SourceChangeListener;
import io.github.jimagekit.source.Sources;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SourceListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What "source saved" and "source deleted" do to cache files: django-imagekit's
 * {@code source_saved} signal handling, behind {@code ImageKit.sourceSaved} and
 * {@code ImageKit.sourceDeleted}, and the listener the kit subscribes to every registered
 * source group. Thread-safe.
 */
public final class SourceEventRelay implements SourceListener {

    private static final System.Logger LOG = System.getLogger(SourceEventRelay.class.getName());

    private final Registry registry;
    private final Sources sources;
    private final CacheFiles cacheFiles;
    private final GeneratorLookup generators;
    private final CacheFileLookup files;
    private final SourceChangeListener forget;

    /**
     * Creates the relay of one application.
     *
     * @param registry   the source groups and the generators registered on them
     * @param sources    resolves the reported values to sources, and knows their versions
     * @param cacheFiles names, finds and deletes cache files
     * @param generators makes registered generators, to name a deleted source's files
     * @param files      the kit's cache-file lookup, whose files a saved source's strategy gets
     * @param forget     told first about every saved or deleted source, to drop what was
     *     remembered of it
     */
    public SourceEventRelay(Registry registry, Sources sources, CacheFiles cacheFiles,
            GeneratorLookup generators, CacheFileLookup files, SourceChangeListener forget) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.cacheFiles = Objects.requireNonNull(cacheFiles, "cacheFiles");
        this.generators = Objects.requireNonNull(generators, "generators");
        this.files = Objects.requireNonNull(files, "files");
        this.forget = Objects.requireNonNull(forget, "forget");
    }

    @Override
    public void sourceSaved(SourceGroup group, Object source) {
        saved(registry.sourceGroups().registrationsOn(group), sources.resolveUnversioned(source));
    }

    @Override
    public void sourceDeleted(SourceGroup group, Object source) {
        deleted(registry.sourceGroups().registrationsOn(group),
                sources.resolveUnversioned(source));
    }

    /**
     * Reports a saved source: forgets it, then hands the cache file of every generator
     * registered on a group holding it to that file's strategy.
     *
     * @param value the source, as anything the source resolvers accept
     * @return the cache files of the registrations whose group holds the source
     * @throws io.github.jimagekit.error.GenerationFailedException when a generation failed
     *     (after every registration was tried)
     */
    public List<ImageCacheFile> saved(Object value) {
        Source source = sources.resolveUnversioned(value);
        return saved(containing(source), source);
    }

    /**
     * Reports a deleted source: deletes its cache files and their states, then forgets it.
     *
     * @param value the source, as anything the source resolvers accept; it need not exist
     * @return the names of the deleted cache files, sorted
     * @throws UncheckedIOException when the storage cannot list or delete them
     */
    public List<String> deleted(Object value) {
        Source source = sources.resolveUnversioned(value);
        return deleted(containing(source), source);
    }

    private List<ImageCacheFile> saved(List<SourceGroupRegistration> registrations,
            Source source) {
        forget.sourceChanged(source.name());
        List<ImageCacheFile> made = new ArrayList<>();
        Errors.forEach(registrations, r -> {
            ImageCacheFile f = files.cacheFile(r.generatorId(), r.argumentsFor(source).asMap());
            f.strategy().onSourceSaved(f);
            made.add(f);
        });
        return List.copyOf(made);
    }

    private List<String> deleted(List<SourceGroupRegistration> registrations, Source source) {
        Set<String> names = cacheFiles.specNamer().filesOf(source)
                .map(listing -> listed(listing, source))
                .orElseGet(() -> named(registrations, source));
        List<String> deleted = new ArrayList<>();
        for (String name : names) {
            if (cacheFiles.delete(name)) {
                deleted.add(name);
            }
        }
        forget.sourceChanged(source.name());
        return List.copyOf(deleted);
    }

    /** The files a source-named layout holds for a source, of every spec and every version. */
    private Set<String> listed(CacheFileNamer.Listing listing, Source source) {
        Set<String> names = new TreeSet<>();
        try (Stream<String> all = cacheFiles.storage().list(listing.directory())) {
            all.filter(listing::matches).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cache files of source \""
                    + source.name() + "\"", e);
        }
        return names;
    }

    /**
     * The files a layout that does not name files after their source (such as {@code hash})
     * holds for a source: only computable for the registrations on its groups, with the
     * version last seen.
     */
    private Set<String> named(List<SourceGroupRegistration> registrations, Source source) {
        Set<String> names = new TreeSet<>();
        Optional<Source> known = lastKnown(source);
        if (known.isEmpty()) {
            LOG.log(Level.INFO, "the cache files of deleted source \"" + source.name()
                    + "\" cannot be named: its version is no longer known");
            return names;
        }
        for (SourceGroupRegistration r : registrations) {
            try {
                names.add(cacheFiles.file(generators.generator(r.generatorId(),
                        r.argumentsFor(known.get()))).name());
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "cannot name the cache file of " + r.generatorId()
                        + " for deleted source \"" + source.name() + "\": " + e.getMessage());
            }
        }
        return names;
    }

    private Optional<Source> lastKnown(Source source) {
        try {
            return Optional.of(sources.versioned(source));
        } catch (ImageKitException e) {
            return Optional.empty();
        }
    }

    private List<SourceGroupRegistration> containing(Source source) {
        return registry.sourceGroups().registrations().stream()
                .filter(r -> r.group().contains(source)).toList();
    }
}
