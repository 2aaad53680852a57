package io.github.jimagekit.batch;

import io.github.jimagekit.batch.BatchItem.Outcome;
import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.CacheFiles;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.registry.GeneratorLookup;
import io.github.jimagekit.registry.SourceGroupRegistration;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.source.Sources;
import io.github.jimagekit.spec.GeneratorArguments;
import io.github.jimagekit.spec.GeneratorCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * One run of a {@link BatchGenerator}: streams each group's sources into a window of at most
 * twice the threads, generates on a pool of daemon threads, counts outcomes.
 */
final class BatchRun {

    /** The flags of a run. */
    record Options(boolean force, boolean dryRun, int threads, boolean failFast,
            CacheFileBackend backend) {
    }

    private final GeneratorLookup generators;
    private final Sources sources;
    private final CacheFiles cacheFiles;
    private final Options options;
    private final BatchListener listener;
    private final LongAdder[] counts = new LongAdder[Outcome.values().length];
    private final List<BatchItem> failures = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    BatchRun(GeneratorLookup generators, Sources sources, CacheFiles cacheFiles, Options options,
            BatchListener listener) {
        this.generators = generators;
        this.sources = sources;
        this.cacheFiles = cacheFiles;
        this.options = options;
        this.listener = listener;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    BatchSummary run(List<SourceGroupRegistration> plan, long total, List<String> warnings) {
        long start = System.nanoTime();
        listener.started(plan, total, warnings);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), workers());
        Semaphore window = new Semaphore(options.threads() * 2);
        boolean interrupted = false;
        try {
            for (SourceGroupRegistration r : plan) {
                if (stop.get() || interrupted) {
                    break;
                }
                interrupted = produce(r, pool, window);
            }
        } finally {
            pool.shutdown();
            interrupted |= awaitUninterruptibly(pool);
        }
        if (interrupted) {
            stop.set(true);
            Thread.currentThread().interrupt();
        }
        BatchSummary summary = summary(Duration.ofNanos(System.nanoTime() - start), warnings);
        listener.finished(summary);
        return summary;
    }

    /** Streams one group into the pool; returns whether the thread was interrupted. */
    private boolean produce(SourceGroupRegistration r, ExecutorService pool, Semaphore window) {
        try (Stream<Source> files = r.group().files(sources.storage())) {
            Iterator<Source> it = files.iterator();
            while (!stop.get() && it.hasNext()) {
                Source source = it.next();
                if (cacheFiles.holds(source)) {
                    continue;
                }
                window.acquire();
                pool.execute(() -> {
                    try {
                        if (!stop.get()) {
                            record(generate(r, source));
                        }
                    } finally {
                        window.release();
                    }
                });
            }
            return false;
        } catch (InterruptedException e) {
            stop.set(true);
            return true;
        } catch (RuntimeException e) {
            record(new BatchItem(r.generatorId(), "(source group " + r.group() + ")", "",
                    Outcome.FAILED, "cannot list the sources: " + describe(e)));
            return false;
        }
    }

    private BatchItem generate(SourceGroupRegistration r, Source source) {
        String file = "";
        try {
            Source versioned = sources.versioned(source);
            GeneratorArguments arguments = r.argumentsFor(versioned);
            ImageCacheFile f = cacheFiles.file(generators.generator(r.generatorId(), arguments),
                    new GeneratorCall(r.generatorId(), arguments), options.backend(),
                    cacheFiles.strategy());
            file = f.name();
            if (!options.force() && exists(file)) {
                return item(r, source, file, Outcome.ALREADY_THERE, "");
            }
            if (options.dryRun()) {
                return item(r, source, file, Outcome.WOULD_GENERATE, "");
            }
            f.generate(options.force());
            // a job engine's backend only enqueues: the file is made by its workers
            return item(r, source, file, options.backend().isDistributed() ? Outcome.ENQUEUED
                    : Outcome.GENERATED, "");
        } catch (RuntimeException e) {
            Outcome o = isMissingSource(e) ? Outcome.MISSING_SOURCE : Outcome.FAILED;
            return item(r, source, file, o, describe(e));
        }
    }

    /**
     * Asks the state cache, and the storage only when the state is unknown; a miss is
     * recorded, so generating does not ask the storage again.
     */
    private boolean exists(String name) {
        StateCache states = cacheFiles.stateCache();
        Optional<CacheFileState> state = states.get(name);
        if (state.isPresent()) {
            return state.get() instanceof CacheFileState.Exists;
        }
        try {
            boolean there = cacheFiles.storage().exists(name);
            if (!there) {
                states.put(name, CacheFileState.DoesNotExist.INSTANCE);
            }
            return there;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check cache file \"" + name + "\"", e);
        }
    }

    private void record(BatchItem item) {
        counts[item.outcome().ordinal()].increment();
        if (item.outcome() == Outcome.FAILED) {
            synchronized (failures) {
                if (failures.size() < BatchSummary.MAX_FAILURES) {
                    failures.add(item);
                }
            }
            if (options.failFast()) {
                stop.set(true);
            }
        }
        listener.done(item);
    }

    private BatchSummary summary(Duration elapsed, List<String> warnings) {
        List<BatchItem> failed;
        synchronized (failures) {
            failed = List.copyOf(failures);
        }
        return new BatchSummary(count(Outcome.GENERATED) + count(Outcome.WOULD_GENERATE),
                count(Outcome.ENQUEUED), count(Outcome.ALREADY_THERE),
                count(Outcome.MISSING_SOURCE), count(Outcome.FAILED), failed, warnings, elapsed,
                options.dryRun(), stop.get());
    }

    private long count(Outcome o) {
        return counts[o.ordinal()].sum();
    }

    private static BatchItem item(SourceGroupRegistration r, Source s, String file, Outcome o,
            String message) {
        return new BatchItem(r.generatorId(), s.name(), file, o, message);
    }

    private static boolean isMissingSource(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MissingSourceException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Waits for the images in hand; an interrupt meanwhile drops the queued ones.
     *
     * @return whether an interrupt came
     */
    private boolean awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.HOURS)) {
                    return interrupted;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                stop.set(true);
            }
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "imagekit-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
