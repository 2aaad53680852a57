package io.github.jimagekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * The WAR and JVM of the settings-equality tests: a setting in every source, neighbouring
 * sources sharing a key, and the settings that must win.
 */
final class SettingsWar {

    /** Where the class-path {@code imagekit.properties} goes. */
    enum ClassPathFile {
        /** {@code WEB-INF/classes/imagekit.properties}. */
        CLASSES,
        /** {@code imagekit.properties} in {@code WEB-INF/lib/settings.jar}. */
        LIB_JAR
    }

    /** The system properties of the JVM (one shared with the environment). */
    static final Map<String, String> SYSTEM_PROPERTIES = Map.of(
            "imagekit.cache.heap-entries", "500",
            "imagekit.image.max-pixels", "123456");

    /** The environment variables (one shared with web.xml, one with the WEB-INF file). */
    static final Map<String, String> ENVIRONMENT = Map.of(
            "IMAGEKIT_CACHE_HEAP_ENTRIES", "600",
            "IMAGEKIT_SOURCE_VERSION_TTL", "2m",
            "IMAGEKIT_DEFAULT_QUALITY", "73",
            "IMAGEKIT_CACHE_MISSING_TIMEOUT", "7s");

    private SettingsWar() {
    }

    /**
     * Returns the settings that win.
     *
     * @param media the storage root the WAR's web.xml sets
     * @return keys to values, sorted as {@code ImageKitConfig.toString()} prints them
     */
    static Map<String, String> expected(Path media) {
        Map<String, String> expected = new TreeMap<>();
        expected.put("imagekit.storage.root", media.toString());
        expected.put("imagekit.storage.base-url", "/media/");
        expected.put("imagekit.cachefile.dir", "FROM_WEB_XML");
        expected.put("imagekit.async.threads", "4");
        expected.put("imagekit.cache.prefix", "war-class-path:");
        expected.put("imagekit.cache.backend", "memory");
        expected.put("imagekit.source.version-ttl", "2m");
        expected.put("imagekit.default.quality", "73");
        expected.put("imagekit.cache.missing-timeout", "7s");
        expected.put("imagekit.cache.heap-entries", "500");
        expected.put("imagekit.image.max-pixels", "123456");
        return expected;
    }

    /**
     * Writes the exploded WAR.
     *
     * @param exploded  the directory to write
     * @param media     the storage root its web.xml sets
     * @param classPath where its class-path settings file goes
     * @return {@code exploded}
     * @throws IOException when it cannot be written
     */
    static Path explode(Path exploded, Path media, ClassPathFile classPath) throws IOException {
        Files.createDirectories(exploded.resolve("WEB-INF/classes"));
        Files.createDirectories(exploded.resolve("WEB-INF/lib"));
        Files.writeString(exploded.resolve("WEB-INF/web.xml"), CommandSettingsTest.webXml(
                Map.of("imagekit.storage.root", media.toString(),
                        "imagekit.storage.base-url", "/media/",
                        "imagekit.cachefile.dir", "FROM_WEB_XML",
                        "imagekit.source.version-ttl", "10s")));
        Files.write(exploded.resolve("WEB-INF/imagekit.properties"), List.of(
                "imagekit.cachefile.dir=FROM_WEB_INF_FILE",
                "imagekit.default.quality=72",
                "imagekit.async.threads=4"));
        String file = String.join("\n", "imagekit.async.threads=5",
                "imagekit.cache.prefix=war-class-path:", "imagekit.cache.backend=memory", "");
        if (classPath == ClassPathFile.LIB_JAR) {
            try (OutputStream out = Files.newOutputStream(
                    exploded.resolve("WEB-INF/lib/settings.jar"));
                    JarOutputStream jar = new JarOutputStream(out)) {
                jar.putNextEntry(new ZipEntry("imagekit.properties"));
                jar.write(file.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        } else {
            Files.writeString(exploded.resolve("WEB-INF/classes/imagekit.properties"), file);
        }
        return exploded;
    }
}
