/**
 * The example gallery as a Spring Boot application ({@link
 * io.github.jimagekit.example.boot.GalleryApplication}): the WAR's photos, specs, templates and
 * servlets, with the kit, the cache-file servlet and the Thymeleaf dialect from
 * imagekit-spring-boot-starter; {@link io.github.jimagekit.example.boot.GalleryEnvironment}
 * turns the gallery's folders into {@code imagekit.*} settings.
 */
package io.github.jimagekit.example.boot;
