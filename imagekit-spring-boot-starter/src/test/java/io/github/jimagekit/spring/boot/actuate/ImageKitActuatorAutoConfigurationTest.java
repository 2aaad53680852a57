package io.github.jimagekit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.ImageKitCustomizer;
import io.github.jimagekit.spring.boot.ImageKitAutoConfiguration;
import io.github.jimagekit.status.KitStatus;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.testing.ForwardingStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

final class ImageKitActuatorAutoConfigurationTest {

    private static final String PROBE = "CACHE/images/" + KitStatus.PROBE_FILE;

    @TempDir
    Path root;

    private WebApplicationContextRunner runner() {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
                        ImageKitActuatorAutoConfiguration.class))
                .withPropertyValues("imagekit.storage.root=" + root,
                        "imagekit.cache.backend=memory");
    }

    /** A storage whose writes all fail, as on a full or read-only disk. */
    @Configuration(proxyBeanMethods = false)
    static class ReadOnlyStorage {

        @Bean
        ImageKitCustomizer readOnly(Environment environment) {
            Path root = Path.of(environment.getRequiredProperty("imagekit.storage.root"));
            return builder -> builder.storage(new ForwardingStorage(
                    new FileSystemStorage(root, "/media/")) {
                @Override
                public void save(String name, InputStream content) throws IOException {
                    throw new IOException("read-only file system");
                }
            });
        }
    }

    @Test
    void actuator_indicatorUpAndOneStatusReader() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(KitStatus.class)
                    .hasBean("imagekitHealthIndicator")
                    .as("not exposed: only health is, by default")
                    .doesNotHaveBean(ImageKitEndpoint.class);

            Health health = context.getBean(ImageKitHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).isEqualTo(Map.of("storage", "writable",
                    "stateCache", "open", "failuresLastMinute", 0L));
        });
    }

    @Test
    void endpointExposed_reportsTheKit() {
        runner().withPropertyValues("management.endpoints.web.exposure.include=imagekit")
                .run(context -> assertThat(context.getBean(ImageKitEndpoint.class).report()
                        .generators()).contains(ImageKit.THUMBNAIL));
    }

    @Test
    void storageNotWritable_downNamingTheProbe() {
        runner().withUserConfiguration(ReadOnlyStorage.class).run(context -> {
            Health health = context.getBean(ImageKitHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("storage", "cannot save \"" + PROBE
                    + "\": IOException: read-only file system")
                    .containsEntry("stateCache", "open");
        });
    }

    @Test
    void kitClosed_downWithTheStateCacheClosed() {
        runner().run(context -> {
            context.getBean(ImageKit.class).close();

            Health health = context.getBean(ImageKitHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("stateCache", "closed");
        });
    }

    @Test
    void indicatorDisabled_noIndicator() {
        runner().withPropertyValues("management.health.imagekit.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(KitStatus.class)
                        .doesNotHaveBean(ImageKitHealthIndicator.class));
    }

    @Test
    void withoutActuator_nothing() {
        runner().withClassLoader(new FilteredClassLoader(Endpoint.class, HealthIndicator.class))
                .run(context -> assertThat(context).hasSingleBean(ImageKit.class)
                        .doesNotHaveBean(KitStatus.class)
                        .doesNotHaveBean(ImageKitHealthIndicator.class));
    }
}
