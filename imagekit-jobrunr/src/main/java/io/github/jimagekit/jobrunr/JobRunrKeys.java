package io.github.jimagekit.jobrunr;

import io.github.jimagekit.config.SettingKey;
import io.github.jimagekit.config.SettingKeys;
import java.time.Duration;
import java.util.List;

/**
 * The {@code imagekit.jobrunr.*} settings: the job database that {@link JobRunrBackend}'s
 * settings constructor opens
 * ({@code imagekit.default.cachefile.backend=io.github.jimagekit.jobrunr.JobRunrBackend}), the
 * retries of each job, and what {@link JobRunrWorker#start(io.github.jimagekit.ImageKit)}
 * starts. Listed in {@code META-INF/services/io.github.jimagekit.config.SettingKeys}.
 */
public final class JobRunrKeys implements SettingKeys {

    /** The JDBC URL of JobRunr's database. */
    public static final SettingKey<String> URL = SettingKey.text("imagekit.jobrunr.datasource.url",
            "", "The JDBC URL of the database JobRunr keeps its jobs in, such as"
                    + " jdbc:postgresql://db/jobs (its driver must be on the class path).");

    /** The database user. */
    public static final SettingKey<String> USER = SettingKey.text(
            "imagekit.jobrunr.datasource.user", "", "The database user; empty: none.");

    /** The database password. */
    public static final SettingKey<String> PASSWORD = SettingKey.text(
            "imagekit.jobrunr.datasource.password", "", "The database password; empty: none.");

    /** How many times a job failing on a transient storage error is retried. */
    public static final SettingKey<Integer> RETRIES = SettingKey.of("imagekit.jobrunr.retries",
            "5", "How many times a generation that failed on a storage error (an IOException)"
                    + " is retried, with JobRunr's exponential back-off; bad images never are.",
            v -> atLeast(v, 0));

    /** Worker threads of the node's background job server. */
    public static final SettingKey<Integer> WORKERS = SettingKey.of("imagekit.jobrunr.workers",
            "0", "Worker threads of this node's JobRunr server; 0: JobRunr's default (by the"
                    + " number of cores).", v -> atLeast(v, 0));

    /** How often the node's server asks the database for jobs. */
    public static final SettingKey<Duration> POLL_INTERVAL = SettingKey.duration(
            "imagekit.jobrunr.poll-interval", "15s",
            "How often this node's JobRunr server asks the database for work; at least 5s"
                    + " (JobRunr's floor).");

    /** The port of JobRunr's dashboard; 0: none. */
    public static final SettingKey<Integer> DASHBOARD_PORT = SettingKey.of(
            "imagekit.jobrunr.dashboard.port", "0", "The port JobRunr's dashboard listens on"
                    + " on this node, such as 8000; 0: no dashboard.", v -> atLeast(v, 0));

    /** Creates the provider; {@link java.util.ServiceLoader} does this. */
    public JobRunrKeys() {
        // found with ServiceLoader
    }

    @Override
    public List<SettingKey<?>> keys() {
        return List.of(URL, USER, PASSWORD, RETRIES, WORKERS, POLL_INTERVAL, DASHBOARD_PORT);
    }

    private static int atLeast(String v, int min) {
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, was \"" + v + "\"", e);
        }
        if (n < min) {
            throw new IllegalArgumentException("must be at least " + min + ", was " + n);
        }
        return n;
    }
}
