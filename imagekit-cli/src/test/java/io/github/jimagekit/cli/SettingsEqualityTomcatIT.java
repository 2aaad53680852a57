package io.github.jimagekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cli.SettingsWar.ClassPathFile;
import io.github.jimagekit.config.ImageKitConfig;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SettingsEqualityTest} on a real Tomcat 10.1: two WARs (the class-path settings file in
 * {@code WEB-INF/classes}, in a {@code WEB-INF/lib} jar), bundling jimagekit as an application
 * does and booted by its initializer, run in one Tomcat whose JVM has the system properties
 * and environment variables; a JSP prints the kit's settings. {@code generateimages --webapp}
 * must resolve the same from each WAR with the same system properties and environment.
 */
final class SettingsEqualityTomcatIT {

    private static final String JSP = """
            <%@ page contentType="text/plain; charset=UTF-8" import="io.github.jimagekit.ImageKit"
            %><%= ((ImageKit) application.getAttribute(ImageKit.CONTEXT_ATTRIBUTE)).config() %>""";

    @TempDir
    Path dir;

    @Test
    void applicationOnTomcatAndCommand_sameWar_resolveTheSameConfig() throws Exception {
        Path media = dir.resolve("media");
        Path webapps = Tomcat.prepare(dir.resolve("tomcat"));
        for (ClassPathFile f : ClassPathFile.values()) {
            war(f, media, webapps.resolve(name(f) + ".war"));
        }
        String javaOptions = SettingsWar.SYSTEM_PROPERTIES.entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        String expected = "ImageKitConfig" + SettingsWar.expected(media);

        try (Tomcat tomcat = Tomcat.start(dir.resolve("tomcat"), SettingsWar.ENVIRONMENT,
                javaOptions)) {
            for (ClassPathFile f : ClassPathFile.values()) {
                String app = tomcat.await("/" + name(f) + "/settings.jsp").strip();
                ImageKitConfig cli = command(webapps.resolve(name(f) + ".war"));

                assertThat(app).as("the application's settings, %s", f).isEqualTo(expected);
                assertThat(cli).as("the command's settings, %s", f).hasToString(app);
            }
        }
    }

    private static String name(ClassPathFile f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The WAR: the settings, jimagekit and its libraries (from the build), and the JSP. */
    private void war(ClassPathFile classPathFile, Path media, Path war) throws IOException {
        Path exploded = SettingsWar.explode(dir.resolve(name(classPathFile)), media,
                classPathFile);
        String classPath = Files.readString(Path.of(System.getProperty("war.lib"))).strip();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            Files.copy(jar, exploded.resolve("WEB-INF/lib").resolve(jar.getFileName()));
        }
        Files.writeString(exploded.resolve("settings.jsp"), JSP);
        TestWebApp.war(exploded, war);
    }

    /** The settings of {@code generateimages --webapp WAR} in Tomcat's environment. */
    private static ImageKitConfig command(Path war) throws IOException {
        PrintStream ignored = new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8);
        GenerateImagesCommand command = new GenerateImagesCommand(ignored, ignored, false, 1,
                new Environment(SettingsWar.SYSTEM_PROPERTIES, SettingsWar.ENVIRONMENT));
        try (WebApp app = WebApp.open(war, SettingsEqualityTomcatIT.class.getClassLoader())) {
            return command.settings(app, Map.of());
        }
    }
}
