package io.github.jimagekit.jobrunr;

import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;

/**
 * JobRunr's storage of jobs, shared by every node: the SQL database (PostgreSQL, H2, MySQL,
 * ... whatever JobRunr supports) that the backend enqueues into and the workers poll, with the
 * JSON mapper jobs are stored with (Jackson). JobRunr creates its tables on first use.
 */
public final class JobDatabase implements AutoCloseable {

    private final StorageProvider storage;
    private final JsonMapper json;
    private final JobRequestScheduler scheduler;

    private JobDatabase(StorageProvider storage, JsonMapper json) {
        this.storage = storage;
        this.json = json;
        storage.setJobMapper(new JobMapper(json));
        this.scheduler = new JobRequestScheduler(storage);
    }

    /**
     * Opens the database a data source reaches (a container's pooled one, preferably).
     *
     * @param dataSource the data source
     * @return the job database
     * @throws IllegalStateException naming the data source when it cannot be reached or is of
     *     a kind JobRunr does not support
     */
    public static JobDatabase of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the job database " + dataSource
                    + ": " + e.getMessage(), e);
        }
        try {
            return new JobDatabase(SqlStorageProviderFactory.using(dataSource),
                    new JacksonJsonMapper());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot use " + dataSource + " as JobRunr's storage: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Opens the database the {@code imagekit.jobrunr.datasource.*} settings name.
     *
     * @param config the settings
     * @return the job database
     * @throws InvalidConfigurationException when {@code imagekit.jobrunr.datasource.url} is
     *     not set
     * @throws IllegalStateException naming the URL when the database cannot be reached
     */
    public static JobDatabase open(ImageKitConfig config) {
        String url = config.get(JobRunrKeys.URL).strip();
        if (url.isEmpty()) {
            throw new InvalidConfigurationException(JobRunrKeys.URL.name() + " is not set: it"
                    + " must name JobRunr's database, such as jdbc:postgresql://db:5432/jobs",
                    null, JobRunrKeys.URL.name());
        }
        return of(new UrlDataSource(url, config.get(JobRunrKeys.USER),
                config.get(JobRunrKeys.PASSWORD)));
    }

    /**
     * Returns JobRunr's storage provider, for a {@code BackgroundJobServer} or the dashboard.
     *
     * @return the storage provider
     */
    public StorageProvider storageProvider() {
        return storage;
    }

    /**
     * Returns the JSON mapper jobs are stored with.
     *
     * @return the mapper
     */
    public JsonMapper jsonMapper() {
        return json;
    }

    /**
     * Returns the scheduler that enqueues job requests into this database.
     *
     * @return the scheduler
     */
    public JobRequestScheduler scheduler() {
        return scheduler;
    }

    /** Closes the storage provider. */
    @Override
    public void close() {
        storage.close();
    }

    @Override
    public String toString() {
        return "JobDatabase[" + storage.getStorageProviderInfo().getName() + "]";
    }
}
