package io.github.jimagekit.jobrunr;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.time.Duration;
import java.util.Objects;
import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;

/**
 * A node's share of the work: a JobRunr {@code BackgroundJobServer} that runs the generation
 * jobs of every node against this node's kit, and, when
 * {@code imagekit.jobrunr.dashboard.port} is set, JobRunr's dashboard. Start one per node
 * after the kit is built; close it before the kit.
 *
 * <pre>{@code
 * ImageKit kit = ImageKit.builder().build();   // the settings name JobRunrBackend
 * JobRunrWorker worker = JobRunrWorker.start(kit);
 * ...
 * worker.close();
 * kit.close();
 * }</pre>
 */
public final class JobRunrWorker implements AutoCloseable {

    private static final Duration MIN_POLL = Duration.ofSeconds(5);

    private final BackgroundJobServer server;
    private final JobRunrDashboardWebServer dashboard;
    private final JobDatabase ownDatabase;

    private JobRunrWorker(BackgroundJobServer server, JobRunrDashboardWebServer dashboard,
            JobDatabase ownDatabase) {
        this.server = server;
        this.dashboard = dashboard;
        this.ownDatabase = ownDatabase;
    }

    /**
     * Starts a worker with the kit's settings, over the kit's {@link JobRunrBackend}'s job
     * database, or else the database the {@link JobRunrKeys} name (a node that only works and
     * never enqueues).
     *
     * @param kit the node's kit
     * @return the started worker
     * @throws io.github.jimagekit.config.InvalidConfigurationException when the kit's backend
     *     is another and {@code imagekit.jobrunr.datasource.url} is not set
     */
    public static JobRunrWorker start(ImageKit kit) {
        Objects.requireNonNull(kit, "kit");
        if (kit.cacheFiles().backend() instanceof JobRunrBackend b) {
            return start(kit, b.database(), null);
        }
        JobDatabase own = JobDatabase.open(kit.config());
        try {
            return start(kit, own, own);
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
    }

    /**
     * Starts a worker over a job database the caller keeps open and closes.
     *
     * @param kit      the node's kit
     * @param database the job database
     * @return the started worker
     */
    public static JobRunrWorker start(ImageKit kit, JobDatabase database) {
        return start(kit, database, null);
    }

    private static JobRunrWorker start(ImageKit kit, JobDatabase database, JobDatabase own) {
        ImageKitConfig config = kit.config();
        BackgroundJobServer server = new BackgroundJobServer(database.storageProvider(),
                database.jsonMapper(), new ImageKitJobActivator(kit, null),
                serverConfiguration(config));
        server.start();
        JobRunrDashboardWebServer dashboard = null;
        int port = config.get(JobRunrKeys.DASHBOARD_PORT);
        if (port > 0) {
            dashboard = new JobRunrDashboardWebServer(database.storageProvider(),
                    database.jsonMapper(), port);
            dashboard.start();
        }
        return new JobRunrWorker(server, dashboard, own);
    }

    private static BackgroundJobServerConfiguration serverConfiguration(ImageKitConfig config) {
        Duration poll = config.get(JobRunrKeys.POLL_INTERVAL);
        if (poll.compareTo(MIN_POLL) < 0) {
            throw new InvalidConfigurationException(JobRunrKeys.POLL_INTERVAL.name()
                    + " must be at least 5s (JobRunr's smallest poll interval), was " + poll,
                    null, JobRunrKeys.POLL_INTERVAL.name());
        }
        BackgroundJobServerConfiguration c = BackgroundJobServerConfiguration
                .usingStandardBackgroundJobServerConfiguration()
                .andName("imagekit")
                .andPollInterval(poll);
        int workers = config.get(JobRunrKeys.WORKERS);
        return workers > 0 ? c.andWorkerCount(workers) : c;
    }

    /**
     * Returns JobRunr's server, for its status.
     *
     * @return the server
     */
    public BackgroundJobServer server() {
        return server;
    }

    /** Stops the dashboard and the server (waiting for running jobs), then an own database. */
    @Override
    public void close() {
        if (dashboard != null) {
            dashboard.stop();
        }
        server.stop();
        if (ownDatabase != null) {
            ownDatabase.close();
        }
    }
}
