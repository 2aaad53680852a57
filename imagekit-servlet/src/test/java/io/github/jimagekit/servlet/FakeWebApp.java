package io.github.jimagekit.servlet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A web application made of maps: context parameters, files by path, and a class loader whose
 * class path is a directory (for a class-path {@code imagekit.properties}).
 */
final class FakeWebApp implements WebAppInputs, AutoCloseable {

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Path classes;
    private final URLClassLoader loader;

    /**
     * Makes an application with nothing in it.
     *
     * @param classes a temporary directory: the class path's root
     */
    FakeWebApp(Path classes) {
        this.classes = classes;
        try {
            this.loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    FakeWebApp.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FakeWebApp parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    FakeWebApp file(String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    FakeWebApp classPathFile(String name, String content) {
        try {
            Files.writeString(classes.resolve(name), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> initParameters() {
        return parameters;
    }

    @Override
    public Optional<InputStream> openResource(String path) {
        return Optional.ofNullable(files.get(path)).map(ByteArrayInputStream::new);
    }

    @Override
    public ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
