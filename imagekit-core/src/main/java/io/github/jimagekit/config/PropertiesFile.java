package io.github.jimagekit.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads an {@code imagekit.properties} file: the one place where settings files are parsed,
 * whether they come from a path, the class path, {@code WEB-INF/} or a WAR. The file is read as
 * UTF-8 ({@link Properties#load(java.io.Reader)} syntax), so values need no unicode escapes.
 */
public final class PropertiesFile {

    private PropertiesFile() {
    }

    /**
     * Reads settings from a stream, closing it.
     *
     * @param in   the file's content
     * @param name what the file is called in messages, such as
     *     {@code "/WEB-INF/imagekit.properties"} (never a full filesystem path)
     * @return keys to values, sorted by key
     * @throws InvalidConfigurationException naming the file when it cannot be read or parsed
     *     (a malformed unicode escape)
     */
    public static Map<String, String> read(InputStream in, String name) {
        try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            Map<String, String> settings = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k)));
            return Collections.unmodifiableMap(settings);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidConfigurationException("cannot read " + name + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads a settings file.
     *
     * @param file the file
     * @return keys to values, sorted by key
     * @throws InvalidConfigurationException naming the file (by its name only) when it cannot
     *     be read or parsed
     */
    public static Map<String, String> read(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidConfigurationException("cannot read " + file.getFileName()
                    + ": no such file", e);
        } catch (IOException e) {
            throw new InvalidConfigurationException("cannot read " + file.getFileName() + ": "
                    + e.getMessage(), e);
        }
        return read(in, String.valueOf(file.getFileName()));
    }

    /**
     * Reads {@code imagekit.properties} from the root of a class path.
     *
     * @param loader the class loader to look in
     * @return keys to values, or empty when there is no such resource
     * @throws InvalidConfigurationException when the file cannot be read or parsed
     */
    public static Optional<Map<String, String>> readFromClasspath(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(ImageKitConfig.FILE_NAME);
        return in == null ? Optional.empty()
                : Optional.of(read(in, "class path resource " + ImageKitConfig.FILE_NAME));
    }
}
