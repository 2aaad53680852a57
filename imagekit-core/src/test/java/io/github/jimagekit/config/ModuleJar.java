package io.github.jimagekit.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A class loader whose {@code META-INF/services} list {@link SettingKeys} providers, as a
 * module's jar on a web application's class path does, without listing them on the test class
 * path (where every other test would see them).
 */
final class ModuleJar {

    private ModuleJar() {
    }

    /**
     * Makes the loader.
     *
     * @param dir       a temporary directory for the services file
     * @param providers the provider classes to list
     * @return a loader over {@code dir}, child of the test class path's
     */
    static URLClassLoader listing(Path dir, Class<?>... providers) {
        try {
            Path services = Files.createDirectories(dir.resolve("META-INF/services"));
            StringBuilder list = new StringBuilder();
            for (Class<?> p : providers) {
                list.append(p.getName()).append('\n');
            }
            Files.writeString(services.resolve(SettingKeys.class.getName()), list);
            return new URLClassLoader(new URL[] {dir.toUri().toURL()},
                    ModuleJar.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
