package io.github.jimagekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.GalleryFiles;
import io.github.jimagekit.testing.GalleryLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar generateimages.jar} as the README runs it: the shaded jar that
 * {@code package} builds, in a JVM of its own, over a WAR whose library class is in its
 * {@code WEB-INF/classes}.
 */
final class GenerateImagesJarIT {

    record Process(int status, List<String> out, List<String> err) {
    }

    @TempDir
    Path dir;

    private static Process java(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", System.getProperty("generateimages.jar")));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        java.lang.Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("generateimages finished").isTrue();
        return new Process(p.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    @Test
    void javaJar_version_printsTheProjectVersion() throws Exception {
        Process p = java(dir, "--version");

        assertThat(p.status()).isZero();
        assertThat(p.out()).containsExactly("generateimages (jimagekit) "
                + System.getProperty("project.version"));
    }

    @Test
    void javaJar_mistypedOption_exitsTwoWithASuggestion() throws Exception {
        Process p = java(dir, "--dry-rum");

        assertThat(p.status()).isEqualTo(GenerateImages.USAGE_ERROR);
        assertThat(p.err()).containsExactly(
                "generateimages: unknown option \"--dry-rum\" (did you mean \"--dry-run\"?)",
                "try generateimages --help");
    }

    @Test
    void javaJar_war_generatesWithTheWarsLibrary() throws Exception {
        Path root = dir.resolve("media");
        GalleryFiles.photos(root, 2);
        Path exploded = dir.resolve("exploded");
        TestWebApp.explode(exploded);
        copyClass(GalleryLibrary.class, exploded.resolve("WEB-INF/classes"));
        Files.writeString(exploded.resolve("WEB-INF/imagekit.properties"),
                "imagekit.cache.backend=none\n");
        Path war = TestWebApp.war(exploded, dir.resolve("app.war"));

        Process dry = java(dir, "--webapp", war.toString(), "-D",
                "imagekit.storage.root=" + root, "--dry-run", "gallery");
        Process real = java(dir, "--webapp=" + war, "-Dimagekit.storage.root=" + root,
                "gallery:card");

        assertThat(dry.status()).isZero();
        assertThat(dry.err()).isEmpty();
        assertThat(dry.out()).filteredOn(l -> l.startsWith("would generate gallery:card"))
                .hasSize(2);
        assertThat(real.status()).isZero();
        assertThat(real.out()).last().asString().contains(": 2 generated");
        assertThat(GalleryFiles.cacheFiles(root)).hasSize(2);
    }

    private static void copyClass(Class<?> type, Path classes) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
    }
}
