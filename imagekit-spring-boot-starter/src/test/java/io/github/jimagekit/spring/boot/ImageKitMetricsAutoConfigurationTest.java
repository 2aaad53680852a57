package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.micrometer.ImageKitMetrics;
import io.github.jimagekit.testing.TestImages;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

final class ImageKitMetricsAutoConfigurationTest {

    @TempDir
    Path root;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ImageKitAutoConfiguration.class,
                    ImageKitMetricsAutoConfiguration.class, MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class));

    @BeforeEach
    void photo() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve("photos/a.jpg"),
                TestImages.encode(TestImages.quadrants(300, 200), "jpeg"));
    }

    private ApplicationContextRunner app() {
        return runner.withPropertyValues("imagekit.storage.root=" + root,
                "imagekit.cache.backend=memory");
    }

    /** An application's own binder, with a tag of its own. */
    @Configuration(proxyBeanMethods = false)
    static class OwnBinder {

        @Bean
        ImageKitMetrics shopMetrics(ImageKit kit) {
            return new ImageKitMetrics(kit, Tags.of("app", "shop"));
        }
    }

    @Test
    void metrics_withMicrometer_theKitsMetersInBootsRegistry() {
        app().run(context -> {
            assertThat(context).hasSingleBean(ImageKitMetrics.class);
            context.getBean(ImageKit.class).thumbnail("photos/a.jpg", "60x40").url();
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            assertThat(registry.get("imagekit.generations").tag("spec", "imagekit:thumbnail")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get("imagekit.generation").tag("spec", "imagekit:thumbnail")
                    .timer().count()).isEqualTo(1);
            assertThat(registry.get("imagekit.state.lookups").tag("result", "miss")
                    .functionCounter().count()).isEqualTo(1);
            assertThat(registry.get("imagekit.queue.depth").gauge().value()).isZero();
        });
    }

    @Test
    void metrics_withoutMicrometer_noBinderAndTheKitStillThere() {
        app().withClassLoader(new FilteredClassLoader(MeterBinder.class)).run(context -> {
            assertThat(context).hasSingleBean(ImageKit.class);
            assertThat(context).doesNotHaveBean(ImageKitMetrics.class);
        });
    }

    @Test
    void metrics_applicationsOwnBinder_backsOff() {
        app().withUserConfiguration(OwnBinder.class).run(context -> {
            assertThat(context).hasSingleBean(ImageKitMetrics.class);
            assertThat(context).hasBean("shopMetrics");
            context.getBean(ImageKit.class).thumbnail("photos/a.jpg", "60x40").url();

            assertThat(context.getBean(MeterRegistry.class).get("imagekit.generations")
                    .tag("app", "shop").counter().count()).isEqualTo(1);
        });
    }

    @Test
    void metrics_disabledByBootsEnableProperty_noImagekitMeter() {
        app().withPropertyValues("management.metrics.enable.imagekit=false").run(context -> {
            context.getBean(ImageKit.class).thumbnail("photos/a.jpg", "60x40").url();

            assertThat(context.getBean(MeterRegistry.class).find("imagekit.generations")
                    .meters()).isEmpty();
            assertThat(context.getBean(MeterRegistry.class).getMeters())
                    .noneMatch(m -> m.getId().getName().startsWith("imagekit."));
        });
    }
}
