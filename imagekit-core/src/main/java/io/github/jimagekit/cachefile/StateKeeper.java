package io.github.jimagekit.cachefile;

import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageHeader;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.spec.ImageSpec;
import io.github.jimagekit.storage.Storage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps cache file states right: asks the state cache first, the storage once on a miss,
 * generates under a lease with one caller per file in this JVM, records sizes and failures.
 */
final class StateKeeper {

    private static final System.Logger LOG = System.getLogger(StateKeeper.class.getName());
    private static final long POLL_NANOS = 20_000_000L;

    private final Storage storage;
    private final StateCache stateCache;
    private final Imaging imaging;
    private final StateTimeouts timeouts;
    private final Clock clock;
    private final CacheStatistics statistics;
    private final String owner = UUID.randomUUID().toString();
    private final SingleFlight<CacheFileState.Exists> flights = new SingleFlight<>();
    private final FailureLog failureLog;

    StateKeeper(Storage storage, StateCache stateCache, Imaging imaging, StateTimeouts timeouts,
            Clock clock, CacheStatistics statistics) {
        this.storage = storage;
        this.stateCache = stateCache;
        this.imaging = imaging;
        this.timeouts = timeouts;
        this.clock = clock;
        this.statistics = statistics;
        this.failureLog = new FailureLog(timeouts.failure());
    }

    /** Makes sure a file exists, generating it in this thread if needed. */
    CacheFileState.Exists ensureExists(ImageCacheFile file, boolean force) {
        if (!force) {
            Optional<CacheFileState.Exists> known = settled(file);
            if (known.isPresent()) {
                return known.get();
            }
        }
        CacheFileState.Exists result = flights.run(file.name(), () -> resolve(file, force));
        file.remember(result);
        return result;
    }

    /** Tells whether nothing needs scheduling: the file exists, is being made or just failed. */
    boolean isSettled(ImageCacheFile file) {
        if (file.known() != null || flights.isRunning(file.name())) {
            return true;
        }
        CacheFileState s = lookup(file.name()).orElse(null);
        long now = clock.millis();
        return s instanceof CacheFileState.Exists
                || (s instanceof CacheFileState.Generating g && g.isValid(now))
                || (s instanceof CacheFileState.Failed f && f.isValid(now));
    }

    /** Tells whether the file exists, asking the storage only when the state is unknown. */
    boolean exists(ImageCacheFile file) {
        if (file.known() != null) {
            return true;
        }
        Optional<CacheFileState> s = lookup(file.name());
        if (s.isPresent()) {
            s.filter(CacheFileState.Exists.class::isInstance)
                    .ifPresent(e -> file.remember((CacheFileState.Exists) e));
            return s.get() instanceof CacheFileState.Exists;
        }
        Optional<CacheFileState.Exists> there = readStorage(file);
        if (there.isEmpty()) {
            // over no state only: another node may have taken the lease meanwhile
            stateCache.replace(file.name(), null, CacheFileState.DoesNotExist.INSTANCE);
        }
        return there.isPresent();
    }

    /** The file's size: known, from the storage when it exists, else predicted. */
    Optional<Size> size(ImageCacheFile file) {
        CacheFileState.Exists e = file.known();
        if (e == null && exists(file)) {
            e = file.known();
        }
        if (e != null) {
            return Optional.of(new Size(e.width(), e.height()));
        }
        return file.predictedSize();
    }

    private Optional<CacheFileState.Exists> settled(ImageCacheFile file) {
        CacheFileState.Exists known = file.known();
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CacheFileState> s = lookup(file.name());
        if (s.isPresent() && s.get() instanceof CacheFileState.Exists e) {
            file.remember(e);
            return Optional.of(e);
        }
        if (s.isPresent() && s.get() instanceof CacheFileState.Failed f
                && f.isValid(clock.millis())) {
            throw new GenerationFailedException(f.message());
        }
        return Optional.empty();
    }

    /**
     * The leader's work: take the lease, then, under it, ask the storage once (when no node
     * has) and generate. The lease comes first so that N nodes asked for a new file at once
     * cost the storage one read and one save between them, not N reads.
     */
    private CacheFileState.Exists resolve(ImageCacheFile file, boolean force) {
        String name = file.name();
        while (true) {
            CacheFileState current = stateCache.get(name).orElse(null);
            long now = clock.millis();
            if (!force && current instanceof CacheFileState.Exists e) {
                return e;
            }
            if (!force && current instanceof CacheFileState.Failed f && f.isValid(now)) {
                throw new GenerationFailedException(f.message());
            }
            if (current instanceof CacheFileState.Generating g && g.isValid(now)
                    && !g.owner().equals(owner)) {
                // another JVM holds the lease: wait for its outcome, then look again
                LockSupport.parkNanos(POLL_NANOS);
                continue;
            }
            CacheFileState.Generating lease = new CacheFileState.Generating(owner,
                    now + timeouts.lease().toMillis());
            if (stateCache.replace(name, current, lease)) {
                return underLease(file, lease, !force && isUnknown(current, now));
            }
        }
    }

