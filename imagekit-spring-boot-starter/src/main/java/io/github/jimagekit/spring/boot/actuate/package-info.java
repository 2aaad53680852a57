/**
 * Spring Boot Actuator support for jimagekit, active when Actuator is on the class path:
 * {@link io.github.jimagekit.spring.boot.actuate.ImageKitActuatorAutoConfiguration} adds the
 * {@code imagekit} health indicator
 * ({@link io.github.jimagekit.spring.boot.actuate.ImageKitHealthIndicator}) and the
 * {@code imagekit} endpoint ({@link io.github.jimagekit.spring.boot.actuate.ImageKitEndpoint}),
 * both reading the kit through one {@link io.github.jimagekit.status.KitStatus}.
 */
package io.github.jimagekit.spring.boot.actuate;
