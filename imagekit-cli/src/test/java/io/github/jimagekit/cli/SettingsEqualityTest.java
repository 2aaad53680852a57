package io.github.jimagekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One WAR, one JVM environment: the running application (on embedded Jetty) and
 * {@code generateimages --webapp} resolve the same {@code ImageKitConfig}. The WAR and the JVM
 * set settings in every source (a {@code web.xml} context parameter,
 * {@code WEB-INF/imagekit.properties}, a class-path {@code imagekit.properties} in
 * {@code WEB-INF/classes} or in a jar of {@code WEB-INF/lib}, a system property, an
 * environment variable), and neighbouring sources share a key, so every step of the
 * precedence is exercised. Both sides run in a JVM of their own ({@link SettingsProbe}), the
 * only way to give it environment variables.
 */
final class SettingsEqualityTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"WEB-INF/classes", "WEB-INF/lib"})
    void applicationAndCommand_sameWar_resolveTheSameConfig(String classPathFileIn)
            throws Exception {
        Path war = war(classPathFileIn);

        List<String> out = probe(war);

        Map<String, String> expected = new TreeMap<>();
        expected.put("imagekit.storage.root", dir.resolve("media").toString());
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
        assertThat(out).containsExactly("app=ImageKitConfig" + expected,
                "cli=ImageKitConfig" + expected, "equal=true");
    }

    /** Writes the WAR, its class-path settings file in {@code WEB-INF/classes} or a jar. */
    private Path war(String classPathFileIn) throws IOException {
        Path exploded = dir.resolve("exploded");
        Files.createDirectories(exploded.resolve("WEB-INF/classes"));
        Files.createDirectories(exploded.resolve("WEB-INF/lib"));
        Files.writeString(exploded.resolve("WEB-INF/web.xml"), CommandSettingsTest.webXml(
                Map.of("imagekit.storage.root", dir.resolve("media").toString(),
                        "imagekit.storage.base-url", "/media/",
                        "imagekit.cachefile.dir", "FROM_WEB_XML",
                        "imagekit.source.version-ttl", "10s")));
        Files.writeString(exploded.resolve("WEB-INF/imagekit.properties"), """
                imagekit.cachefile.dir=FROM_WEB_INF_FILE
                imagekit.default.quality=72
                imagekit.async.threads=4
                """);
        String classPathFile = """
                imagekit.async.threads=5
                imagekit.cache.prefix=war-class-path:
                imagekit.cache.backend=memory
                """;
        if (classPathFileIn.equals("WEB-INF/lib")) {
            jar(exploded.resolve("WEB-INF/lib/settings.jar"), "imagekit.properties",
                    classPathFile);
        } else {
            Files.writeString(exploded.resolve("WEB-INF/classes/imagekit.properties"),
                    classPathFile);
        }
        return TestWebApp.war(exploded, dir.resolve("settings.war"));
    }

    private static void jar(Path jar, String name, String content) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    /** Runs {@link SettingsProbe} with two system properties and three variables set. */
    private List<String> probe(Path war) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                "-Dimagekit.cache.heap-entries=500",
                "-Dimagekit.image.max-pixels=123456",
                SettingsProbe.class.getName(), war.toString(),
                dir.resolve("jetty").toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(dir.resolve("probe.err").toFile())
                .redirectOutput(dir.resolve("probe.out").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("IMAGEKIT_"));
        pb.environment().putAll(Map.of(
                "IMAGEKIT_CACHE_HEAP_ENTRIES", "600",
                "IMAGEKIT_SOURCE_VERSION_TTL", "2m",
                "IMAGEKIT_DEFAULT_QUALITY", "73",
                "IMAGEKIT_CACHE_MISSING_TIMEOUT", "7s"));
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        assertThat(p.exitValue()).as("the probe's exit status; its errors:%n%s",
                Files.readString(dir.resolve("probe.err"))).isZero();
        return Files.readAllLines(dir.resolve("probe.out"), StandardCharsets.UTF_8);
    }
}