    /** Under this instance's lease: finds the file in the storage when asked to, else makes it. */
    private CacheFileState.Exists underLease(ImageCacheFile file, CacheFileState.Generating lease,
            boolean askStorage) {
        if (askStorage) {
            Optional<CacheFileState.Exists> there;
            try {
                there = readStorage(file);
            } catch (RuntimeException e) {
                // leave no lease behind for the others to wait out
                if (stateCache.get(file.name()).filter(lease::equals).isPresent()) {
                    stateCache.remove(file.name());
                }
                throw e;
            }
            if (there.isPresent()) {
                return there.get();
            }
        }
        return generateCounted(file);
    }

    /** Generates, counted among the generations under way while it runs. */
    private CacheFileState.Exists generateCounted(ImageCacheFile file) {
        statistics.generationStarted();
        try {
            return generate(file);
        } finally {
            statistics.generationEnded();
        }
    }

    private CacheFileState.Exists generate(ImageCacheFile file) {
        String name = file.name();
        long start = System.nanoTime();
        try {
            EncodedImage image = file.generator().generate();
            long saveStart = System.nanoTime();
            storage.save(name, image.bytes());
            long end = System.nanoTime();
            CacheFileState.Exists e = new CacheFileState.Exists(image.width(), image.height(),
                    image.format().name(), image.bytes().length);
            stateCache.put(name, e);
            statistics.generated(new GenerationListener.Generated(specOf(file), name,
                    end - start, end - saveStart, image.times()));
            return e;
        } catch (IOException | RuntimeException ex) {
            String message = describe(file, ex);
            Instant now = clock.instant();
            stateCache.put(name, new CacheFileState.Failed(message,
                    now.toEpochMilli() + timeouts.failure().toMillis()));
            statistics.failed(new GenerationListener.Failed(specOf(file), name,
                    FailureCause.of(ex)), message, now);
            failureLog.failed(name, message, ex, now.toEpochMilli());
            throw new GenerationFailedException(message, ex);
        }
    }

    /**
     * Asks the storage once: one read, whose {@code NoSuchFileException} says the file is
     * missing (an existence check and then a read would cost a remote storage two requests);
     * an existing file's size is read from its header and recorded. A missing file is not
     * recorded here: the caller knows over which state (a lease another node took while the
     * read was under way must not be overwritten).
     */
    private Optional<CacheFileState.Exists> readStorage(ImageCacheFile file) {
        String name = file.name();
        try {
            byte[] bytes;
            try {
                bytes = storage.read(name);
            } catch (NoSuchFileException | FileNotFoundException e) {
                // the contract's answer, and java.io's, which storages built on it give
                return Optional.empty();
            }
            ImageHeader h = imaging.readHeader(new ImageData(name, bytes));
            CacheFileState.Exists e = new CacheFileState.Exists(h.orientedSize().width(),
                    h.orientedSize().height(), h.format().name(), bytes.length);
            stateCache.put(name, e);
            file.remember(e);
            return Optional.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check cache file \"" + name + "\"", e);
        } catch (ImageKitException e) {
            // a damaged cache file: regenerate it
            LOG.log(Level.WARNING, "cache file \"" + name + "\" is unreadable, regenerating: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Tells whether a state leaves existence unknown: none, an expired failure or lease, or a
     * lease this instance took when scheduling (the storage was not asked then).
     */
    private boolean isUnknown(CacheFileState s, long now) {
        return s == null
                || (s instanceof CacheFileState.Failed f && !f.isValid(now))
                || (s instanceof CacheFileState.Generating g
                        && (!g.isValid(now) || g.owner().equals(owner)));
    }

    /**
     * Marks a file as being generated before its generation is queued, so that neither
     * another request nor an existence check asks the storage meanwhile.
     *
     * @return whether the mark was set (false: the state changed, nothing to schedule)
     */
    boolean markScheduled(ImageCacheFile file) {
        String name = file.name();
        CacheFileState current = stateCache.get(name).orElse(null);
        long now = clock.millis();
        if (current instanceof CacheFileState.Exists) {
            return false;
        }
        return stateCache.replace(name, current,
                new CacheFileState.Generating(owner, now + timeouts.lease().toMillis()));
    }

    private Optional<CacheFileState> lookup(String name) {
        Optional<CacheFileState> s = stateCache.get(name);
        if (s.isPresent()) {
            statistics.stateHit();
        } else {
            statistics.stateMiss();
        }
        return s;
    }

    /** The spec's generator id, which metrics tag by; a generator's class name otherwise. */
    private static String specOf(ImageCacheFile file) {
        ImageGenerator g = file.generator();
        if (g instanceof ImageSpec spec) {
            return spec.id();
        }
        String simple = g.getClass().getSimpleName();
        return simple.isEmpty() ? g.getClass().getName() : simple;
    }

    private static String describe(ImageCacheFile file, Exception ex) {
        if (ex instanceof ImageKitException && ex.getMessage() != null) {
            return ex.getMessage();
        }
        String source = file.generator().source().map(s -> " of source \"" + s.name() + "\"")
                .orElse("");
        return "cannot save cache file \"" + file.name() + "\"" + source + " ("
                + ex.getClass().getSimpleName() + ")";
    }
}
