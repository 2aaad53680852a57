package io.github.jimagekit;

import io.github.jimagekit.cachefile.CacheFileNamer;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.internal.Errors;
import io.github.jimagekit.registry.SourceGroupRegistration;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SourceListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What "source saved" and "source deleted" do to cache files: the logic behind
 * {@link ImageKit#sourceSaved} and {@link ImageKit#sourceDeleted}, and the listener the kit
 * subscribes to every registered source group.
 */
final class SourceEventRelay implements SourceListener {

    private static final System.Logger LOG = System.getLogger(SourceEventRelay.class.getName());
    /** A hash no real file has, to find where a namer puts a source's files. */
    private static final String PROBE_HASH = "0123456789abcdef0123456789abcdef";

    private final ImageKit kit;

    SourceEventRelay(ImageKit kit) {
        this.kit = kit;
    }

    @Override
    public void sourceSaved(SourceGroup group, Object source) {
        saved(kit.registry().sourceGroups().registrationsOn(group),
                kit.sources().resolveUnversioned(source));
    }

    @Override
    public void sourceDeleted(SourceGroup group, Object source) {
        deleted(kit.registry().sourceGroups().registrationsOn(group),
                kit.sources().resolveUnversioned(source));
    }

    List<ImageCacheFile> saved(Object value) {
        Source source = kit.sources().resolveUnversioned(value);
        return saved(containing(source), source);
    }

    List<String> deleted(Object value) {
        Source source = kit.sources().resolveUnversioned(value);
        return deleted(containing(source), source);
    }

    /** Forgets the source, then gives each registration's file to its strategy. */
    private List<ImageCacheFile> saved(List<SourceGroupRegistration> registrations,
            Source source) {
        kit.forgetFilesOf(source.name());
        List<ImageCacheFile> files = new ArrayList<>();
        Errors.forEach(registrations, r -> {
            ImageCacheFile f = kit.cacheFile(r.generatorId(), r.argumentsFor(source).asMap());
            f.strategy().onSourceSaved(f);
            files.add(f);
        });
        return List.copyOf(files);
    }

    /** Deletes the source's cache files and their states, then forgets the source. */
    private List<String> deleted(List<SourceGroupRegistration> registrations, Source source) {
        String layout = kit.config().choice(ConfigKey.SPEC_CACHEFILE_NAMER);
        CacheFileNamer namer = CacheFileNamer.forName(layout, kit.config().cacheFileDir());
        Set<String> names = layout.equals("hash") ? named(registrations, source)
                : listed(namer, source, layout.equals("source-name-as-path")
                        ? ImageGenerator.HASH_LENGTH : 12);
        List<String> deleted = new ArrayList<>();
        for (String name : names) {
            if (kit.cacheFiles().delete(name)) {
                deleted.add(name);
            }
        }
        kit.forgetFilesOf(source.name());
        return List.copyOf(deleted);
    }

    /**
     * The files a source-named layout holds for a source, of every spec and every version:
     * those next to where the namer would put a probe file, with a hash in its place.
     */
    private Set<String> listed(CacheFileNamer namer, Source source, int hashLength) {
        String probe = namer.name(new Probe(source));
        String prefix = probe.substring(0, probe.lastIndexOf(PROBE_HASH.substring(0,
                hashLength)));
        String directory = prefix.substring(0, Math.max(0, prefix.lastIndexOf('/')));
        Pattern file = Pattern.compile(Pattern.quote(prefix) + "[0-9a-f]{" + hashLength
                + "}\\.[^./]+");
        Set<String> names = new TreeSet<>();
        try (Stream<String> all = kit.storage().list(directory)) {
            all.filter(n -> file.matcher(n).matches()).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cache files of source \""
                    + source.name() + "\"", e);
        }
        return names;
    }

    /**
     * The files the {@code hash} layout holds for a source: only computable for the
     * registrations on its groups, with the version last seen.
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
                names.add(kit.cacheFiles().file(kit.generator(r.generatorId(),
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
            return Optional.of(kit.sources().versioned(source));
        } catch (ImageKitException e) {
            return Optional.empty();
        }
    }

    private List<SourceGroupRegistration> containing(Source source) {
        return kit.registry().sourceGroups().registrations().stream()
                .filter(r -> r.group().contains(source)).toList();
    }

    /** A generator whose only use is to be named. */
    private record Probe(Source source0) implements ImageGenerator {

        @Override
        public EncodedImage generate() {
            throw new UnsupportedOperationException("a probe is only named");
        }

        @Override
        public String cacheKey() {
            return "probe";
        }

        @Override
        public String hash() {
            return PROBE_HASH;
        }

        @Override
        public ImageFormat format() {
            return ImageFormat.JPEG;
        }

        @Override
        public Optional<Source> source() {
            return Optional.of(source0);
        }
    }
}
