/**
 * Spring Boot auto-configuration of jimagekit: {@link
 * io.github.jimagekit.spring.boot.ImageKitAutoConfiguration} makes the
 * {@link io.github.jimagekit.ImageKit} bean from the {@code imagekit.*} properties that
 * {@link io.github.jimagekit.spring.boot.EnvironmentSettings} reads from Boot's
 * {@code Environment}, registers the cache-file servlet and the Thymeleaf dialect, and closes
 * the kit with the application context.
 */
package io.github.jimagekit.spring.boot;
