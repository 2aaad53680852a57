package io.github.jimagekit.jobrunr;

import static org.jobrunr.scheduling.JobBuilder.aJob;

import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.jobs.states.StateName;

/**
 * A cache file backend that enqueues each generation as a JobRunr job, for whichever node's
 * {@link JobRunrWorker} polls first: django-imagekit's Celery backend. The job carries a
 * {@link GenerationRecipe}; the worker makes the file again with its own kit and generates it
 * under the state cache's lease, so share the state cache and the storage between the nodes.
 *
 * <p>A file that exists is not enqueued; one enqueued by this node is not enqueued again
 * within the kit's generating lease ({@code imagekit.cache.generating-lease}), however many
 * pages ask for it meanwhile. When the job database cannot take a job, the file is generated
 * in the calling thread, so that no image is lost.
 *
 * <p>Name it in the settings ({@code imagekit.default.cachefile.backend=}
 * {@code io.github.jimagekit.jobrunr.JobRunrBackend}, with the {@link JobRunrKeys}) or make it
 * in code over a {@link JobDatabase}.
 */
public final class JobRunrBackend implements CacheFileBackend {

    private static final System.Logger LOG = System.getLogger(JobRunrBackend.class.getName());

    private final JobDatabase database;
    private final boolean ownsDatabase;
    private final int retries;
    private final long windowNanos;
    /** The files this node enqueued, to the time their window ends. */
    private final Map<String, Long> enqueued = new ConcurrentHashMap<>();

    /**
     * Opens the job database the settings name: what {@code imagekit.default.cachefile.backend}
     * calls. Closing the backend (the kit does) closes the database.
     *
     * @param config the settings
     * @throws io.github.jimagekit.config.InvalidConfigurationException when
     *     {@code imagekit.jobrunr.datasource.url} is not set
     * @throws IllegalStateException naming the URL when the database cannot be reached
     */
    public JobRunrBackend(ImageKitConfig config) {
        this(JobDatabase.open(config), true, config);
    }

    /**
     * Creates a backend over a job database that the caller keeps open and closes.
     *
     * @param database the job database
     * @param config   the settings: {@code imagekit.jobrunr.retries} and the generating lease
     */
    public JobRunrBackend(JobDatabase database, ImageKitConfig config) {
        this(database, false, config);
    }

    private JobRunrBackend(JobDatabase database, boolean owns, ImageKitConfig config) {
        this.database = Objects.requireNonNull(database, "database");
        this.ownsDatabase = owns;
        this.retries = config.get(JobRunrKeys.RETRIES);
        this.windowNanos = config.duration(ConfigKey.CACHE_GENERATING_LEASE)
                .orElse(Duration.ofSeconds(60)).toNanos();
    }

    /**
     * Enqueues the file's generation unless it exists or this node enqueued it lately.
     *
     * @param file  the cache file, made from a registered id
     * @param force whether to generate even when the file exists
     * @throws IllegalArgumentException naming the file when it has no recipe that a job can
     *     carry (made from a generator object, or an argument that is not a plain value)
     */
    @Override
    public void generate(ImageCacheFile file, boolean force) {
        if (!force && exists(file)) {
            return;
        }
        GenerationRecipe recipe = GenerationRecipe.of(file, force);
        long now = System.nanoTime();
        Long previous = enqueued.get(file.name());
        if (!force && previous != null && now - previous < 0) {
            return;
        }
        if (previous == null ? enqueued.putIfAbsent(file.name(), now + windowNanos) != null
                : !enqueued.replace(file.name(), previous, now + windowNanos)) {
            return;
        }
        prune(now);
        try {
            database.scheduler().create(aJob().withName("imagekit: generate " + file.name())
                    .withAmountOfRetries(retries).withJobRequest(recipe));
        } catch (RuntimeException e) {
            enqueued.remove(file.name());
            LOG.log(Level.WARNING, "cannot enqueue \"" + file.name() + "\", generating it here: "
                    + e.getMessage());
            CacheFileBackend.simple().generate(file, force);
        }
    }

    /** Forgets the windows that ended, so that the map holds only the recent files. */
    private void prune(long now) {
        if (enqueued.size() > 10_000) {
            enqueued.values().removeIf(end -> now - end >= 0);
        }
    }

    @Override
    public boolean isAsync() {
        return true;
    }

    @Override
    public boolean isDistributed() {
        return true;
    }

    /**
     * Returns the jobs waiting in the database for a worker: all enqueued JobRunr jobs, this
     * node's or not. One database query: read it for monitoring only.
     *
     * @return the enqueued jobs
     */
    @Override
    public int queued() {
        return (int) Math.min(Integer.MAX_VALUE,
                database.storageProvider().countJobs(StateName.ENQUEUED));
    }

    /**
     * Returns the job database, which a {@link JobRunrWorker} on this node shares.
     *
     * @return the database
     */
    public JobDatabase database() {
        return database;
    }

    /** Closes the job database when the settings opened it. */
    @Override
    public void close() {
        if (ownsDatabase) {
            database.close();
        }
    }

    @Override
    public String toString() {
        return "JobRunrBackend[" + database + "]";
    }
}
