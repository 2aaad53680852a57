package io.github.jimagekit.spring.boot.actuate;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.spring.boot.ImageKitAutoConfiguration;
import io.github.jimagekit.status.KitStatus;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator support for the application's {@link ImageKit}, when Spring Boot Actuator
 * ({@code spring-boot-actuator}, which {@code spring-boot-starter-actuator} brings with
 * {@code spring-boot-health}) is on the class path: the {@code imagekit} health indicator
 * (unless {@code management.health.imagekit.enabled=false}) and the {@code imagekit} endpoint
 * (when exposed, as {@code management.endpoints.web.exposure.include} says). Both read the kit
 * through one {@link KitStatus}, so the storage probe's interval holds for both.
 */
@AutoConfiguration(after = ImageKitAutoConfiguration.class)
@ConditionalOnClass({ImageKit.class, KitStatus.class, Endpoint.class})
@ConditionalOnBean(ImageKit.class)
public class ImageKitActuatorAutoConfiguration {

    /** Creates the configuration; Spring Boot does this. */
    public ImageKitActuatorAutoConfiguration() {
        // a configuration class
    }

    /**
     * The reader both the indicator and the endpoint use.
     *
     * @param kit the application's kit
     * @return its status reader, probing the storage at most every 10 s
     */
    @Bean
    @ConditionalOnMissingBean
    public KitStatus imageKitStatus(ImageKit kit) {
        return KitStatus.of(kit);
    }

    /**
     * The {@code imagekit} endpoint.
     *
     * @param status the kit's status reader
     * @return the endpoint
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    public ImageKitEndpoint imageKitEndpoint(KitStatus status) {
        return new ImageKitEndpoint(status);
    }

    /** The health indicator, with Boot's health support ({@code spring-boot-health}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("imagekit")
    public static class HealthConfiguration {

        /** Creates the configuration; Spring Boot does this. */
        public HealthConfiguration() {
            // a configuration class
        }

        /**
         * The {@code imagekit} health indicator (Boot names it after the bean, without the
         * {@code HealthIndicator} suffix).
         *
         * @param status the kit's status reader
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "imagekitHealthIndicator")
        public ImageKitHealthIndicator imagekitHealthIndicator(KitStatus status) {
            return new ImageKitHealthIndicator(status);
        }
    }
}
