package io.github.jimagekit.spring.boot;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.micrometer.ImageKitMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of jimagekit's Micrometer metrics: an {@link ImageKitMetrics} bean for the
 * application's kit when Micrometer is on the class path. Boot binds every {@link MeterBinder}
 * bean to its meter registries, so the {@code imagekit.*} meters appear under
 * {@code /actuator/metrics} and in every registry the application has (Prometheus, OTLP, ...).
 *
 * <p>It runs after {@link ImageKitAutoConfiguration} and Boot's metrics auto-configurations
 * (named, so that this class needs none of them to load), backs off for an application's own
 * {@code ImageKitMetrics} bean, and is switched off like any meter with
 * {@code management.metrics.enable.imagekit=false}.
 */
@AutoConfiguration(after = ImageKitAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure"
                + ".CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MeterBinder.class, ImageKitMetrics.class})
@ConditionalOnBean(ImageKit.class)
public class ImageKitMetricsAutoConfiguration {

    /** Creates the configuration; Spring Boot does this. */
    public ImageKitMetricsAutoConfiguration() {
        // a configuration class
    }

    /**
     * The kit's meter binder, closed with the context (it then stops recording generations).
     *
     * @param kit the application's kit
     * @return the binder, which Boot binds to its registries
     */
    @Bean
    @ConditionalOnMissingBean
    public ImageKitMetrics imageKitMetrics(ImageKit kit) {
        return new ImageKitMetrics(kit);
    }
}
