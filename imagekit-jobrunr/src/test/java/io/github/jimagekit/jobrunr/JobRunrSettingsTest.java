package io.github.jimagekit.jobrunr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

final class JobRunrSettingsTest {

    @Test
    void new_noDatabaseUrl_failsNamingTheSetting() {
        assertThatThrownBy(() -> new JobRunrBackend(ImageKitConfig.defaults()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("imagekit.jobrunr.datasource.url is not set: it must name JobRunr's"
                        + " database, such as jdbc:postgresql://db:5432/jobs");
    }

    @Test
    void new_unreachableDatabase_failsNamingTheUrlNotThePassword() {
        ImageKitConfig config = ImageKitConfig.builder()
                .set("imagekit.jobrunr.datasource.url", "jdbc:nosuchdriver://db/jobs")
                .set("imagekit.jobrunr.datasource.user", "ik")
                .set("imagekit.jobrunr.datasource.password", "s3cret").build();

        assertThatThrownBy(() -> new JobRunrBackend(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot connect to the job database"
                        + " UrlDataSource[jdbc:nosuchdriver://db/jobs]: ")
                .message().doesNotContain("s3cret");
    }

    @Test
    void start_pollIntervalUnderFiveSeconds_failsNamingTheSetting() {
        ImageKitConfig config = ImageKitConfig.builder()
                .set("imagekit.jobrunr.datasource.url", "jdbc:h2:mem:poll;DB_CLOSE_DELAY=-1")
                .set("imagekit.jobrunr.poll-interval", "1s")
                .set("imagekit.storage.root", System.getProperty("java.io.tmpdir"))
                .set("imagekit.cache.backend", "memory").build();
        try (ImageKit kit = ImageKit.builder().config(config).discover(false).build()) {
            assertThatThrownBy(() -> JobRunrWorker.start(kit))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("imagekit.jobrunr.poll-interval must be at least 5s (JobRunr's"
                            + " smallest poll interval), was PT1S");
        }
    }
}
